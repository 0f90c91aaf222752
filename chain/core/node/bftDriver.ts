import { decodeBlock, encodeBlock } from "../block/index.js";
import type { ConsensusMachine } from "../consensus/index.js";
import {
  bftTime,
  type ConsensusEffect,
  type ConsensusEvent,
  ConsensusWal,
  createConsensusMachine,
  createKeySigner,
  createReplaySigner,
  createSignGuard,
  decodeProposal,
  decodeVote,
  encodeProposal,
  encodeVote,
  FileSignStateStore,
  handleDurably,
  isConsensusError,
  planReplay,
  replayEvents,
  type TimeoutConfig,
  type ValidatorSet,
  verifyCommit,
  verifyDuplicateVoteEvidence,
} from "../consensus/index.js";
import { type DuplicateVoteEvidence, DuplicateVoteEvidenceSsz } from "../consensus/types.js";
import type { Ed25519KeyPair } from "../crypto/index.js";
import { errorMessage } from "../errors/index.js";
import type { Logger } from "../log/index.js";
import { ChannelId, createGossip, type Gossip, type GossipVerdict, type P2P } from "../p2p/index.js";
import type { Block, BlockId, Commit, CommittedBlock } from "../types/index.js";
import { BlockSync } from "./blockSync.js";
import { lengthPrefixed, splitLengthPrefixed } from "./framing.js";
import { type ChainTip, sealBlock } from "./producer.js";
import type { ProductionGate } from "./productionGate.js";

/**
 * What the BFT driver needs from the chain node (the driver owns this interface): the tip it
 * builds on, the validator schedule, and the propose / check / apply steps of block execution.
 */
export interface BftHost {
  chainTip(): Readonly<ChainTip>;
  validatorSetAt(height: number): ValidatorSet;
  proposeBlock(
    timeNs: bigint,
    lastCommit: Commit | undefined,
    proposer: Uint8Array,
    evidence: DuplicateVoteEvidence[],
  ): Block;
  checkProposal(block: Block): string | undefined;
  applyBlock(
    block: Block,
    sealed: { encoded: Uint8Array; blockId: BlockId },
    commit: Commit,
  ): Promise<CommittedBlock>;
  /**
   * Replaces the stored commit of the tip block with `commit`, the same block's commit holding
   * the precommits that arrived during timeout_commit (ignored when the tip moved on).
   */
  updateSeenCommit(commit: Commit): Promise<void>;
}

/** Options of {@link BftDriver}. */
export interface BftDriverOptions {
  chainId: string;
  genesisTimeNs: bigint;
  /**
   * This node's validator key; absent for a node that only follows. With a key the machine signs
   * at every height whose validator set holds it (a validator that joined through staking starts
   * signing there) and only follows at the others.
   */
  validatorKey?: Ed25519KeyPair;
  /** Consensus WAL file. */
  walPath: string;
  /** Last-sign state file (double-sign protection across restarts). */
  signStatePath: string;
  timeouts?: Partial<TimeoutConfig>;
  /** How often block sync asks peers for their height, ms. */
  syncIntervalMs?: number;
  /** How often this validator re-sends its latest proposal and votes, ms. */
  regossipIntervalMs?: number;
  /**
   * Called once when a consensus step fails (a WAL or sign-state write, a block commit): the driver
   * has stopped and the node must stop too, loudly, rather than stay alive and stuck.
   */
  onFatal?: (err: unknown) => void;
  /**
   * Asked before the machine enters each new height at which this node is a validator (a child
   * chain's `rollup.maxUnpostedBlocks`): the driver waits while it is closed, before any proposal
   * or vote of that height, so every validator asking the same parent pauses alike. Full nodes
   * are not gated (they follow). Timing only; never what a block holds.
   */
  gate?: ProductionGate;
}

/**
 * Runs a chain node under Tendermint BFT: feeds the pure consensus machine with peer messages,
 * timers and block answers (through the WAL, so a restart never double-signs), performs its
 * effects (gossip, block creation from the mempool, validation, execution of decided blocks),
 * and keeps the node caught up with block sync from peers.
 */
export class BftDriver {
  private readonly machine: ConsensusMachine<Block>;
  private readonly wal: ConsensusWal<Block>;
  private readonly proposals: Gossip;
  private readonly votes: Gossip;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sealed = new WeakMap<Block, { encoded: Uint8Array; blockId: BlockId }>();
  private queue: Promise<void> = Promise.resolve();
  private readonly blockSync: BlockSync;
  private started = false;
  private stopped = false;
  private machineHeight = 0;
  private readonly pendingReplay: ConsensusEvent<Block>[];
  private readonly evidencePool = new Map<string, DuplicateVoteEvidence>();
  // This validator's latest messages at the running height, re-gossiped periodically: a peer that
  // (re)connected mid-round has missed them, and without them it cannot join the round.
  private ownProposal: Uint8Array | undefined;
  private ownVotes: Uint8Array[] = [];
  private regossipTimer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();

