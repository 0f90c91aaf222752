import { verifyEd25519 } from "../crypto/ed25519.js";
import { type Logger, nullLogger } from "../log/index.js";
import { bftTime, TIME_IOTA_NS } from "./bftTime.js";
import { blockIdEquals, blockIdKeyHex, nilBlockId } from "./blockId.js";
import { validateProposalBasic } from "./codec.js";
import { completeCommit, makeCommit } from "./commit.js";
import { ConsensusError, ConsensusErrorCode, isConsensusError } from "./errors.js";
import { newDuplicateVoteEvidence } from "./evidence.js";
import { HeightState, type KnownBlock } from "./heightState.js";
import {
  type BlockAdapter,
  type BlockCreatedEvent,
  type BlockValidatedEvent,
  type ConsensusEffect,
  type ConsensusEvent,
  type ConsensusMachineOptions,
  DEFAULT_TIMEOUTS,
  type ProposalEvent,
  type RoundStateSnapshot,
  type RoundStep,
  type StartEvent,
  type TimeoutConfig,
  type TimeoutEvent,
  type TimeoutStep,
  timeoutDuration,
  type VoteEvent,
} from "./machineTypes.js";
import { proposalSignBytes } from "./signBytes.js";
import type { Signer } from "./signer.js";
import { type BlockId, type Commit, type Proposal, type Vote, VoteType } from "./types.js";

/**
 * Tendermint consensus (Algorithm 1 of "The latest gossip on BFT consensus", arXiv 1807.04938)
 * for one process, as a deterministic state machine: `handle(event)` returns the effects the host
 * must carry out. No clock, timer, socket or disk is touched here; the current time comes in every
 * event, signing and block validity are injected.
 *
 * The `upon` rules are re-evaluated after every event until none fires, in a fixed order: commit
 * (line 49), round skip (55), prevote on a proposal (22/28), prevote timeout (34), lock and
 * precommit (36), precommit nil (44), precommit timeout (47).
 *
 * Deliberate differences from the paper, all as CometBFT does:
 * - the proposer also schedules timeoutPropose, so a slow or failed `createBlock` cannot stall it;
 * - the commit rule accepts the decided block from a proposal of any round of the height (the
 *   value is fixed by the 2f+1 precommits; only the bytes are needed);
 * - after deciding, the machine waits timeout_commit before entering the next height, and the
 *   precommits that arrive meanwhile complete the commit the next block carries (`commitUpdated`).
 */
export class ConsensusMachine<B> {
  private readonly chainId: string;
  private readonly blocks: BlockAdapter<B>;
  private readonly signer: Signer | undefined;
  private readonly timeouts: TimeoutConfig;
  private readonly initialHeight: number;
  private readonly genesisTime: bigint;
  private readonly maxRoundLookahead: number;
  private readonly maxBuffered: number;
  private readonly log: Logger;

  private hs: HeightState<B> | undefined;
  private pendingStart: StartEvent | undefined;
  private nextHeightBuffer: (ProposalEvent<B> | VoteEvent)[] = [];
  private out: ConsensusEffect<B>[] = [];
  private now = 0n;

  constructor(opts: ConsensusMachineOptions<B>) {
    this.chainId = opts.chainId;
    this.blocks = opts.blocks;
    this.signer = opts.signer;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
    this.initialHeight = opts.initialHeight ?? 1;
    this.genesisTime = opts.genesisTime;
    this.maxRoundLookahead = opts.maxRoundLookahead ?? 1000;
    this.maxBuffered = opts.maxBufferedNextHeight ?? 10_000;
    this.log = opts.logger ?? nullLogger;
  }

  /**
   * Feeds one event and returns the effects, in the order the host must perform them. Invalid
   * messages throw and leave the state unchanged; stale or far-future ones are ignored silently.
   * @throws ConsensusError `malformed`, `invalidSignature`, `unknownValidator` or
   *   `invalidProposal` for a bad message; `invalidInput` for a bad `start`.
   */
  handle(event: ConsensusEvent<B>): ConsensusEffect<B>[] {
    this.out = [];
    this.now = event.now;
    switch (event.type) {
      case "start":
        this.onStart(event);
        break;
      case "proposal":
        this.onProposal(event);
        break;
      case "vote":
        this.onVote(event);
        break;
      case "timeout":
        this.onTimeout(event);
        break;
      case "blockCreated":
        this.onBlockCreated(event);
        break;
      case "blockValidated":
        this.onBlockValidated(event);
        break;
    }
    this.evaluate();
    const effects = this.out;
    this.out = [];
    return effects;
  }

