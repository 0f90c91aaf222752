import { verifyEd25519 } from "../crypto/ed25519.js";
import { blockIdEquals, isNilBlockId, nilBlockId } from "./blockId.js";
import { validateCommitBasic } from "./codec.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import { voteSignBytes } from "./signBytes.js";
import {
  type BlockId,
  BlockIdFlag,
  type Commit,
  type CommitSig,
  type UnsignedVote,
  VoteType,
} from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";
import { isTwoThirds, type VoteSet } from "./voteSet.js";

function invalidCommit(message: string, detail?: Record<string, unknown>): ConsensusError {
  return new ConsensusError(ConsensusErrorCode.invalidCommit, message, detail);
}

const ABSENT: Readonly<CommitSig> = Object.freeze({
  blockIdFlag: BlockIdFlag.absent,
  validatorAddress: new Uint8Array(20),
  timestamp: 0n,
  signature: new Uint8Array(64),
});

/**
 * Builds the commit for `blockId` from a precommit vote set that has 2/3+ for it. Entries follow
 * validator-set order: `commit` for a precommit of the block, `nil` for a nil precommit, `absent`
 * for no precommit or a precommit for another block (CometBFT `MakeExtendedCommit`).
 * @throws ConsensusError `invalidCommit` when the set is not precommits or lacks 2/3+ for the block.
 */
export function makeCommit(precommits: VoteSet, blockId: BlockId): Commit {
  // [REJECT] only a 2/3+ precommit majority for a block makes a commit.
  if (
    precommits.type !== VoteType.precommit ||
    isNilBlockId(blockId) ||
    !precommits.hasTwoThirdsFor(blockId)
  ) {
    throw invalidCommit("no 2/3+ precommits for this block", {
      height: precommits.height,
      round: precommits.round,
    });
  }
  const nil = nilBlockId();
  const signatures: CommitSig[] = precommits.valSet.validators.map((_, index) => {
    // A validator that precommitted the block counts as commit even if it also equivocated.
    const forBlock = precommits.voteFor(index, blockId);
    if (forBlock !== undefined) {
      return {
        blockIdFlag: BlockIdFlag.commit,
        validatorAddress: forBlock.validatorAddress,
        timestamp: forBlock.timestamp,
        signature: forBlock.signature,
      };
    }
    const forNil = precommits.voteFor(index, nil);
    if (forNil !== undefined) {
      return {
        blockIdFlag: BlockIdFlag.nil,
        validatorAddress: forNil.validatorAddress,
        timestamp: forNil.timestamp,
        signature: forNil.signature,
      };
    }
    return { ...ABSENT };
  });
  return { height: precommits.height, round: precommits.round, blockId, signatures };
}

// Commit entries ranked by what they prove: a signature for the block, a nil precommit, nothing.
function entryRank(flag: BlockIdFlag): number {
  return flag === BlockIdFlag.commit ? 2 : flag === BlockIdFlag.nil ? 1 : 0;
}

// True when `a` has more signatures for the block than `b`, or as many and more signatures at all.
function isFuller(a: Commit, b: Commit): boolean {
  const count = (c: Commit, min: number) =>
    c.signatures.filter((s) => entryRank(s.blockIdFlag) >= min).length;
  const forBlock = count(a, 2) - count(b, 2);
  return forBlock > 0 || (forBlock === 0 && count(a, 1) > count(b, 1));
}

/**
 * The commit of `blockId` as the precommit set now stands, merged with `given` (an earlier commit
 * of the same block, e.g. the one made at the decision): every entry keeps the strongest
 * signature either has (for the block, then nil), entry by entry when both are of the same round.
 * Returns undefined when the result holds nothing `given` lacks. CometBFT's proposer puts every
 * precommit it has into the next block's LastCommit, including those that arrived after the
 * decision; this is how the machine does the same.
 * @throws ConsensusError `invalidCommit` when `precommits` lacks 2/3+ for `blockId`.
 */
export function completeCommit(precommits: VoteSet, blockId: BlockId, given: Commit): Commit | undefined {
  const ours = makeCommit(precommits, blockId);
  const merged =
    given.round !== ours.round
      ? ours
      : {
          ...ours,
          signatures: ours.signatures.map((s, i) => {
            const theirs = given.signatures[i];
            return theirs !== undefined && entryRank(theirs.blockIdFlag) > entryRank(s.blockIdFlag)
              ? theirs
              : s;
          }),
        };
  return isFuller(merged, given) ? merged : undefined;
}

/**
 * The precommit a commit entry stands for (what its signature signs), or undefined for an absent
 * entry. The validator index is the entry's position.
 */
export function commitSigToVote(commit: Commit, index: number): UnsignedVote | undefined {
  const sig = commit.signatures[index];
  if (sig === undefined || sig.blockIdFlag === BlockIdFlag.absent) return undefined;
  return {
    type: VoteType.precommit,
    height: commit.height,
    round: commit.round,
    blockId: sig.blockIdFlag === BlockIdFlag.commit ? commit.blockId : nilBlockId(),
    timestamp: sig.timestamp,
    validatorAddress: sig.validatorAddress,
    validatorIndex: index,
  };
}

/**
 * Verifies that `commit` proves `blockId` at `height` under `valSet` (CometBFT `VerifyCommit`):
 * one entry per validator, every present entry from the validator at its position with a valid
 * signature, and more than 2/3 of the power in `commit` entries.
 * @throws ConsensusError `invalidCommit` (or `malformed`) naming the first failure.
 */
export function verifyCommit(
  chainId: string,
  valSet: ValidatorSet,
  blockId: BlockId,
  height: number,
  commit: Commit,
): void {
  validateCommitBasic(commit);
  // [REJECT] the commit is for the expected height and block.
  if (commit.height !== height)
    throw invalidCommit("commit is for another height", { height, got: commit.height });
  if (!blockIdEquals(commit.blockId, blockId)) throw invalidCommit("commit is for another block", { height });
  // [REJECT] one entry per validator of the set.
  if (commit.signatures.length !== valSet.size) {
    throw invalidCommit("commit size differs from the validator set", {
      expected: valSet.size,
      got: commit.signatures.length,
    });
  }
  let power = 0n;
  for (let i = 0; i < commit.signatures.length; i++) {
    const vote = commitSigToVote(commit, i);
    if (vote === undefined) continue;
    const validator = valSet.getByIndex(i)!;
    // [REJECT] entry i belongs to validator i.
    if (Buffer.compare(validator.address, vote.validatorAddress) !== 0) {
      throw invalidCommit("commit entry address does not match the validator set", { index: i });
    }
    // [REJECT] every present signature must verify (a bad nil signature is still a forgery).
    if (!verifyEd25519(validator.pubKey, voteSignBytes(chainId, vote), commit.signatures[i]!.signature)) {
      throw invalidCommit("commit signature does not verify", { index: i });
    }
    if (commit.signatures[i]!.blockIdFlag === BlockIdFlag.commit) power += validator.votingPower;
  }
  // [REJECT] more than 2/3 of the power committed the block.
  if (!isTwoThirds(power, valSet.totalVotingPower)) {
    throw invalidCommit("commit has 2/3 or less of the voting power", {
      power: power.toString(),
      total: valSet.totalVotingPower.toString(),
    });
  }
}
