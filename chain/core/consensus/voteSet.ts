import { blockIdEquals, blockIdKeyHex } from "./blockId.js";
import { ConsensusError, ConsensusErrorCode } from "./errors.js";
import type { BlockId, Vote, VoteType } from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";
import { verifyVote } from "./verifyVote.js";

/** True when `power` is more than 2/3 of `total` (Algorithm 1's 2f+1). */
export function isTwoThirds(power: bigint, total: bigint): boolean {
  return power * 3n > total * 2n;
}

/** True when `power` is more than 1/3 of `total` (Algorithm 1's f+1). */
export function isOneThird(power: bigint, total: bigint): boolean {
  return power * 3n > total;
}

/**
 * Most distinct votes kept per validator in one vote set. An equivocator's second (third, …) vote
 * still counts for its own block, as in the paper's message log; the cap bounds what a validator
 * flooding conflicting votes can make us store (each one is evidence anyway).
 */
export const MAX_VOTES_PER_VALIDATOR = 4;

/** Outcome of {@link VoteSet.addVote}. */
export type AddVoteResult =
  /** The validator's first vote here; counted. */
  | { readonly kind: "added"; readonly vote: Vote }
  /** The validator already has a vote for this block here (maybe another timestamp); nothing changed. */
  | { readonly kind: "duplicate"; readonly vote: Vote }
  /**
   * Equivocation: the validator already voted for another block in this (height, round, type).
   * `existing` is its first vote. The new vote counts toward its own block (so a proof-of-lock
   * that includes the equivocator is still seen) but not twice toward "any"; `counted` is false
   * when the per-validator cap dropped it.
   */
  | { readonly kind: "conflict"; readonly vote: Vote; readonly existing: Vote; readonly counted: boolean };

interface Tally {
  readonly blockId: BlockId;
  power: bigint;
  readonly votes: Map<number, Vote>;
}

/**
 * The votes of one (height, round, type) with power-weighted tallies, counted as Algorithm 1 reads
 * its message log: "2f+1 ⟨PREVOTE, h, r, id(v)⟩" is the power of the distinct validators that sent
 * that exact vote, and "2f+1 ⟨PREVOTE, h, r, ∗⟩" counts every validator once. An equivocator so
 * counts toward each block it voted for (like CometBFT's tracking of conflicting votes for a
 * claimed majority); with less than 1/3 faulty power only one block can pass 2/3.
 */
export class VoteSet {
  /** Height of the votes. */
  readonly height: number;
  /** Round of the votes. */
  readonly round: number;
  /** Prevote or precommit. */
  readonly type: VoteType;
  /** Validator set of the height (indices and powers). */
  readonly valSet: ValidatorSet;

  private readonly chainId: string;
  private readonly byIndex = new Map<number, Vote[]>();
  private readonly tallies = new Map<string, Tally>();
  private anyPower = 0n;
  private majority: BlockId | undefined;

  constructor(chainId: string, height: number, round: number, type: VoteType, valSet: ValidatorSet) {
    this.chainId = chainId;
    this.height = height;
    this.round = round;
    this.type = type;
    this.valSet = valSet;
  }

  /**
   * Verifies and adds a vote.
   * @throws ConsensusError `wrongHeight` for another height, round or type; `malformed`,
   *   `unknownValidator` or `invalidSignature` from the vote checks.
   */
  addVote(vote: Vote): AddVoteResult {
    // [REJECT] a vote set holds one (height, round, type).
    if (vote.height !== this.height || vote.round !== this.round || vote.type !== this.type) {
      throw new ConsensusError(ConsensusErrorCode.wrongHeight, "vote is for another height, round or type", {
        expected: { height: this.height, round: this.round, type: this.type },
        got: { height: vote.height, round: vote.round, type: vote.type },
      });
    }
    const existing = this.byIndex.get(vote.validatorIndex) ?? [];
    // A byte-identical repeat is a no-op; only it skips the signature check, so a forged copy
    // with another block is still rejected.
    const same = existing.find((v) => Buffer.compare(v.signature, vote.signature) === 0);
    if (same !== undefined) return { kind: "duplicate", vote: same };
    const validator = verifyVote(this.chainId, vote, this.valSet);
    const sameBlock = existing.find((v) => blockIdEquals(v.blockId, vote.blockId));
    if (sameBlock !== undefined) return { kind: "duplicate", vote: sameBlock };
    if (existing.length >= MAX_VOTES_PER_VALIDATOR) {
      return { kind: "conflict", vote, existing: existing[0]!, counted: false };
    }
    existing.push(vote);
    this.byIndex.set(vote.validatorIndex, existing);
    const key = blockIdKeyHex(vote.blockId);
    let tally = this.tallies.get(key);
    if (tally === undefined) {
      tally = { blockId: vote.blockId, power: 0n, votes: new Map() };
      this.tallies.set(key, tally);
    }
    tally.power += validator.votingPower;
    tally.votes.set(vote.validatorIndex, vote);
    if (existing.length === 1) this.anyPower += validator.votingPower;
    if (this.majority === undefined && isTwoThirds(tally.power, this.valSet.totalVotingPower)) {
      this.majority = tally.blockId;
    }
    if (existing.length === 1) return { kind: "added", vote };
    return { kind: "conflict", vote, existing: existing[0]!, counted: true };
  }

  /** The vote of validator `index` for `blockId`, if it sent one. */
  voteFor(index: number, blockId: BlockId): Vote | undefined {
    return this.tallies.get(blockIdKeyHex(blockId))?.votes.get(index);
  }

  /** The first vote of the validator at `index`, if any. */
  get(index: number): Vote | undefined {
    return this.byIndex.get(index)?.[0];
  }

  /** The first vote of every validator that voted, by validator index. */
  votes(): Vote[] {
    return [...this.byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v[0]!);
  }

  /** Power of the votes for `blockId` (nil BlockId for nil votes). */
  powerFor(blockId: BlockId): bigint {
    return this.tallies.get(blockIdKeyHex(blockId))?.power ?? 0n;
  }

  /** Power of all counted votes. */
  get powerAny(): bigint {
    return this.anyPower;
  }

  /** True when more than 2/3 of the power voted for `blockId`. */
  hasTwoThirdsFor(blockId: BlockId): boolean {
    return isTwoThirds(this.powerFor(blockId), this.valSet.totalVotingPower);
  }

  /** True when more than 2/3 of the power voted, for anything. */
  hasTwoThirdsAny(): boolean {
    return isTwoThirds(this.anyPower, this.valSet.totalVotingPower);
  }

  /** True when more than 1/3 of the power voted, for anything. */
  hasOneThirdAny(): boolean {
    return isOneThird(this.anyPower, this.valSet.totalVotingPower);
  }

  /** The BlockId (possibly nil) that more than 2/3 voted for, if any; only one can exist. */
  twoThirdsMajority(): BlockId | undefined {
    return this.majority;
  }
}