  /** The current round state, or undefined before the first `start`. */
  roundState(): RoundStateSnapshot | undefined {
    const hs = this.hs;
    if (hs === undefined) return undefined;
    return {
      height: hs.height,
      round: hs.round,
      step: hs.step,
      lockedRound: hs.lockedRound,
      lockedBlockId: hs.block(hs.lockedBlockKey)?.blockId,
      validRound: hs.validRound,
      validBlockId: hs.block(hs.validBlockKey)?.blockId,
      decided: hs.decided && { round: hs.decided.round, blockId: hs.block(hs.decided.blockKey)!.blockId },
      proposerAddress: hs.valSet.proposerForRound(hs.round).address,
    };
  }

  // ---- events -----------------------------------------------------------------------------

  private onStart(ev: StartEvent): void {
    // [REJECT] heights start at the chain's initial height.
    if (!Number.isSafeInteger(ev.height) || ev.height < this.initialHeight) {
      throw invalidInput("start height is before the initial height", { height: ev.height });
    }
    const hs = this.hs;
    // [REJECT] the machine never goes back to a height it already ran.
    if (hs !== undefined && ev.height <= hs.height) {
      throw invalidInput("start must move to a later height", { height: ev.height, current: hs.height });
    }
    if (
      ev.height > this.initialHeight &&
      (ev.lastCommit === undefined || ev.lastValidatorSet === undefined)
    ) {
      throw invalidInput("start after the initial height needs lastCommit and lastValidatorSet", {
        height: ev.height,
      });
    }
    if (ev.lastCommit !== undefined && ev.lastCommit.height !== ev.height - 1) {
      throw invalidInput("lastCommit is not for the previous height", { height: ev.height });
    }
    // During timeout_commit of the previous height, the new height waits for the timeout.
    if (
      hs !== undefined &&
      hs.decided !== undefined &&
      !hs.commitTimeoutElapsed &&
      ev.height === hs.height + 1
    ) {
      this.pendingStart = ev;
      return;
    }
    this.enterHeight(ev);
  }

  private enterHeight(ev: StartEvent): void {
    this.pendingStart = undefined;
    const completed = this.completedLastCommit(ev);
    const hs = new HeightState<B>(
      this.chainId,
      ev.height,
      ev.validatorSet,
      completed ?? ev.lastCommit,
      ev.lastValidatorSet,
    );
    this.hs = hs;
    if (completed !== undefined) {
      this.out.push({ type: "commitUpdated", height: completed.height, commit: completed });
    }
    this.startRound(0);
    // Messages of this height that arrived while the previous one finished.
    const buffered = this.nextHeightBuffer;
    this.nextHeightBuffer = [];
    for (const msg of buffered) {
      const height = msg.type === "vote" ? msg.vote.height : msg.proposal.height;
      if (height !== ev.height) continue;
      try {
        if (msg.type === "vote") this.onVote(msg);
        else this.onProposal(msg);
      } catch (err) {
        // The sender was checked only now that the set is known; a bad one is just dropped.
        this.log.debug("dropped buffered consensus message", { error: errorText(err) });
      }
    }
  }

  // The previous height's commit as it stands now: the precommits of the decided round keep
  // arriving during timeout_commit (they are still added to the vote set), and CometBFT's proposer
  // puts all it has into the next block's LastCommit. Without this every block carried only the
  // first 2/3+ (3 of 4 validators on an idle network), and the fourth counted as missing the
  // block. Undefined when this machine did not decide that block or has nothing to add.
  private completedLastCommit(ev: StartEvent): Commit | undefined {
    const prev = this.hs;
    const given = ev.lastCommit;
    if (prev?.decided === undefined || given === undefined || prev.height !== ev.height - 1) return undefined;
    const decided = prev.block(prev.decided.blockKey)!;
    if (given.height !== prev.height || !blockIdEquals(given.blockId, decided.blockId)) return undefined;
    return completeCommit(prev.votes.precommits(prev.decided.round), decided.blockId, given);
  }

