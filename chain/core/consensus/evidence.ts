import { addressFromPubKey, verifyEd25519 } from "../crypto/ed25519.js";
import { blockIdEquals, compareBlockIds } from "./blockId.js";
import { validateVoteBasic } from "./codec.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import { voteSignBytes } from "./signBytes.js";
import type { DuplicateVoteEvidence, Vote } from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";

function invalidEvidence(message: string, detail?: Record<string, unknown>): ConsensusError {
  return new ConsensusError(ConsensusErrorCode.invalidEvidence, message, detail);
}

/**
 * Builds duplicate-vote evidence from two conflicting votes of one validator, ordering them so
 * VoteA has the lexicographically smaller BlockId key (CometBFT `NewDuplicateVoteEvidence`).
 * Powers come from `valSet`, the set of the votes' height; `timestamp` is that height's block time.
 * @throws ConsensusError `invalidEvidence` when the votes do not conflict or the signer is unknown.
 */
export function newDuplicateVoteEvidence(
  vote1: Vote,
  vote2: Vote,
  valSet: ValidatorSet,
  timestamp: bigint,
): DuplicateVoteEvidence {
  const found = valSet.getByAddress(vote1.validatorAddress);
  if (found === undefined) throw invalidEvidence("the voter is not in the validator set");
  if (blockIdEquals(vote1.blockId, vote2.blockId)) throw invalidEvidence("the votes are for the same block");
  const [voteA, voteB] = compareBlockIds(vote1.blockId, vote2.blockId) < 0 ? [vote1, vote2] : [vote2, vote1];
  return {
    voteA,
    voteB,
    totalVotingPower: valSet.totalVotingPower,
    validatorPower: found.validator.votingPower,
    timestamp,
  };
}

/**
 * Verifies duplicate-vote evidence against the validator set of its height (CometBFT
 * `VerifyDuplicateVote` plus `DuplicateVoteEvidence.ValidateBasic`).
 * @param blockTime when given, the evidence timestamp must equal it (the block time at the
 *   evidence height, which the caller looks up).
 * @throws ConsensusError `invalidEvidence` (or `malformed`) naming the first broken rule.
 */
export function verifyDuplicateVoteEvidence(
  evidence: DuplicateVoteEvidence,
  chainId: string,
  valSet: ValidatorSet,
  blockTime?: bigint,
): void {
  const { voteA, voteB } = evidence;
  validateVoteBasic(voteA);
  validateVoteBasic(voteB);
  // [REJECT] both votes are for the same height, round and type.
  if (voteA.height !== voteB.height || voteA.round !== voteB.round || voteA.type !== voteB.type) {
    throw invalidEvidence("votes differ in height, round or type");
  }
  // [REJECT] both votes are from the same validator.
  if (
    Buffer.compare(voteA.validatorAddress, voteB.validatorAddress) !== 0 ||
    voteA.validatorIndex !== voteB.validatorIndex
  ) {
    throw invalidEvidence("votes are from different validators");
  }
  // [REJECT] the block ids differ, and VoteA has the smaller key.
  const order = compareBlockIds(voteA.blockId, voteB.blockId);
  if (order === 0) throw invalidEvidence("votes are for the same block");
  if (order > 0)
    throw invalidEvidence("votes are in the wrong order (VoteA must have the smaller BlockId key)");
  // [REJECT] the validator was in the set at that height, under that index.
  const found = valSet.getByAddress(voteA.validatorAddress);
  if (found === undefined) throw invalidEvidence("the address was not a validator at this height");
  if (found.index !== voteA.validatorIndex) throw invalidEvidence("validator index does not match the set");
  // [REJECT] the pubkey matches the address (sanity; the set guarantees it).
  if (Buffer.compare(addressFromPubKey(found.validator.pubKey), voteA.validatorAddress) !== 0) {
    throw invalidEvidence("validator public key does not match its address");
  }
  // [REJECT] recorded powers match the set.
  if (found.validator.votingPower !== evidence.validatorPower)
    throw invalidEvidence("validator power mismatch");
  if (valSet.totalVotingPower !== evidence.totalVotingPower)
    throw invalidEvidence("total voting power mismatch");
  // [REJECT] the timestamp is the block time of the evidence height.
  if (blockTime !== undefined && evidence.timestamp !== blockTime) {
    throw invalidEvidence("evidence time differs from the block time at its height");
  }
  // [REJECT] both signatures verify.
  for (const [name, vote] of [
    ["VoteA", voteA],
    ["VoteB", voteB],
  ] as const) {
    if (!verifyEd25519(found.validator.pubKey, voteSignBytes(chainId, vote), vote.signature)) {
      throw invalidEvidence(`${name} signature does not verify`);
    }
  }
}
