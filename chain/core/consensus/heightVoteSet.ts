import { type Vote, VoteType } from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";
import { type AddVoteResult, isOneThird, VoteSet } from "./voteSet.js";

interface RoundVotes {
  readonly prevotes: VoteSet;
  readonly precommits: VoteSet;
  /** Validator indices that sent any message (prevote, precommit, proposal) for the round. */
  readonly participants: Set<number>;
  participantPower: bigint;
}

/**
 * All votes of one height, by round: the message log Algorithm 1 evaluates its `upon` rules on.
 * Also tracks who sent anything in each round, for the f+1 round-skip rule (line 55).
 */
export class HeightVoteSet {
  /** The height. */
  readonly height: number;
  /** The height's validator set. */
  readonly valSet: ValidatorSet;

  private readonly chainId: string;
  private readonly rounds = new Map<number, RoundVotes>();

  constructor(chainId: string, height: number, valSet: ValidatorSet) {
    this.chainId = chainId;
    this.height = height;
    this.valSet = valSet;
  }

  /**
   * Verifies and adds a vote of any round.
   * @throws ConsensusError as {@link VoteSet.addVote}.
   */
  addVote(vote: Vote): AddVoteResult {
    const round = this.round(vote.round);
    const set = vote.type === VoteType.prevote ? round.prevotes : round.precommits;
    const result = set.addVote(vote);
    if (result.kind !== "duplicate") this.markParticipant(vote.round, vote.validatorIndex);
    return result;
  }

  /** Records that validator `index` sent a (verified) message for `round`. */
  markParticipant(round: number, index: number): void {
    const r = this.round(round);
    if (r.participants.has(index)) return;
    const validator = this.valSet.getByIndex(index);
    if (validator === undefined) return;
    r.participants.add(index);
    r.participantPower += validator.votingPower;
  }

  /** True when validators with more than 1/3 of the power sent something for `round`. */
  hasOneThirdParticipation(round: number): boolean {
    const r = this.rounds.get(round);
    return r !== undefined && isOneThird(r.participantPower, this.valSet.totalVotingPower);
  }

  /** The prevotes of `round` (an empty set when none arrived). */
  prevotes(round: number): VoteSet {
    return this.round(round).prevotes;
  }

  /** The precommits of `round` (an empty set when none arrived). */
  precommits(round: number): VoteSet {
    return this.round(round).precommits;
  }

  /** Rounds that have any message, ascending. */
  knownRounds(): number[] {
    return [...this.rounds.keys()].sort((a, b) => a - b);
  }

  private round(round: number): RoundVotes {
    let r = this.rounds.get(round);
    if (r === undefined) {
      r = {
        prevotes: new VoteSet(this.chainId, this.height, round, VoteType.prevote, this.valSet),
        precommits: new VoteSet(this.chainId, this.height, round, VoteType.precommit, this.valSet),
        participants: new Set(),
        participantPower: 0n,
      };
      this.rounds.set(round, r);
    }
    return r;
  }
}
