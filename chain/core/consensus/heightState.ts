import { HeightVoteSet } from "./heightVoteSet.js";
import type { RoundStep } from "./machineTypes.js";
import type { BlockId, Commit, Proposal, Vote } from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";

/** Validity of a known block: Algorithm 1's valid(v), possibly still being computed by the host. */
export type Validity = "pending" | "valid" | "invalid";

/** A block the machine has seen at this height. */
export interface KnownBlock<B> {
  readonly block: B;
  readonly blockId: BlockId;
  validity: Validity;
}

/** The accepted proposal of one round. */
export interface RoundProposal {
  readonly proposal: Proposal;
  /** Key of the proposed block in {@link HeightState.blocks}. */
  readonly blockKey: string;
}

/**
 * Everything Algorithm 1 keeps for one height: round, step, lock and valid state, the message
 * log, and the "for the first time" flags of the one-shot rules. Reset (replaced) on every height.
 */
export class HeightState<B> {
  readonly height: number;
  readonly valSet: ValidatorSet;
  readonly lastCommit: Commit | undefined;
  readonly lastValSet: ValidatorSet | undefined;
  /** Algorithm 1 state. */
  round = 0;
  step: RoundStep = "propose";
  lockedRound = -1;
  lockedBlockKey: string | undefined;
  validRound = -1;
  validBlockKey: string | undefined;
  decided: { readonly round: number; readonly blockKey: string } | undefined;
  /** Message log. */
  readonly votes: HeightVoteSet;
  readonly proposals = new Map<number, RoundProposal>();
  readonly blocks = new Map<string, KnownBlock<B>>();
  /** One-shot rules: rounds for which line 34 / 36 / 47 already fired. */
  readonly prevoteTimeoutFired = new Set<number>();
  readonly lockRuleFired = new Set<number>();
  readonly precommitTimeoutFired = new Set<number>();
  /** Round whose `createBlock` request is outstanding. */
  awaitingBlockForRound: number | undefined;
  /** Equivocations seen before the decision (their evidence needs the block time). */
  readonly pendingEquivocations: [Vote, Vote][] = [];
  /** timeout_commit has fired after the decision. */
  commitTimeoutElapsed = false;

  constructor(
    chainId: string,
    height: number,
    valSet: ValidatorSet,
    lastCommit: Commit | undefined,
    lastValSet: ValidatorSet | undefined,
  ) {
    this.height = height;
    this.valSet = valSet;
    this.lastCommit = lastCommit;
    this.lastValSet = lastValSet;
    this.votes = new HeightVoteSet(chainId, height, valSet);
  }

  /** The block with this key, if known. */
  block(key: string | undefined): KnownBlock<B> | undefined {
    return key === undefined ? undefined : this.blocks.get(key);
  }
}
