import { type Ed25519KeyPair, ed25519FromSeed } from "../crypto/ed25519.js";
import { proposalSignBytes, voteSignBytes } from "./signBytes.js";
import type { Proposal, UnsignedProposal, UnsignedVote, Vote } from "./types.js";

/**
 * Signs this validator's consensus messages. The machine calls it synchronously; an
 * implementation may refuse by throwing a `ConsensusError` with code `signRefused` (the sign
 * guard does), and may return the message with a different timestamp than asked (the guard
 * re-uses an earlier signature that differs only in its timestamp).
 */
export interface Signer {
  /** The validator's ed25519 public key. */
  readonly pubKey: Uint8Array;
  /** The validator's address (first 20 bytes of sha256(pubKey)). */
  readonly address: Uint8Array;
  /**
   * Signs a vote.
   * @throws ConsensusError `signRefused` when signing would be unsafe.
   */
  signVote(chainId: string, vote: UnsignedVote): Vote;
  /**
   * Signs a proposal.
   * @throws ConsensusError `signRefused` when signing would be unsafe.
   */
  signProposal(chainId: string, proposal: UnsignedProposal): Proposal;
}

/**
 * A signer over an in-memory ed25519 key (a 32-byte seed or a key pair). It has no memory: wrap
 * it in `createSignGuard` before a real validator uses it.
 * @throws RangeError when the seed is not 32 bytes.
 */
export function createKeySigner(key: Uint8Array | Ed25519KeyPair): Signer {
  const pair = key instanceof Uint8Array ? ed25519FromSeed(key) : key;
  return {
    pubKey: pair.pubKey,
    address: pair.address,
    signVote: (chainId, vote) => ({ ...vote, signature: pair.sign(voteSignBytes(chainId, vote)) }),
    signProposal: (chainId, proposal) => ({
      ...proposal,
      signature: pair.sign(proposalSignBytes(chainId, proposal)),
    }),
  };
}