  private acceptsHeight(height: number, msg: ProposalEvent<B> | VoteEvent): boolean {
    const hs = this.hs;
    if (hs === undefined) return false;
    if (height === hs.height + 1) {
      if (this.nextHeightBuffer.length < this.maxBuffered) this.nextHeightBuffer.push(msg);
      return false;
    }
    return height === hs.height;
  }

  private onProposal(ev: ProposalEvent<B>): void {
    const { proposal } = ev;
    if (!this.acceptsHeight(proposal.height, ev)) return;
    const hs = this.hs!;
    validateProposalBasic(proposal);
    if (proposal.round > hs.round + this.maxRoundLookahead) return;
    const existing = hs.proposals.get(proposal.round);
    if (existing !== undefined && Buffer.compare(existing.proposal.signature, proposal.signature) === 0)
      return;
    const proposer = hs.valSet.proposerForRound(proposal.round);
    // [REJECT] a proposal must be signed by proposer(h, r).
    if (!verifyEd25519(proposer.pubKey, proposalSignBytes(this.chainId, proposal), proposal.signature)) {
      throw new ConsensusError(
        ConsensusErrorCode.invalidSignature,
        "proposal is not signed by the round's proposer",
        {
          height: proposal.height,
          round: proposal.round,
        },
      );
    }
    const blockId = this.blocks.blockId(ev.block);
    // [REJECT] the block must be the one the proposal names.
    if (!blockIdEquals(blockId, proposal.blockId)) {
      throw new ConsensusError(
        ConsensusErrorCode.invalidProposal,
        "block does not match the proposal's block id",
        {
          height: proposal.height,
          round: proposal.round,
        },
      );
    }
    if (existing !== undefined) {
      // A second, different proposal from the same proposer: keep the first (no evidence type).
      this.log.warn("conflicting proposal ignored", { height: proposal.height, round: proposal.round });
      return;
    }
    this.acceptProposal(proposal.round, proposal, ev.block, "pending");
  }

  private acceptProposal(round: number, proposal: Proposal, block: B, validity: "pending" | "valid"): void {
    const hs = this.hs!;
    const blockKey = blockIdKeyHex(proposal.blockId);
    hs.proposals.set(round, { proposal, blockKey });
    const proposerIndex = hs.valSet.getByAddress(hs.valSet.proposerForRound(round).address)!.index;
    hs.votes.markParticipant(round, proposerIndex);
    const known = hs.blocks.get(blockKey);
    if (known === undefined) {
      hs.blocks.set(blockKey, { block, blockId: proposal.blockId, validity });
      if (validity === "pending") {
        this.out.push({ type: "validateBlock", height: hs.height, round, blockId: proposal.blockId, block });
      }
    } else if (validity === "valid") {
      known.validity = "valid";
    }
  }

  private onVote(ev: VoteEvent): void {
    const { vote } = ev;
    if (!this.acceptsHeight(vote.height, ev)) return;
    const hs = this.hs!;
    if (vote.round > hs.round + this.maxRoundLookahead) return;
    const result = hs.votes.addVote(vote);
    if (result.kind === "conflict") this.onEquivocation(result.existing, result.vote);
  }

  private onEquivocation(existing: Vote, vote: Vote): void {
    const hs = this.hs!;
    if (hs.decided === undefined) {
      // Evidence carries the block time of its height, known once the height is decided.
      hs.pendingEquivocations.push([existing, vote]);
      return;
    }
    this.emitEvidence(existing, vote, this.blocks.blockTime(hs.block(hs.decided.blockKey)!.block));
  }

  private emitEvidence(a: Vote, b: Vote, blockTime: bigint): void {
    const evidence = newDuplicateVoteEvidence(a, b, this.hs!.valSet, blockTime);
    this.out.push({ type: "evidence", evidence });
  }

