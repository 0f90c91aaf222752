import { createHash } from "node:crypto";
import {
  NO_POL_ROUND_WIRE,
  type UnsignedProposal,
  UnsignedProposalSsz,
  type UnsignedVote,
  UnsignedVoteSsz,
} from "./types.js";

/**
 * Sign bytes of consensus objects. Every signed object is bound to a purpose (domain) and a chain:
 *
 *     signBytes = sha256( domain ‖ sha256(utf8(chainId)) ‖ hashTreeRoot(unsignedObject) )
 *
 * - `domain` is 32 bytes: sha256 of the ASCII tag `strata/consensus/vote/v1` for votes and
 *   `strata/consensus/proposal/v1` for proposals, so a vote signature can never pass as a
 *   proposal signature (or as any other strata signature);
 * - `sha256(utf8(chainId))` binds the signature to one chain (L1, L2 and every L3 share keys);
 * - `hashTreeRoot(unsignedObject)` is the SSZ root of the object without its signature
 *   ({@link UnsignedVoteSsz} / {@link UnsignedProposalSsz}, proposal `polRound = -1` encoded as
 *   u32 max).
 *
 * The 32-byte result is what ed25519 signs.
 */

function tagDomain(tag: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(tag, "ascii").digest());
}

/** Domain of vote signatures: sha256("strata/consensus/vote/v1"). */
export const VOTE_DOMAIN: Uint8Array = tagDomain("strata/consensus/vote/v1");
/** Domain of proposal signatures: sha256("strata/consensus/proposal/v1"). */
export const PROPOSAL_DOMAIN: Uint8Array = tagDomain("strata/consensus/proposal/v1");

function signingHash(domain: Uint8Array, chainId: string, objectRoot: Uint8Array): Uint8Array {
  const chainHash = createHash("sha256").update(chainId, "utf8").digest();
  return new Uint8Array(createHash("sha256").update(domain).update(chainHash).update(objectRoot).digest());
}

/** Sign bytes of a vote (see the module comment for the exact construction). */
export function voteSignBytes(chainId: string, vote: UnsignedVote): Uint8Array {
  const root = UnsignedVoteSsz.hashTreeRoot({
    type: vote.type,
    height: vote.height,
    round: vote.round,
    blockId: vote.blockId,
    timestamp: vote.timestamp,
    validatorAddress: vote.validatorAddress,
    validatorIndex: vote.validatorIndex,
  });
  return signingHash(VOTE_DOMAIN, chainId, root);
}

/** Sign bytes of a proposal (see the module comment for the exact construction). */
export function proposalSignBytes(chainId: string, proposal: UnsignedProposal): Uint8Array {
  const root = UnsignedProposalSsz.hashTreeRoot({
    height: proposal.height,
    round: proposal.round,
    polRound: proposal.polRound < 0 ? NO_POL_ROUND_WIRE : proposal.polRound,
    blockId: proposal.blockId,
    timestamp: proposal.timestamp,
  });
  return signingHash(PROPOSAL_DOMAIN, chainId, root);
}
