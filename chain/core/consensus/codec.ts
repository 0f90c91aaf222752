import { isCanonicalNil, isNilBlockId } from "./blockId.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import {
  type BlockId,
  BlockIdFlag,
  type Commit,
  CommitSsz,
  type DuplicateVoteEvidence,
  DuplicateVoteEvidenceSsz,
  MAX_VALIDATORS,
  NO_POL_ROUND_WIRE,
  type Proposal,
  ProposalSsz,
  type Vote,
  VoteSsz,
  VoteType,
} from "./types.js";

/**
 * Wire codecs (decode once, at the edge; HOUSE-RULES 9) and the stateless "validate basic" checks
 * every consensus object passes before anything looks at it.
 */

const U32_MAX = 0xffff_ffff;
const U64_MAX = (1n << 64n) - 1n;

function malformed(message: string, detail?: Record<string, unknown>): ConsensusError {
  return new ConsensusError(ConsensusErrorCode.malformed, message, detail);
}

function checkBytes(name: string, value: Uint8Array, length: number): void {
  if (!(value instanceof Uint8Array) || value.length !== length) {
    throw malformed(`${name} must be ${length} bytes`);
  }
}

function checkU32(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > U32_MAX) throw malformed(`${name} must be a u32`);
}

function checkHeight(value: number): void {
  // [REJECT] heights start at 1 and must be exact in a JS number.
  if (!Number.isSafeInteger(value) || value < 1) throw malformed("height must be a safe integer ≥ 1");
}

function checkTimestamp(value: bigint): void {
  if (typeof value !== "bigint" || value < 0n || value > U64_MAX) throw malformed("timestamp must be a u64");
}

/**
 * Checks a BlockId's sizes.
 * @throws ConsensusError `malformed` on a wrong size or a zero hash with a non-zero part-set header.
 */
export function validateBlockIdBasic(id: BlockId): void {
  checkBytes("blockId.hash", id.hash, 32);
  checkBytes("blockId.partSetHeader.hash", id.partSetHeader.hash, 32);
  checkU32("blockId.partSetHeader.total", id.partSetHeader.total);
  // [REJECT] nil is spelled one way only, so equal votes have equal sign bytes.
  if (isNilBlockId(id) && !isCanonicalNil(id)) throw malformed("a nil BlockId must be all zero");
}

/**
 * Stateless checks of a vote (CometBFT `Vote.ValidateBasic`).
 * @throws ConsensusError `malformed` naming the first broken rule.
 */
export function validateVoteBasic(vote: Vote): void {
  // [REJECT] only prevotes and precommits are votes.
  if (vote.type !== VoteType.prevote && vote.type !== VoteType.precommit) {
    throw malformed("vote type must be prevote (1) or precommit (2)", { type: vote.type });
  }
  checkHeight(vote.height);
  checkU32("round", vote.round);
  validateBlockIdBasic(vote.blockId);
  checkTimestamp(vote.timestamp);
  checkBytes("validatorAddress", vote.validatorAddress, 20);
  checkU32("validatorIndex", vote.validatorIndex);
  checkBytes("signature", vote.signature, 64);
}

/**
 * Stateless checks of a proposal (CometBFT `Proposal.ValidateBasic`).
 * @throws ConsensusError `malformed` naming the first broken rule.
 */
export function validateProposalBasic(proposal: Proposal): void {
  checkHeight(proposal.height);
  checkU32("round", proposal.round);
  // [REJECT] polRound is -1 or a round before the proposal's round (Algorithm 1 line 28: vr < r).
  const polOk =
    proposal.polRound === -1 ||
    (Number.isInteger(proposal.polRound) && proposal.polRound >= 0 && proposal.polRound < proposal.round);
  if (!polOk) throw malformed("polRound must be -1 or in [0, round)", { polRound: proposal.polRound });
  validateBlockIdBasic(proposal.blockId);
  // [REJECT] a proposal proposes a block, never nil.
  if (isNilBlockId(proposal.blockId)) throw malformed("a proposal cannot be for nil");
  checkTimestamp(proposal.timestamp);
  checkBytes("signature", proposal.signature, 64);
}

/**
 * Stateless checks of a commit (CometBFT `Commit.ValidateBasic`).
 * @throws ConsensusError `malformed` naming the first broken rule.
 */