  /**
   * Opens the WAL and registers the consensus channels on `p2p` (block-sync serving and mempool
   * gossip are the composition root's: they run under either driver).
   * @throws P2PError `invalidConfig` when a consensus channel already has a handler.
   */
  constructor(
    private readonly node: BftHost,
    p2p: P2P,
    private readonly opts: BftDriverOptions,
    private readonly logger: Logger,
    private readonly clock: () => bigint,
  ) {
    this.wal = ConsensusWal.open(opts.walPath, { encode: encodeBlock, decode: decodeBlock });
    const plan = planReplay(this.wal.recovered, this.tipHeight() + 1);
    let signer: ReturnType<typeof createKeySigner> | undefined;
    if (opts.validatorKey) {
      const guard = createSignGuard(
        createKeySigner(opts.validatorKey),
        new FileSignStateStore(opts.signStatePath),
        {
          beforeSign: () => this.wal.sync(),
        },
      );
      signer = createReplaySigner(guard, plan.signed);
    }
    this.machine = createConsensusMachine<Block>({
      chainId: opts.chainId,
      genesisTime: opts.genesisTimeNs,
      blocks: { blockId: (b) => this.blockIdOf(b), blockTime: (b) => b.header.timeNs },
      ...(signer ? { signer } : {}),
      ...(opts.timeouts ? { timeouts: opts.timeouts } : {}),
      logger,
    });
    this.pendingReplay = plan.events;
    this.proposals = createGossip(p2p, { channel: ChannelId.consensusData }, (m) =>
      this.onGossip(m.payload, "proposal"),
    );
    this.votes = createGossip(p2p, { channel: ChannelId.consensusVote }, (m) =>
      this.onGossip(m.payload, "vote"),
    );
    this.blockSync = new BlockSync(
      p2p,
      { latestHeight: () => this.tipHeight(), applySynced: (b, c) => this.applySynced(b, c) },
      { intervalMs: opts.syncIntervalMs ?? 500 },
      logger,
    );
  }

  /**
   * Replays the WAL (or starts the next height) and begins block sync. Until then consensus
   * messages from peers are ignored (a solo producer's node owns the channels before it hands over).
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.enqueue(async () => {
      if (this.pendingReplay.length > 0) {
        this.logger.info("replaying consensus WAL", { events: this.pendingReplay.length });
        const { effects } = replayEvents(this.machine, this.pendingReplay);
        this.machineHeight = this.tipHeight() + 1;
        await this.perform(effects);
      } else {
        await this.startHeight(this.tipHeight() + 1);
      }
    });
    this.blockSync.start();
    this.regossipTimer = setInterval(() => {
      if (this.ownProposal) this.proposals.publish(this.ownProposal);
      for (const v of this.ownVotes) this.votes.publish(v);
    }, this.opts.regossipIntervalMs ?? 1000);
  }

  /** Stops timers and block sync; the p2p layer and the node are closed by their owner. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort(new Error("consensus stopped"));
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (this.regossipTimer) clearInterval(this.regossipTimer);
    await this.blockSync.stop();
    await this.queue.catch(() => undefined);
    this.wal.close();
  }

  private tipHeight(): number {
    return this.node.chainTip().height;
  }

  /** The validator set of `height`, from the node's schedule (genesis set plus staking's updates). */
  validatorSetAt(height: number): ValidatorSet {
    return this.node.validatorSetAt(height);
  }

  private blockIdOf(block: Block): BlockId {
    return this.seal(block).blockId;
  }

  // A block is SSZ-encoded once: its id, its gossip payload and its stored bytes share it.
  private seal(block: Block): { encoded: Uint8Array; blockId: BlockId } {
    let sealed = this.sealed.get(block);
    if (!sealed) {
      sealed = sealBlock(block);
      this.sealed.set(block, sealed);
    }
    return sealed;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(async () => {
      if (!this.stopped) await work();
    });
    this.queue = next.catch((err) => {
      // A step that failed half-way (its WAL entry or sign state written or not) cannot be retried
      // in place; stopping lets a restart replay the WAL into a consistent machine. Staying up
      // would leave a validator that answers RPC but never votes again.
      if (this.stopped) return;
      this.stopped = true;
      this.logger.error("consensus step failed; stopping consensus", { err: errorMessage(err) });
      const onFatal = this.opts.onFatal;
      if (onFatal) setImmediate(() => onFatal(err));
    });
    return next;
  }

