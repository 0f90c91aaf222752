/**
 * Tendermint BFT consensus core: wire types, validator sets with CometBFT proposer selection, vote
 * sets, commits, BFT time, duplicate-vote evidence, the Algorithm 1 state machine, and crash
 * safety (WAL + sign guard). Pure and synchronous: no sockets, timers or clocks. Networking, block
 * sync, block execution and staking are the host's.
 *
 * ## Driving the machine (the host loop)
 *
 * ```ts
 * const wal = ConsensusWal.open(`${home}/consensus.wal`, blockCodec);
 * const guard = createSignGuard(createKeySigner(seed), new FileSignStateStore(`${home}/sign_state.json`), {
 *   beforeSign: () => wal.sync(), // inputs are durable before any new signature exists
 * });
 * const plan = planReplay(wal.recovered, lastStoredHeight + 1);
 * const machine = createConsensusMachine({
 *   chainId, genesisTime, blocks: { blockId, blockTime }, signer: createReplaySigner(guard, plan.signed),
 * });
 * perform(replayEvents(machine, plan.events).effects);        // empty plan: send `start` instead
 * // then, for every input (peer message, fired timer, block answer):
 * perform(handleDurably(machine, wal, event));
 * ```
 *
 * Events (every one carries `now`, ns; the machine never reads a clock):
 * - `start {height, validatorSet, lastCommit, lastValidatorSet}`: run a height; sent right after
 *   the previous `decide` was executed and stored, it waits out timeout_commit by itself.
 * - `proposal {proposal, block}`, `vote {vote}`: from peers; invalid ones throw a
 *   {@link ConsensusError} (penalise the peer), stale or far-future ones are ignored, next-height
 *   ones are buffered (and checked when that height starts). Messages two or more heights ahead
 *   are dropped: catching up is block sync's job.
 * - `timeout {height, round, step}`: a `scheduleTimeout` elapsed.
 * - `blockCreated {height, round, block}` / `blockValidated {height, blockId, valid}`: answers to
 *   `createBlock` / `validateBlock`, which may be asynchronous.
 *
 * Effects come back in the order to perform them: `broadcastProposal`, `broadcastVote` (send to peers; `handleDurably` has made
 * them durable), `scheduleTimeout`, `createBlock` (build a block with the given BFT `time` and
 * `lastCommit`), `validateBlock` (Algorithm 1's valid(v): header, time = {@link bftTime} of its
 * last commit, {@link verifyCommit} of the last commit, app checks), `decide` (execute, store with
 * the commit, then send the next `start`), `commitUpdated` (store the decided block's commit
 * again: it now holds the precommits that arrived during timeout_commit, and the next block
 * carries it), `evidence` (to the evidence pool), `signRefused`
 * (log/alert), `stepChanged` (round-state gossip, metrics). The machine delivers its own messages
 * to itself; the host need not loop them back.
 *
 * Crash safety: the sign guard persists the last signed (height, round, step) before releasing a
 * signature and refuses any other message for it or an earlier one (it re-issues the stored one
 * when only the timestamp differs). The WAL records every input before it is handled and every
 * signed output before it is sent (fsync), keeps only the current height (`start` compacts it),
 * and on restart replays that height into a fresh machine, whose replay signer hands back the
 * recorded messages: the lock is restored and earlier messages are re-emitted byte for byte.
 *
 * @packageDocumentation
 */

