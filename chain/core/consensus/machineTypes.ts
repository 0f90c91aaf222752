import type { Logger } from "../log/index.js";
import type { Signer } from "./signer.js";
import type { BlockId, Commit, DuplicateVoteEvidence, Proposal, Vote } from "./types.js";
import type { ValidatorSet } from "./validatorSet.js";

/** Step of the round the machine is in; `commit` means the height is decided. */
export type RoundStep = "propose" | "prevote" | "precommit" | "commit";

/** Which timeout fired; `commit` is the pause after a decision (timeout_commit). */
export type TimeoutStep = "propose" | "prevote" | "precommit" | "commit";

/**
 * Timeouts in milliseconds. Round r waits `base + delta·r` for propose, prevote and precommit
 * (growing timeouts give liveness after GST); `commit` is the fixed pause after a decision.
 */
export interface TimeoutConfig {
  /** timeout_propose base. */
  propose: number;
  /** timeout_propose increase per round. */
  proposeDelta: number;
  /** timeout_prevote base. */
  prevote: number;
  /** timeout_prevote increase per round. */
  prevoteDelta: number;
  /** timeout_precommit base. */
  precommit: number;
  /** timeout_precommit increase per round. */
  precommitDelta: number;
  /** timeout_commit: wait after deciding, to collect more precommits before the next height. */
  commit: number;
}

/** CometBFT's `DefaultConsensusConfig` timeouts (reference §5). */
export const DEFAULT_TIMEOUTS: Readonly<TimeoutConfig> = Object.freeze({
  propose: 3000,
  proposeDelta: 500,
  prevote: 1000,
  prevoteDelta: 500,
  precommit: 1000,
  precommitDelta: 500,
  commit: 1000,
});

/** Duration in ms of the `step` timeout in `round`. */
export function timeoutDuration(config: TimeoutConfig, step: TimeoutStep, round: number): number {
  switch (step) {
    case "propose":
      return config.propose + config.proposeDelta * round;
    case "prevote":
      return config.prevote + config.prevoteDelta * round;
    case "precommit":
      return config.precommit + config.precommitDelta * round;
    case "commit":
      return config.commit;
  }
}

/**
 * What the machine needs to know about the host's block type `B`. Both functions must be pure
 * and deterministic.
 */
export interface BlockAdapter<B> {
  /** The block's id (hash of its header and part-set header). */
  blockId(block: B): BlockId;
  /** The block's header time in ns (used for the vote-time lower bound of BFT time). */
  blockTime(block: B): bigint;
}

/** Options of {@link createConsensusMachine}. */
export interface ConsensusMachineOptions<B> {
  /** Chain id every signature is bound to. */
  chainId: string;
  /** Block id and time of the host's blocks. */
  blocks: BlockAdapter<B>;
  /** This validator's signer (wrap it in a sign guard); omit for a non-validator observer. */
  signer?: Signer;
  /** Timeouts; missing fields take {@link DEFAULT_TIMEOUTS}. */
  timeouts?: Partial<TimeoutConfig>;
  /** First height of the chain (default 1); it has no last commit. */
  initialHeight?: number;
  /** Time of the block at `initialHeight` (genesis time), ns. */
  genesisTime: bigint;
  /** Messages more than this many rounds ahead of ours are dropped (bounds memory; default 1000). */
  maxRoundLookahead?: number;
  /** How many next-height messages are kept while this height finishes (default 10 000). */
  maxBufferedNextHeight?: number;
  /** Structured logger (default: silent). */
  logger?: Logger;
}

/**
 * Begin (or restart at) `height` with its validator set. For heights after the initial one the
 * host passes the last block's commit and the set that signed it (the proposer puts the commit in
 * its block, and its median is the block time). Sent during a decided height's timeout_commit,
 * it takes effect when that timeout fires; if this machine decided the previous height, the
 * precommits it collected until then complete `lastCommit` (see {@link CommitUpdatedEffect}).
 */
export interface StartEvent {
  readonly type: "start";
  /** Height to run. */
  readonly height: number;
  /** Validator set of `height` (priorities as of round 0). */
  readonly validatorSet: ValidatorSet;
  /** Commit of block `height − 1`. */
  readonly lastCommit?: Commit;
  /** Validator set of `height − 1` (signers of `lastCommit`). */
  readonly lastValidatorSet?: ValidatorSet;
  /** Current time, ns. */
  readonly now: bigint;
}

/** A proposal and its block, received from the network. */
export interface ProposalEvent<B> {
  readonly type: "proposal";
  /** The signed proposal. */
  readonly proposal: Proposal;
  /** The proposed block (assembled from its parts by the host). */
  readonly block: B;
  /** Current time, ns. */
  readonly now: bigint;
}

/** A vote received from the network. */
export interface VoteEvent {
  readonly type: "vote";
  /** The signed vote. */
  readonly vote: Vote;
  /** Current time, ns. */
  readonly now: bigint;
}