  private async startHeight(height: number): Promise<void> {
    // Only a validator of the height produces: a full node follows whatever the validators decide.
    const key = this.opts.validatorKey;
    if (this.opts.gate && key && this.validatorSetAt(height).getByAddress(key.address)) {
      // Waits inside the consensus queue: nothing of the new height is handled meanwhile.
      try {
        await this.opts.gate.waitOpen(height, this.abort.signal);
      } catch (err) {
        if (this.abort.signal.aborted) return;
        throw err;
      }
    }
    const tip = this.node.chainTip();
    const event: ConsensusEvent<Block> = {
      type: "start",
      height,
      validatorSet: this.validatorSetAt(height),
      ...(height > 1 && tip.lastCommit
        ? { lastCommit: tip.lastCommit, lastValidatorSet: this.validatorSetAt(height - 1) }
        : {}),
      now: this.clock(),
    };
    this.machineHeight = height;
    this.ownProposal = undefined;
    this.ownVotes = [];
    await this.handle(event);
  }

  private async handle(event: ConsensusEvent<Block>): Promise<void> {
    await this.perform(handleDurably(this.machine, this.wal, event));
  }

  private async perform(effects: ConsensusEffect<Block>[]): Promise<void> {
    for (const effect of effects) {
      if (this.stopped) return;
      switch (effect.type) {
        case "broadcastProposal": {
          const payload = lengthPrefixed(encodeProposal(effect.proposal), this.seal(effect.block).encoded);
          this.ownProposal = payload;
          this.proposals.publish(payload);
          break;
        }
        case "broadcastVote": {
          const payload = encodeVote(effect.vote);
          this.ownVotes = [...this.ownVotes.slice(-3), payload];
          this.votes.publish(payload);
          break;
        }
        case "scheduleTimeout": {
          const t = setTimeout(() => {
            this.timers.delete(t);
            this.enqueue(() =>
              this.handle({
                type: "timeout",
                height: effect.height,
                round: effect.round,
                step: effect.step,
                now: this.clock(),
              }),
            );
          }, effect.durationMs);
          this.timers.add(t);
          break;
        }
        case "createBlock": {
          const block = this.node.proposeBlock(effect.time, effect.lastCommit, effect.proposerAddress, [
            ...this.evidencePool.values(),
          ]);
          await this.handle({
            type: "blockCreated",
            height: effect.height,
            round: effect.round,
            block,
            now: this.clock(),
          });
          break;
        }
        case "validateBlock": {
          const reason = this.invalidReason(effect.block);
          if (reason)
            this.logger.warn("proposed block is invalid", {
              height: effect.height,
              round: effect.round,
              reason,
            });
          await this.handle({
            type: "blockValidated",
            height: effect.height,
            blockId: effect.blockId,
            valid: reason === undefined,
            now: this.clock(),
          });
          break;
        }
        case "decide": {
          // Block sync may have stored this height (and moved the machine on) already.
          for (const e of effect.block.evidence)
            this.evidencePool.delete(Buffer.from(DuplicateVoteEvidenceSsz.hashTreeRoot(e)).toString("hex"));
          if (this.tipHeight() < effect.height) {
            await this.node.applyBlock(effect.block, this.seal(effect.block), effect.commit);
          }
          if (this.machineHeight <= effect.height) await this.startHeight(effect.height + 1);
          break;
        }
        case "commitUpdated":
          // Before the block carrying it is built (the next effect): the tip's commit, which
          // `commit` RPC serves, is then the one that block carries.
          await this.node.updateSeenCommit(effect.commit);
          break;
        case "evidence": {
          // Pooled until a block this node proposes commits it; the application slashes.
          const key = Buffer.from(DuplicateVoteEvidenceSsz.hashTreeRoot(effect.evidence)).toString("hex");
          if (!this.evidencePool.has(key) && this.evidencePool.size < 100)
            this.evidencePool.set(key, effect.evidence);
          this.logger.warn("duplicate vote evidence", {
            height: effect.evidence.voteA.height,
            validator: Buffer.from(effect.evidence.voteA.validatorAddress).toString("hex"),
          });
          break;
        }
        case "signRefused":
          this.logger.error("refused to sign", {
            height: effect.height,
            round: effect.round,
            message: effect.message,
            reason: effect.reason,
          });
          break;
        default:
          break;
      }
    }
  }