export type { Ed25519KeyPair } from "../crypto/ed25519.js";
export { addressFromPubKey, ed25519FromSeed, verifyEd25519 } from "../crypto/ed25519.js";
export { bftTime, TIME_IOTA_NS } from "./bftTime.js";
export {
  BLOCK_ID_KEY_LENGTH,
  blockIdEquals,
  blockIdKey,
  blockIdKeyHex,
  compareBlockIds,
  isNilBlockId,
  nilBlockId,
} from "./blockId.js";
export {
  decodeCommit,
  decodeDuplicateVoteEvidence,
  decodeProposal,
  decodeVote,
  encodeCommit,
  encodeDuplicateVoteEvidence,
  encodeProposal,
  encodeVote,
  validateCommitBasic,
  validateProposalBasic,
  validateVoteBasic,
} from "./codec.js";
export { commitSigToVote, completeCommit, makeCommit, verifyCommit } from "./commit.js";
export { ConsensusWal, entriesKeptAtStart, handleDurably, messageHeightOf } from "./consensusWal.js";
export { CONSENSUS_CODESPACE, ConsensusError, ConsensusErrorCode, isConsensusError } from "./errors.js";
export { newDuplicateVoteEvidence, verifyDuplicateVoteEvidence } from "./evidence.js";
export { FileSignStateStore } from "./fileSignStateStore.js";
export { FileWal, MAX_WAL_RECORD } from "./fileWal.js";
export { HeightVoteSet } from "./heightVoteSet.js";
export type {
  BlockAdapter,
  BlockCreatedEvent,
  BlockValidatedEvent,
  BroadcastProposalEffect,
  BroadcastVoteEffect,
  CommitUpdatedEffect,
  ConsensusEffect,
  ConsensusEvent,
  ConsensusMachineOptions,
  CreateBlockEffect,
  DecideEffect,
  EvidenceEffect,
  ProposalEvent,
  RoundStateSnapshot,
  RoundStep,
  ScheduleTimeoutEffect,
  SignRefusedEffect,
  StartEvent,
  StepChangedEffect,
  TimeoutConfig,
  TimeoutEvent,
  TimeoutStep,
  ValidateBlockEffect,
  VoteEvent,
} from "./machineTypes.js";
export { DEFAULT_TIMEOUTS, timeoutDuration } from "./machineTypes.js";
export type { PriorityEntry } from "./proposerSelection.js";
export {
  argmaxPriority,
  INT64_MAX,
  INT64_MIN,
  incrementPriorities,
  MAX_TOTAL_VOTING_POWER,
  newValidatorPriority,
  PRIORITY_WINDOW_SIZE_FACTOR,
} from "./proposerSelection.js";
export { PROPOSAL_DOMAIN, proposalSignBytes, VOTE_DOMAIN, voteSignBytes } from "./signBytes.js";
export type { Signer } from "./signer.js";
export { createKeySigner } from "./signer.js";
export type { LastSignState, SignGuardOptions, SignStateStore } from "./signGuard.js";
export { createSignGuard, MemorySignStateStore, SignStep } from "./signGuard.js";
export { ConsensusMachine, createConsensusMachine } from "./stateMachine.js";
export type {
  BlockId,
  Commit,
  CommitSig,
  DuplicateVoteEvidence,
  PartSetHeader,
  Proposal,
  UnsignedProposal,
  UnsignedVote,
  ValidatorInput,
  Vote,
} from "./types.js";
export {
  BlockIdFlag,
  BlockIdSsz,
  CommitSigSsz,
  CommitSsz,
  DuplicateVoteEvidenceSsz,
  MAX_VALIDATORS,
  NO_POL_ROUND_WIRE,
  PartSetHeaderSsz,
  ProposalSsz,
  UnsignedProposalSsz,
  UnsignedVoteSsz,
  ValidatorListSsz,
  ValidatorSsz,
  VoteSsz,
  VoteType,
} from "./types.js";
export type { IndexedValidator, Validator } from "./validatorSet.js";
export { ValidatorSet } from "./validatorSet.js";
export { verifyVote } from "./verifyVote.js";
export type { AddVoteResult } from "./voteSet.js";
export { isOneThird, isTwoThirds, MAX_VOTES_PER_VALIDATOR, VoteSet } from "./voteSet.js";
export type { BlockCodec, SignedMessage, WalEntry } from "./walCodec.js";
export { decodeWalEntry, encodeWalEntry } from "./walCodec.js";
export type { ReplayPlan, ReplayResult } from "./walReplay.js";
export { createReplaySigner, planReplay, replayEvents } from "./walReplay.js";