  private onTimeout(ev: TimeoutEvent): void {
    const hs = this.hs;
    if (hs === undefined || ev.height !== hs.height) return;
    if (ev.step === "commit") {
      if (hs.decided === undefined || hs.commitTimeoutElapsed) return;
      hs.commitTimeoutElapsed = true;
      if (this.pendingStart !== undefined) this.enterHeight(this.pendingStart);
      return;
    }
    // Lines 57, 61, 65: a timeout acts only if the machine is still where it scheduled it.
    if (ev.round !== hs.round || hs.decided !== undefined) return;
    if (ev.step === "propose" && hs.step === "propose") {
      this.castVote(VoteType.prevote, nilBlockId());
      this.setStep("prevote");
    } else if (ev.step === "prevote" && hs.step === "prevote") {
      this.castVote(VoteType.precommit, nilBlockId());
      this.setStep("precommit");
    } else if (ev.step === "precommit") {
      this.startRound(hs.round + 1);
    }
  }

  private onBlockCreated(ev: BlockCreatedEvent<B>): void {
    const hs = this.hs;
    // Stale answers (the round moved on, or the step did) are dropped, as getValue() is atomic
    // with StartRound in the paper.
    if (hs === undefined || ev.height !== hs.height || ev.round !== hs.round) return;
    if (hs.awaitingBlockForRound !== ev.round || hs.step !== "propose") return;
    hs.awaitingBlockForRound = undefined;
    this.propose(ev.block, -1);
  }

  private onBlockValidated(ev: BlockValidatedEvent): void {
    const hs = this.hs;
    if (hs === undefined || ev.height !== hs.height) return;
    const known = hs.blocks.get(blockIdKeyHex(ev.blockId));
    if (known === undefined || known.validity !== "pending") return;
    known.validity = ev.valid ? "valid" : "invalid";
  }

  // ---- rounds and messages ----------------------------------------------------------------

  private startRound(round: number): void {
    const hs = this.hs!;
    hs.round = round;
    hs.awaitingBlockForRound = undefined;
    this.setStep("propose");
    const proposer = hs.valSet.proposerForRound(round);
    if (this.signer !== undefined && Buffer.compare(proposer.address, this.signer.address) === 0) {
      const valid = hs.block(hs.validBlockKey);
      if (valid !== undefined) {
        // Re-propose the value a 2f+1 prevote quorum may have locked (line 15).
        this.propose(valid.block, hs.validRound);
      } else {
        hs.awaitingBlockForRound = round;
        this.out.push({
          type: "createBlock",
          height: hs.height,
          round,
          time: this.proposalBlockTime(),
          lastCommit: hs.lastCommit,
          proposerAddress: proposer.address,
        });
      }
    }
    this.schedule("propose", round);
  }

  // BFT time of the block this height's proposer builds: the genesis time at the initial height,
  // else the weighted median of the last commit.
  private proposalBlockTime(): bigint {
    const hs = this.hs!;
    if (hs.lastCommit === undefined || hs.lastValSet === undefined) return this.genesisTime;
    return bftTime(hs.lastCommit, hs.lastValSet);
  }

  private propose(block: B, polRound: number): void {
    const hs = this.hs!;
    const signer = this.signer!;
    const unsigned = {
      height: hs.height,
      round: hs.round,
      polRound,
      blockId: this.blocks.blockId(block),
      timestamp: this.now,
    };
    let proposal: Proposal;
    try {
      proposal = signer.signProposal(this.chainId, unsigned);
    } catch (err) {
      this.refused(err, "proposal");
      return;
    }
    this.out.push({ type: "broadcastProposal", proposal, block });
    // Our own block needs no validation round trip.
    this.acceptProposal(hs.round, proposal, block, "valid");
  }