  /** Valid(v): the header follows our chain, its time is the BFT time of its last commit, which verifies. */
  private invalidReason(block: Block): string | undefined {
    const reason = this.node.checkProposal(block);
    if (reason) return reason;
    for (const e of block.evidence) {
      try {
        // [REJECT] evidence that does not prove a duplicate vote by a validator of that height
        verifyDuplicateVoteEvidence(e, this.opts.chainId, this.validatorSetAt(e.voteA.height));
      } catch (err) {
        return `evidence: ${errorMessage(err)}`;
      }
    }
    const h = block.header.height;
    if (h > 1) {
      const lastSet = this.validatorSetAt(h - 1);
      const tip = this.node.chainTip();
      try {
        verifyCommit(this.opts.chainId, lastSet, tip.lastBlock!.blockId, h - 1, block.lastCommit);
      } catch (err) {
        return `last commit: ${errorMessage(err)}`;
      }
      // [REJECT] block time must be the BFT time (weighted median) of its last commit
      if (block.header.timeNs !== bftTime(block.lastCommit, lastSet))
        return "time is not the BFT time of the last commit";
    } else if (block.header.timeNs < this.opts.genesisTimeNs) {
      return "time before genesis";
    }
    return undefined;
  }

  private onGossip(payload: Uint8Array, kind: "proposal" | "vote"): Promise<GossipVerdict> {
    // Not running yet: no fault of the sender, and nothing to relay. Deferred, not ignored: once
    // the driver runs (a solo producer handing over) the sender's re-send must get through.
    if (!this.started) return Promise.resolve("defer");
    let event: ConsensusEvent<Block>;
    try {
      if (kind === "vote") {
        event = { type: "vote", vote: decodeVote(payload), now: this.clock() };
      } else {
        const [p, b] = splitLengthPrefixed(payload, 2);
        event = { type: "proposal", proposal: decodeProposal(p!), block: decodeBlock(b!), now: this.clock() };
      }
    } catch (err) {
      this.logger.debug("undecodable consensus message", { kind, err: errorMessage(err) });
      return Promise.resolve("reject");
    }
    let verdict: GossipVerdict = "accept";
    return this.enqueue(async () => {
      // A message of a height beyond the next one is dropped by the machine (it buffers only the
      // next height's). The node is behind: block sync brings it there, and the sender's re-send
      // must then be delivered, not de-duplicated as already seen, or this node never gets the
      // proposal and votes of that height and both wait for each other for ever.
      const at = this.machine.roundState()?.height;
      const msgHeight =
        event.type === "vote" ? event.vote.height : event.type === "proposal" ? event.proposal.height : 0;
      if (at === undefined || msgHeight > at + 1) {
        verdict = "defer";
        return;
      }
      try {
        await this.handle({ ...event, now: this.clock() });
      } catch (err) {
        // Invalid messages (bad signature, non-validator, malformed) penalise the sender.
        verdict = isConsensusError(err) ? "reject" : "ignore";
        this.logger.debug("consensus message rejected", { kind, err: errorMessage(err) });
      }
    }).then(() => verdict);
  }

  /**
   * Applies a block decided elsewhere, with its commit, exactly as a block from block sync: the
   * same checks, in the consensus queue (so it never races consensus or block sync). For a child
   * node that follows its parent's accepted batches. "stale" when the height is no longer next.
   */
  applyDecided(block: Block, commit: Commit): Promise<"applied" | "stale" | "invalid"> {
    return this.applySynced(block, commit);
  }

  /** Verifies a block from block sync (header, last commit, its own commit) and applies it in the consensus queue. */
  private applySynced(block: Block, commit: Commit): Promise<"applied" | "stale" | "invalid"> {
    // Stays "stale" when the driver stops before the work runs (no fault of the peer).
    let outcome: "applied" | "stale" | "invalid" = "stale";
    return this.enqueue(async () => {
      const h = block.header.height;
      // Consensus may have committed this height while the block was on its way.
      if (h !== this.tipHeight() + 1) return;
      const blockId = this.blockIdOf(block);
      const reason = this.invalidReason(block);
      try {
        if (reason) throw new Error(reason);
        verifyCommit(this.opts.chainId, this.validatorSetAt(h), blockId, h, commit);
      } catch (err) {
        this.logger.warn("rejected synced block", { height: h, err: errorMessage(err) });
        outcome = "invalid";
        return;
      }
      await this.node.applyBlock(block, this.seal(block), commit);
      this.logger.info("synced block", { height: h });
      outcome = "applied";
      // The machine was running an older height: move it to the new tip.
      if (this.machineHeight <= h) await this.startHeight(h + 1);
    }).then(() => outcome);
  }
}