export function validateCommitBasic(commit: Commit): void {
  checkHeight(commit.height);
  checkU32("round", commit.round);
  validateBlockIdBasic(commit.blockId);
  // [REJECT] a commit commits a block.
  if (isNilBlockId(commit.blockId)) throw malformed("a commit cannot be for nil");
  if (commit.signatures.length === 0 || commit.signatures.length > MAX_VALIDATORS) {
    throw malformed(`a commit has 1..${MAX_VALIDATORS} signatures`);
  }
  for (const [i, sig] of commit.signatures.entries()) {
    checkBytes(`signatures[${i}].validatorAddress`, sig.validatorAddress, 20);
    checkBytes(`signatures[${i}].signature`, sig.signature, 64);
    checkTimestamp(sig.timestamp);
    if (sig.blockIdFlag === BlockIdFlag.absent) {
      // [REJECT] an absent entry carries nothing.
      if (
        sig.timestamp !== 0n ||
        sig.validatorAddress.some((b) => b !== 0) ||
        sig.signature.some((b) => b !== 0)
      ) {
        throw malformed(`signatures[${i}] is absent but not empty`);
      }
    } else if (sig.blockIdFlag !== BlockIdFlag.commit && sig.blockIdFlag !== BlockIdFlag.nil) {
      throw malformed(`signatures[${i}] has an unknown block_id_flag`, { flag: sig.blockIdFlag });
    }
  }
}

function decodeWith<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    if (err instanceof ConsensusError) throw err;
    throw malformed(`cannot decode ${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** SSZ bytes of a vote. */
export function encodeVote(vote: Vote): Uint8Array {
  return VoteSsz.serialize(vote);
}

/**
 * Decodes and validates a vote.
 * @throws ConsensusError `malformed` for bad SSZ or a vote failing {@link validateVoteBasic}.
 */
export function decodeVote(bytes: Uint8Array): Vote {
  const vote = decodeWith("vote", () => VoteSsz.deserialize(bytes)) as Vote;
  validateVoteBasic(vote);
  return vote;
}

/** SSZ bytes of a proposal (`polRound = -1` written as u32 max). */
export function encodeProposal(proposal: Proposal): Uint8Array {
  return ProposalSsz.serialize({
    ...proposal,
    polRound: proposal.polRound < 0 ? NO_POL_ROUND_WIRE : proposal.polRound,
  });
}

/**
 * Decodes and validates a proposal.
 * @throws ConsensusError `malformed` for bad SSZ or a proposal failing {@link validateProposalBasic}.
 */
export function decodeProposal(bytes: Uint8Array): Proposal {
  const wire = decodeWith("proposal", () => ProposalSsz.deserialize(bytes));
  const proposal: Proposal = { ...wire, polRound: wire.polRound === NO_POL_ROUND_WIRE ? -1 : wire.polRound };
  validateProposalBasic(proposal);
  return proposal;
}

/** SSZ bytes of a commit. */
export function encodeCommit(commit: Commit): Uint8Array {
  return CommitSsz.serialize(commit);
}

/**
 * Decodes and validates a commit.
 * @throws ConsensusError `malformed` for bad SSZ or a commit failing {@link validateCommitBasic}.
 */
export function decodeCommit(bytes: Uint8Array): Commit {
  const commit = decodeWith("commit", () => CommitSsz.deserialize(bytes)) as Commit;
  validateCommitBasic(commit);
  return commit;
}

/** SSZ bytes of duplicate-vote evidence. */
export function encodeDuplicateVoteEvidence(evidence: DuplicateVoteEvidence): Uint8Array {
  return DuplicateVoteEvidenceSsz.serialize(evidence);
}

/**
 * Decodes duplicate-vote evidence and validates both votes (not the evidence rules: see
 * `verifyDuplicateVoteEvidence`).
 * @throws ConsensusError `malformed` for bad SSZ or a malformed vote.
 */
export function decodeDuplicateVoteEvidence(bytes: Uint8Array): DuplicateVoteEvidence {
  const evidence = decodeWith("evidence", () =>
    DuplicateVoteEvidenceSsz.deserialize(bytes),
  ) as DuplicateVoteEvidence;
  validateVoteBasic(evidence.voteA);
  validateVoteBasic(evidence.voteB);
  return evidence;
}