  private castVote(type: VoteType, blockId: BlockId): void {
    const hs = this.hs!;
    const signer = this.signer;
    if (signer === undefined) return;
    const self = hs.valSet.getByAddress(signer.address);
    if (self === undefined) return;
    const unsigned = {
      type,
      height: hs.height,
      round: hs.round,
      blockId,
      timestamp: this.voteTime(),
      validatorAddress: signer.address,
      validatorIndex: self.index,
    };
    let vote: Vote;
    try {
      vote = signer.signVote(this.chainId, unsigned);
    } catch (err) {
      this.refused(err, type === VoteType.prevote ? "prevote" : "precommit");
      return;
    }
    this.out.push({ type: "broadcastVote", vote });
    hs.votes.addVote(vote);
  }

  // BFT time: a vote is never earlier than the block it concerns plus 1 ms, so the median of a
  // commit's timestamps (the next block's time) is strictly after the block (CometBFT voteTime).
  private voteTime(): bigint {
    const hs = this.hs!;
    const ref = hs.block(hs.lockedBlockKey) ?? hs.block(hs.proposals.get(hs.round)?.blockKey);
    if (ref === undefined) return this.now;
    const min = this.blocks.blockTime(ref.block) + TIME_IOTA_NS;
    if (this.now > min) return this.now;
    return min;
  }

  private refused(err: unknown, message: "proposal" | "prevote" | "precommit"): void {
    if (!isConsensusError(err, ConsensusErrorCode.signRefused)) throw err;
    const hs = this.hs!;
    this.log.warn("signer refused", { height: hs.height, round: hs.round, message, reason: err.message });
    this.out.push({ type: "signRefused", height: hs.height, round: hs.round, message, reason: err.message });
  }

  private setStep(step: RoundStep): void {
    const hs = this.hs!;
    hs.step = step;
    this.out.push({ type: "stepChanged", height: hs.height, round: hs.round, step });
  }

  private schedule(step: TimeoutStep, round: number): void {
    const durationMs = timeoutDuration(this.timeouts, step, round);
    this.out.push({ type: "scheduleTimeout", height: this.hs!.height, round, step, durationMs });
  }

  // ---- upon rules -------------------------------------------------------------------------

  private evaluate(): void {
    for (;;) {
      const hs = this.hs;
      if (hs === undefined || hs.decided !== undefined) return;
      if (this.ruleCommit() || this.ruleRoundSkip() || this.ruleProposalPrevote()) continue;
      if (this.rulePrevoteTimeout() || this.ruleLock() || this.rulePrecommitNil()) continue;
      if (this.rulePrecommitTimeout()) continue;
      return;
    }
  }

  // Line 49: PROPOSAL(h, r, v, *) and 2f+1 PRECOMMIT(h, r, id(v)), any round, valid(v): decide.
  private ruleCommit(): boolean {
    const hs = this.hs!;
    for (const round of hs.votes.knownRounds()) {
      const majority = hs.votes.precommits(round).twoThirdsMajority();
      if (majority === undefined) continue;
      const blockKey = blockIdKeyHex(majority);
      const known = hs.blocks.get(blockKey);
      if (known === undefined || known.validity !== "valid") continue;
      this.decide(round, blockKey, known);
      return true;
    }
    return false;
  }

  private decide(round: number, blockKey: string, known: KnownBlock<B>): void {
    const hs = this.hs!;
    hs.decided = { round, blockKey };
    const commit = makeCommit(hs.votes.precommits(round), known.blockId);
    this.setStep("commit");
    this.out.push({
      type: "decide",
      height: hs.height,
      round,
      blockId: known.blockId,
      block: known.block,
      commit,
    });
    const blockTime = this.blocks.blockTime(known.block);
    for (const [a, b] of hs.pendingEquivocations) this.emitEvidence(a, b, blockTime);
    hs.pendingEquivocations.length = 0;
    this.schedule("commit", hs.round);
  }

  // Line 55: f+1 messages of any kind from a round above ours: jump to the highest such round.
  private ruleRoundSkip(): boolean {
    const hs = this.hs!;
    const rounds = hs.votes.knownRounds();
    for (let i = rounds.length - 1; i >= 0 && rounds[i]! > hs.round; i--) {
      if (hs.votes.hasOneThirdParticipation(rounds[i]!)) {
        this.startRound(rounds[i]!);
        return true;
      }
    }
    return false;
  }