/** A timeout the machine scheduled has elapsed. */
export interface TimeoutEvent {
  readonly type: "timeout";
  /** Height of the scheduled timeout. */
  readonly height: number;
  /** Round of the scheduled timeout. */
  readonly round: number;
  /** Step of the scheduled timeout. */
  readonly step: TimeoutStep;
  /** Current time, ns. */
  readonly now: bigint;
}

/** The host built the block a `createBlock` effect asked for (taken as valid). */
export interface BlockCreatedEvent<B> {
  readonly type: "blockCreated";
  /** Height of the request. */
  readonly height: number;
  /** Round of the request. */
  readonly round: number;
  /** The new block. */
  readonly block: B;
  /** Current time, ns. */
  readonly now: bigint;
}

/** The host's verdict on a block a `validateBlock` effect asked about: Algorithm 1's valid(v). */
export interface BlockValidatedEvent {
  readonly type: "blockValidated";
  /** Height of the block. */
  readonly height: number;
  /** Id of the block. */
  readonly blockId: BlockId;
  /** valid(v). */
  readonly valid: boolean;
  /** Current time, ns. */
  readonly now: bigint;
}

/** Every input of the machine. */
export type ConsensusEvent<B> =
  | StartEvent
  | ProposalEvent<B>
  | VoteEvent
  | TimeoutEvent
  | BlockCreatedEvent<B>
  | BlockValidatedEvent;

/** Send this proposal and block to all peers (already durable if the host follows the WAL rule). */
export interface BroadcastProposalEffect<B> {
  readonly type: "broadcastProposal";
  readonly proposal: Proposal;
  readonly block: B;
}

/** Send this vote to all peers. */
export interface BroadcastVoteEffect {
  readonly type: "broadcastVote";
  readonly vote: Vote;
}

/** Call back with a {@link TimeoutEvent} after `durationMs` (stale timeouts are harmless). */
export interface ScheduleTimeoutEffect {
  readonly type: "scheduleTimeout";
  readonly height: number;
  readonly round: number;
  readonly step: TimeoutStep;
  readonly durationMs: number;
}

/**
 * This validator proposes at (height, round): build a block with header time `time` and last
 * commit `lastCommit` (undefined at the initial height), then send {@link BlockCreatedEvent}.
 */
export interface CreateBlockEffect {
  readonly type: "createBlock";
  readonly height: number;
  readonly round: number;
  readonly time: bigint;
  readonly lastCommit: Commit | undefined;
  readonly proposerAddress: Uint8Array;
}

/**
 * Decide valid(v) for a proposed block (header, time = BFT time of its last commit, last commit,
 * transactions), then send {@link BlockValidatedEvent}. Asked once per block id per height.
 */
export interface ValidateBlockEffect<B> {
  readonly type: "validateBlock";
  readonly height: number;
  readonly round: number;
  readonly blockId: BlockId;
  readonly block: B;
}

/** The height is decided: execute and store `block` with `commit`, then send the next `start`. */
export interface DecideEffect<B> {
  readonly type: "decide";
  readonly height: number;
  readonly round: number;
  readonly blockId: BlockId;
  readonly block: B;
  readonly commit: Commit;
}

/**
 * The commit of decided height `height` gained precommits that arrived during timeout_commit (as
 * CometBFT keeps adding them to its LastCommit until the next proposal): the host stores `commit`
 * as that block's seen commit. Emitted as the next height starts, before its `createBlock`, whose
 * `lastCommit` is this commit; the block id and round are those of the `decide`.
 */
export interface CommitUpdatedEffect {
  readonly type: "commitUpdated";
  readonly height: number;
  readonly commit: Commit;
}

/** A validator equivocated; hand the evidence to the evidence pool. */
export interface EvidenceEffect {
  readonly type: "evidence";
  readonly evidence: DuplicateVoteEvidence;
}

/** The signer refused to sign (sign guard); the machine moved on without sending. */
export interface SignRefusedEffect {
  readonly type: "signRefused";
  readonly height: number;
  readonly round: number;
  readonly message: "proposal" | "prevote" | "precommit";
  readonly reason: string;
}

/** The machine entered a new round or step (for gossip of the node's round state and metrics). */
export interface StepChangedEffect {
  readonly type: "stepChanged";
  readonly height: number;
  readonly round: number;
  readonly step: RoundStep;
}

/** Every output of the machine. */
export type ConsensusEffect<B> =
  | BroadcastProposalEffect<B>
  | BroadcastVoteEffect
  | ScheduleTimeoutEffect
  | CreateBlockEffect
  | ValidateBlockEffect<B>
  | DecideEffect<B>
  | CommitUpdatedEffect
  | EvidenceEffect
  | SignRefusedEffect
  | StepChangedEffect;

/** Read-only view of the machine's state (for RPC, gossip and tests). */
export interface RoundStateSnapshot {
  readonly height: number;
  readonly round: number;
  readonly step: RoundStep;
  readonly lockedRound: number;
  readonly lockedBlockId: BlockId | undefined;
  readonly validRound: number;
  readonly validBlockId: BlockId | undefined;
  readonly decided: { readonly round: number; readonly blockId: BlockId } | undefined;
  /** Proposer of the current round. */
  readonly proposerAddress: Uint8Array;
}
