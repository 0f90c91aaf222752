import {
  type BlockId,
  type Commit,
  type ConsensusEffect,
  type ConsensusEvent,
  type ConsensusMachine,
  createConsensusMachine,
  nilBlockId,
  type Signer,
  type TimeoutStep,
  type ValidatorSet,
  VoteType,
} from "../../../../chain/core/consensus/index.js";
import {
  CHAIN_ID,
  GENESIS_TIME,
  MS,
  makeValidators,
  signedProposal,
  signedVote,
  type TestBlock,
  type TestValidator,
  testBlockId,
  testBlocks,
} from "./helpers.js";

/** Options of {@link Trace}. */
export interface TraceOptions {
  /** Index (in set order) of the validator the machine runs as; omit for an observer. */
  me?: number;
  /** Answer `validateBlock` at once with this verdict (default: valid); `false` leaves it to the test. */
  autoValidate?: boolean | ((block: TestBlock) => boolean);
  /** Answer `createBlock` at once (default true). */
  autoCreate?: boolean;
  /** Signer override (e.g. a sign guard) for the machine's validator. */
  signer?: Signer;
}

/**
 * One machine under test plus scripted peers: feed events, collect effects. The clock advances
 * 1 ms per event so timestamps are distinct and deterministic.
 */
export class Trace {
  readonly machine: ConsensusMachine<TestBlock>;
  readonly set: ValidatorSet;
  readonly vals: TestValidator[];
  readonly me: TestValidator | undefined;
  now = GENESIS_TIME + 1000n * MS;
  /** Every effect so far. */
  readonly log: ConsensusEffect<TestBlock>[] = [];
  private readonly autoValidate: boolean | ((block: TestBlock) => boolean);
  private readonly autoCreate: boolean;

  constructor(powers: readonly bigint[], opts: TraceOptions = {}) {
    const { set, vals } = makeValidators(powers);
    this.set = set;
    this.vals = vals;
    this.me = opts.me === undefined ? undefined : vals[opts.me];
    this.autoValidate = opts.autoValidate ?? true;
    this.autoCreate = opts.autoCreate ?? true;
    const signer = opts.signer ?? this.me?.signer;
    this.machine = createConsensusMachine<TestBlock>({
      chainId: CHAIN_ID,
      blocks: testBlocks,
      genesisTime: GENESIS_TIME,
      ...(signer !== undefined && { signer }),
    });
  }

  /** Feeds an event (plus automatic block answers) and returns the effects it caused. */
  feed(event: ConsensusEvent<TestBlock>): ConsensusEffect<TestBlock>[] {
    const effects = this.machine.handle(event);
    const all = [...effects];
    for (const e of effects) {
      if (e.type === "validateBlock" && this.autoValidate !== false) {
        const valid = this.autoValidate === true ? true : this.autoValidate(e.block);
        all.push(
          ...this.feed({
            type: "blockValidated",
            height: e.height,
            blockId: e.blockId,
            valid,
            now: this.tick(),
          }),
        );
      } else if (e.type === "createBlock" && this.autoCreate) {
        const block = this.block(e.height, `created by me at round ${e.round}`, e.time);
        all.push(
          ...this.feed({ type: "blockCreated", height: e.height, round: e.round, block, now: this.tick() }),
        );
      }
    }
    this.log.push(...effects);
    return all;
  }

  /** Advances the clock 1 ms and returns it. */
  tick(): bigint {
    this.now += MS;
    return this.now;
  }

  /** A block for `height`. */
  block(height: number, payload: string, time = GENESIS_TIME): TestBlock {
    return { height, time, proposer: "test", payload };
  }

  start(
    height = 1,
    validatorSet = this.set,
    last?: { commit: Commit; set: ValidatorSet },
  ): ConsensusEffect<TestBlock>[] {
    return this.feed({
      type: "start",
      height,
      validatorSet,
      ...(last !== undefined && { lastCommit: last.commit, lastValidatorSet: last.set }),
      now: this.tick(),
    });
  }

  /** Proposal of `block` by validator `from` (defaults to the round's proposer). */
  proposal(
    height: number,
    round: number,
    block: TestBlock,
    polRound = -1,
    from?: number,
  ): ConsensusEffect<TestBlock>[] {
    const proposer = from ?? this.indexOf(this.set.proposerForRound(round).address);
    const proposal = signedProposal(this.vals[proposer]!, height, round, block, polRound, this.now);
    return this.feed({ type: "proposal", proposal, block, now: this.tick() });
  }

  /** Votes of type `type` from validators `from` for `block` (undefined = nil). */
  votes(
    type: VoteType,
    height: number,
    round: number,
    block: TestBlock | BlockId | undefined,
    from: readonly number[],
  ): ConsensusEffect<TestBlock>[] {
    const blockId = block === undefined ? nilBlockId() : "hash" in block ? block : testBlockId(block);
    const out: ConsensusEffect<TestBlock>[] = [];
    for (const i of from) {
      const vote = signedVote(this.vals[i]!, type, height, round, blockId, this.now);
      out.push(...this.feed({ type: "vote", vote, now: this.tick() }));
    }
    return out;
  }

  prevotes(height: number, round: number, block: TestBlock | undefined, from: readonly number[]) {
    return this.votes(VoteType.prevote, height, round, block, from);
  }

  precommits(height: number, round: number, block: TestBlock | undefined, from: readonly number[]) {
    return this.votes(VoteType.precommit, height, round, block, from);
  }

  timeout(height: number, round: number, step: TimeoutStep): ConsensusEffect<TestBlock>[] {
    return this.feed({ type: "timeout", height, round, step, now: this.tick() });
  }

  /** Set index of the validator with this address. */
  indexOf(address: Uint8Array): number {
    return this.set.getByAddress(address)!.index;
  }
}

/** The votes among `effects` as compact `type:round:blockPayloadOrNil` strings. */
export function votesCast(
  effects: readonly ConsensusEffect<TestBlock>[],
  blocks: readonly TestBlock[],
): string[] {
  const name = (id: BlockId) => {
    const b = blocks.find((x) => Buffer.compare(testBlockId(x).hash, id.hash) === 0);
    return b === undefined ? "nil" : b.payload;
  };
  return effects
    .filter((e) => e.type === "broadcastVote")
    .map((e) => {
      const v = (e as Extract<ConsensusEffect<TestBlock>, { type: "broadcastVote" }>).vote;
      return `${v.type === VoteType.prevote ? "prevote" : "precommit"}:${v.round}:${name(v.blockId)}`;
    });
}