  // Lines 22 and 28: prevote on the round's proposal, in step propose.
  private ruleProposalPrevote(): boolean {
    const hs = this.hs!;
    if (hs.step !== "propose") return false;
    const entry = hs.proposals.get(hs.round);
    if (entry === undefined) return false;
    const known = hs.blocks.get(entry.blockKey)!;
    if (known.validity === "pending") return false;
    const valid = known.validity === "valid";
    const vr = entry.proposal.polRound;
    let prevoteForBlock: boolean;
    if (vr === -1) {
      // Line 22: fresh proposal.
      prevoteForBlock = valid && (hs.lockedRound === -1 || hs.lockedBlockKey === entry.blockKey);
    } else {
      // Line 28: re-proposal with proof-of-lock from round vr < round (checked on receipt).
      if (!hs.votes.prevotes(vr).hasTwoThirdsFor(known.blockId)) return false;
      prevoteForBlock = valid && (hs.lockedRound <= vr || hs.lockedBlockKey === entry.blockKey);
    }
    this.castVote(VoteType.prevote, prevoteForBlock ? known.blockId : nilBlockId());
    this.setStep("prevote");
    return true;
  }

  // Line 34: 2f+1 prevotes of any kind in step prevote, first time: schedule timeoutPrevote.
  private rulePrevoteTimeout(): boolean {
    const hs = this.hs!;
    if (hs.step !== "prevote" || hs.prevoteTimeoutFired.has(hs.round)) return false;
    if (!hs.votes.prevotes(hs.round).hasTwoThirdsAny()) return false;
    hs.prevoteTimeoutFired.add(hs.round);
    this.schedule("prevote", hs.round);
    return true;
  }

  // Line 36: proposal + 2f+1 prevotes for id(v), valid(v), step ≥ prevote, first time: lock
  // (if in prevote) and update the valid value.
  private ruleLock(): boolean {
    const hs = this.hs!;
    if (hs.step !== "prevote" && hs.step !== "precommit") return false;
    if (hs.lockRuleFired.has(hs.round)) return false;
    const entry = hs.proposals.get(hs.round);
    if (entry === undefined) return false;
    const known = hs.blocks.get(entry.blockKey)!;
    if (known.validity !== "valid" || !hs.votes.prevotes(hs.round).hasTwoThirdsFor(known.blockId))
      return false;
    hs.lockRuleFired.add(hs.round);
    if (hs.step === "prevote") {
      hs.lockedBlockKey = entry.blockKey;
      hs.lockedRound = hs.round;
      this.castVote(VoteType.precommit, known.blockId);
      this.setStep("precommit");
    }
    hs.validBlockKey = entry.blockKey;
    hs.validRound = hs.round;
    return true;
  }

  // Line 44: 2f+1 prevotes for nil in step prevote: precommit nil.
  private rulePrecommitNil(): boolean {
    const hs = this.hs!;
    if (hs.step !== "prevote" || !hs.votes.prevotes(hs.round).hasTwoThirdsFor(nilBlockId())) return false;
    this.castVote(VoteType.precommit, nilBlockId());
    this.setStep("precommit");
    return true;
  }

  // Line 47: 2f+1 precommits of any kind in our round, first time: schedule timeoutPrecommit.
  private rulePrecommitTimeout(): boolean {
    const hs = this.hs!;
    if (hs.precommitTimeoutFired.has(hs.round) || !hs.votes.precommits(hs.round).hasTwoThirdsAny())
      return false;
    hs.precommitTimeoutFired.add(hs.round);
    this.schedule("precommit", hs.round);
    return true;
  }
}

function invalidInput(message: string, detail: Record<string, unknown>): ConsensusError {
  return new ConsensusError(ConsensusErrorCode.invalidInput, message, detail);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Creates a consensus state machine for one validator (with `opts.signer`) or observer.
 * Drive it with `start` for the first height, then feed network messages, timeouts and block
 * answers; see the package index for the host loop.
 */
export function createConsensusMachine<B>(opts: ConsensusMachineOptions<B>): ConsensusMachine<B> {
  return new ConsensusMachine(opts);
}
