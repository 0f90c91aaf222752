import {
  type Commit,
  type ConsensusEffect,
  ConsensusError,
  type ConsensusEvent,
  type ConsensusMachine,
  createConsensusMachine,
  createReplaySigner,
  createSignGuard,
  type DuplicateVoteEvidence,
  entriesKeptAtStart,
  isNilBlockId,
  MemorySignStateStore,
  nilBlockId,
  type Proposal,
  planReplay,
  replayEvents,
  type SignedMessage,
  type TimeoutConfig,
  type ValidatorSet,
  type Vote,
  verifyCommit,
  type WalEntry,
} from "../../../../../chain/core/consensus/index.js";
import {
  CHAIN_ID,
  GENESIS_TIME,
  hex,
  MS,
  makeValidators,
  type TestBlock,
  type TestValidator,
  testBlockId,
  testBlocks,
} from "../helpers.js";

/**
 * A deterministic in-memory network of consensus machines: a simulated clock, a priority queue of
 * deliveries and timers, a pluggable link policy (latency, drops, partitions) and a pull-gossip
 * repair loop. The same seed gives the same run. Meant to be reused: the networking code can swap
 * the link policy for its reactor, and any test can read the decisions per height.
 */

/** A consensus message on the wire of the simulation. */
export type SimMessage =
  | { readonly type: "proposal"; readonly proposal: Proposal; readonly block: TestBlock }
  | { readonly type: "vote"; readonly vote: Vote };

/** Context of one send, for a {@link LinkPolicy}. */
export interface LinkContext {
  readonly from: number;
  readonly to: number;
  readonly message: SimMessage;
  readonly nowMs: number;
  /** The simulation's seeded PRNG in [0, 1). */
  readonly random: () => number;
}

/** Decides a message's fate: its delay in ms, or "drop". */
export type LinkPolicy = (ctx: LinkContext) => number | "drop";

/** Uniform latency in [minMs, maxMs]. */
export function uniformLatency(minMs = 5, maxMs = 40): LinkPolicy {
  return ({ random }) => minMs + Math.floor(random() * (maxMs - minMs + 1));
}

/** Drops a fraction `rate` of the messages `inner` would deliver. */
export function withDrops(rate: number, inner: LinkPolicy = uniformLatency()): LinkPolicy {
  return (ctx) => (ctx.random() < rate ? "drop" : inner(ctx));
}

/** Drops every message between different `groups` while `fromMs ≤ now < untilMs`. */
export function withPartition(
  groups: readonly (readonly number[])[],
  fromMs: number,
  untilMs: number,
  inner: LinkPolicy = uniformLatency(),
): LinkPolicy {
  const groupOf = (n: number) => groups.findIndex((g) => g.includes(n));
  return (ctx) => {
    const cut = ctx.nowMs >= fromMs && ctx.nowMs < untilMs && groupOf(ctx.from) !== groupOf(ctx.to);
    return cut ? "drop" : inner(ctx);
  };
}

/** Options of {@link SimNetwork}. */
export interface SimOptions {
  /** Voting powers, in validator-set order (node i is validator i). */
  readonly powers: readonly bigint[];
  /** Validators that never run (crashed from the start). */
  readonly silent?: readonly number[];
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /** Link policy (default uniform 5–40 ms). */
  readonly link?: LinkPolicy;
  /** Every node pulls missing current-height messages from its peers this often (default 200 ms). */
  readonly gossipIntervalMs?: number;
  /** Consensus timeouts (default: short ones, see {@link SIM_TIMEOUTS}). */
  readonly timeouts?: Partial<TimeoutConfig>;
  /**
   * Byzantine validators that equivocate: every vote they cast goes to even-indexed peers, and a
   * conflicting one (nil ↔ a made-up block) to odd-indexed peers.
   */
  readonly equivocators?: readonly number[];
  /**
   * Crashes: at `atMs` the node's process dies (its machine and pending timers are gone, messages
   * to it are lost); `downMs` later it restarts from its WAL and sign state, as a real host does.
   */
  readonly restarts?: readonly { readonly node: number; readonly atMs: number; readonly downMs: number }[];
}

/** Timeouts the simulation uses by default (ms): small, so runs take little simulated time. */
export const SIM_TIMEOUTS: TimeoutConfig = {
  propose: 300,
  proposeDelta: 100,
  prevote: 150,
  prevoteDelta: 50,
  precommit: 150,
  precommitDelta: 50,
  commit: 50,
};

/** One decision of one node. */
export interface SimDecision {
  readonly node: number;
  readonly height: number;
  readonly round: number;
  readonly blockIdHex: string;
  readonly block: TestBlock;
  readonly commit: Commit;
  readonly atMs: number;
}

interface SimNode {
  readonly index: number;
  readonly val: TestValidator;
  machine: ConsensusMachine<TestBlock>;
  /** The node's WAL (in memory; survives crashes) and durable sign state. */
  wal: WalEntry<TestBlock>[];
  readonly signState: MemorySignStateStore;
  /** Process incarnation: timers of an older one are void. */
  generation: number;
  down: boolean;
  /** Validator set of every height this node started. */
  readonly sets: Map<number, ValidatorSet>;
  /** Messages (sent or accepted) by height, for gossip and catch-up. */
  readonly store: Map<number, Map<string, SimMessage>>;
  /** Ids of messages delivered to this node. */
  readonly delivered: Set<string>;
  height: number;
  lastBlockTime: bigint;
}

type QueueItem =
  | {
      readonly at: number;
      readonly seq: number;
      readonly kind: "deliver";
      readonly to: number;
      readonly msg: SimMessage;
    }
  | {
      readonly at: number;
      readonly seq: number;
      readonly kind: "event";
      readonly to: number;
      readonly generation: number;
      readonly event: ConsensusEvent<TestBlock>;
    }
  | { readonly at: number; readonly seq: number; readonly kind: "gossip"; readonly to: number }
  | { readonly at: number; readonly seq: number; readonly kind: "crash" | "restart"; readonly to: number };

type QueueItemInput = QueueItem extends infer T ? (T extends QueueItem ? Omit<T, "seq"> : never) : never;

// A binary min-heap on (at, seq): equal times run in insertion order, so runs are deterministic.
class Queue {
  private readonly items: QueueItem[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: QueueItem): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): QueueItem | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
  private less(x: QueueItem, y: QueueItem): boolean {
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
}

function messageId(m: SimMessage): string {
  return hex(m.type === "vote" ? m.vote.signature : m.proposal.signature);
}

function messageHeight(m: SimMessage): number {
  return m.type === "vote" ? m.vote.height : m.proposal.height;
}

/** A simulated network of validators running the consensus machine. */
export class SimNetwork {
  /** Every decision, in the order they happened. */
  readonly decisions: SimDecision[] = [];
  /** The last commit each `createBlock` asked a proposer to put in its block, in order. */
  readonly proposedLastCommits: { node: number; height: number; round: number; commit: Commit }[] = [];
  /** Evidence effects seen, by node. */
  readonly evidence: { node: number; evidence: DuplicateVoteEvidence }[] = [];
  /** Messages a node rejected (should stay 0 with honest nodes). */
  rejected = 0;
  /** Sign refusals (should stay 0 without restarts). */
  signRefused = 0;
  /** Simulated time, ms. */
  nowMs = 0;

  private readonly nodes: (SimNode | undefined)[];
  private readonly genesisSet: ValidatorSet;
  private readonly queue = new Queue();
  private readonly link: LinkPolicy;
  private readonly gossipMs: number;
  private readonly equivocators: Set<number>;
  private readonly timeouts: TimeoutConfig;
  private readonly restarts: NonNullable<SimOptions["restarts"]>;
  private seq = 0;
  private rng: number;

  constructor(opts: SimOptions) {
    this.rng = (opts.seed ?? 1) >>> 0 || 1;
    this.link = opts.link ?? uniformLatency();
    this.gossipMs = opts.gossipIntervalMs ?? 200;
    this.equivocators = new Set(opts.equivocators ?? []);
    const { set, vals } = makeValidators(opts.powers);
    this.genesisSet = set;
    const silent = new Set(opts.silent ?? []);
    this.timeouts = { ...SIM_TIMEOUTS, ...opts.timeouts };
    this.restarts = opts.restarts ?? [];
    this.nodes = vals.map((val, index) => {
      if (silent.has(index)) return undefined;
      const signState = new MemorySignStateStore();
      return {
        index,
        val,
        machine: this.newMachine(val, signState, []),
        wal: [],
        signState,
        generation: 0,
        down: false,
        sets: new Map([[1, set]]),
        store: new Map(),
        delivered: new Set(),
        height: 1,
        lastBlockTime: 0n,
      };
    });
  }

  /** Restarts performed so far. */
  restartsDone = 0;

  private newMachine(
    val: TestValidator,
    signState: MemorySignStateStore,
    recorded: readonly SignedMessage[],
  ): ConsensusMachine<TestBlock> {
    // The host's signer stack: key → sign guard (durable last-sign state) → WAL replay.
    const signer = createReplaySigner(createSignGuard(val.signer, signState), recorded);
    return createConsensusMachine<TestBlock>({
      chainId: CHAIN_ID,
      blocks: testBlocks,
      genesisTime: GENESIS_TIME,
      signer: this.equivocators.has(val.index) ? val.signer : signer,
      timeouts: this.timeouts,
    });
  }

  /** The seeded PRNG (mulberry32), shared by every policy so a run is reproducible. */
  random = (): number => {
    this.rng = (this.rng + 0x6d2b79f5) >>> 0;
    let t = this.rng;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** Indices of the nodes that run. */
  get live(): number[] {
    return this.nodes.filter((n) => n !== undefined).map((n) => n.index);
  }

  /** Height each live node is working on. */
  heights(): number[] {
    return this.nodes.filter((n) => n !== undefined).map((n) => n.height);
  }

  /**
   * Starts every live node at height 1 and runs until every live node decided `untilHeight`, or
   * simulated time passes `maxMs`.
   */
  run(untilHeight: number, maxMs: number): void {
    for (const node of this.nodes) {
      if (node === undefined) continue;
      this.enqueue({ kind: "event", to: node.index, at: 0, generation: 0, event: this.startEvent(node, 1) });
      this.enqueue({ kind: "gossip", to: node.index, at: this.gossipMs });
    }
    for (const r of this.restarts) {
      this.enqueue({ kind: "crash", to: r.node, at: r.atMs });
      this.enqueue({ kind: "restart", to: r.node, at: r.atMs + r.downMs });
    }
    const done = () => this.nodes.every((n) => n === undefined || n.height > untilHeight);
    while (this.queue.size > 0 && !done()) {
      const item = this.queue.pop()!;
      if (item.at > maxMs) break;
      this.nowMs = item.at;
      const node = this.nodes[item.to];
      if (node === undefined) continue;
      if (item.kind === "crash") this.crash(node);
      else if (item.kind === "restart") this.restart(node);
      else if (node.down) {
        if (item.kind === "gossip")
          this.enqueue({ kind: "gossip", to: node.index, at: this.nowMs + this.gossipMs });
      } else if (item.kind === "deliver") this.deliver(node, item.msg);
      // Timers and starts carry the time they fire at; a dead incarnation's timers are void.
      else if (item.kind === "event") {
        if (item.generation === node.generation) this.handle(node, { ...item.event, now: this.now() });
      } else this.gossip(node);
    }
  }

  /**
   * The commit each node would have stored for each height it decided (`node/height` → commit):
   * the decision's, replaced by a `commitUpdated` one.
   */
  storedCommits(): Map<string, Commit> {
    const out = new Map<string, Commit>();
    for (const d of this.decisions) out.set(`${d.node}/${d.height}`, d.commit);
    for (const u of this.commitUpdates) out.set(`${u.node}/${u.height}`, u.commit);
    return out;
  }

  private readonly commitUpdates: { node: number; height: number; commit: Commit }[] = [];

  /** Decisions grouped by height: height → node → block id hex. */
  decisionsByHeight(): Map<number, Map<number, string>> {
    const out = new Map<number, Map<number, string>>();
    for (const d of this.decisions) {
      const m = out.get(d.height) ?? new Map<number, string>();
      out.set(d.height, m);
      m.set(d.node, d.blockIdHex);
    }
    return out;
  }

  /**
   * Checks agreement and validity of every decision: one block per height across all nodes, each
   * commit verifying against that height's validator set.
   * @throws Error describing the first violation.
   */
  checkSafety(): void {
    for (const [height, byNode] of this.decisionsByHeight()) {
      const distinct = new Set(byNode.values());
      if (distinct.size > 1) throw new Error(`conflicting decisions at height ${height}`);
    }
    for (const d of this.decisions) {
      verifyCommit(
        CHAIN_ID,
        this.nodes[d.node]!.sets.get(d.height)!,
        testBlockId(d.block),
        d.height,
        d.commit,
      );
    }
  }

  private now(): bigint {
    return GENESIS_TIME + BigInt(this.nowMs) * MS;
  }

  private enqueue(item: QueueItemInput): void {
    this.queue.push({ ...item, seq: this.seq++ } as QueueItem);
  }

  private startEvent(
    node: SimNode,
    height: number,
    last?: { commit: Commit; set: ValidatorSet },
  ): ConsensusEvent<TestBlock> {
    return {
      type: "start",
      height,
      validatorSet: node.sets.get(height)!,
      ...(last !== undefined && { lastCommit: last.commit, lastValidatorSet: last.set }),
      now: this.now(),
    };
  }

  private remember(node: SimNode, msg: SimMessage): void {
    const h = messageHeight(msg);
    const m = node.store.get(h) ?? new Map<string, SimMessage>();
    node.store.set(h, m);
    m.set(messageId(msg), msg);
    // Kept for every height: a lagging peer catches up from it, as block sync would let it.
  }

  private send(from: SimNode, to: number, msg: SimMessage): void {
    const target = this.nodes[to];
    if (target === undefined || target.delivered.has(messageId(msg))) return;
    const fate = this.link({ from: from.index, to, message: msg, nowMs: this.nowMs, random: this.random });
    if (fate === "drop") return;
    this.enqueue({ kind: "deliver", to, at: this.nowMs + fate, msg });
  }

  private deliver(node: SimNode, msg: SimMessage): void {
    const id = messageId(msg);
    if (node.delivered.has(id)) return;
    // The machine keeps messages of its height and the next one only; anything further ahead is
    // lost to it, so it must stay eligible for gossip later (as a real peer's would).
    const machineHeight = node.machine.roundState()?.height ?? 1;
    if (messageHeight(msg) > machineHeight + 1) return;
    node.delivered.add(id);
    const event: ConsensusEvent<TestBlock> =
      msg.type === "vote"
        ? { type: "vote", vote: msg.vote, now: this.now() }
        : { type: "proposal", proposal: msg.proposal, block: msg.block, now: this.now() };
    try {
      this.handle(node, event);
      this.remember(node, msg);
    } catch (err) {
      if (!(err instanceof ConsensusError)) throw err;
      this.rejected++;
    }
  }

  // Pull gossip: ask every peer for the messages of my height I have not received.
  private gossip(node: SimNode): void {
    for (const peer of this.nodes) {
      if (peer === undefined || peer === node) continue;
      for (const msg of peer.store.get(node.height)?.values() ?? []) this.send(peer, node.index, msg);
    }
    this.enqueue({ kind: "gossip", to: node.index, at: this.nowMs + this.gossipMs });
  }

  // The host loop of handleDurably, on an in-memory WAL: record the event, handle it, record the
  // signed messages, then perform the effects.
  private handle(node: SimNode, event: ConsensusEvent<TestBlock>): void {
    const entry: WalEntry<TestBlock> = { kind: "event", event };
    if (event.type === "start") node.wal = entriesKeptAtStart(node.wal, entry, event.height);
    else node.wal.push(entry);
    const effects = node.machine.handle(event);
    for (const e of effects) {
      if (e.type === "broadcastVote")
        node.wal.push({ kind: "signed", message: { type: "vote", vote: e.vote } });
      if (e.type === "broadcastProposal") {
        node.wal.push({ kind: "signed", message: { type: "proposal", proposal: e.proposal } });
      }
    }
    for (const e of effects) this.perform(node, e);
  }

  private crash(node: SimNode): void {
    node.down = true;
    node.generation++;
  }

  // A restart: a fresh machine replays the WAL of the height after the last stored block, then the
  // host performs the replay's effects (re-broadcasts, timers), skipping decisions already stored.
  private restart(node: SimNode): void {
    node.down = false;
    this.restartsDone++;
    // Peers re-send what a reconnecting node lacks; it starts with nothing delivered.
    node.delivered.clear();
    const plan = planReplay(node.wal, node.height);
    node.machine = this.newMachine(node.val, node.signState, plan.signed);
    if (plan.events.length === 0) {
      this.handle(node, this.startEvent(node, node.height, this.lastOf(node)));
      return;
    }
    const { effects } = replayEvents(node.machine, plan.events);
    for (const e of effects) {
      if (e.type === "decide" && e.height < node.height) continue;
      this.perform(node, e);
    }
  }

  private lastOf(node: SimNode): { commit: Commit; set: ValidatorSet } | undefined {
    const d = this.decisions.findLast((x) => x.node === node.index && x.height === node.height - 1);
    return d === undefined ? undefined : { commit: d.commit, set: node.sets.get(d.height)! };
  }

  private perform(node: SimNode, e: ConsensusEffect<TestBlock>): void {
    switch (e.type) {
      case "broadcastProposal":
      case "broadcastVote": {
        const msg: SimMessage =
          e.type === "broadcastVote"
            ? { type: "vote", vote: e.vote }
            : { type: "proposal", proposal: e.proposal, block: e.block };
        node.delivered.add(messageId(msg));
        this.remember(node, msg);
        const twin =
          e.type === "broadcastVote" && this.equivocators.has(node.index)
            ? this.twin(node, e.vote)
            : undefined;
        if (twin !== undefined) this.remember(node, twin);
        for (const peer of this.nodes) {
          if (peer === undefined || peer === node) continue;
          this.send(node, peer.index, twin !== undefined && peer.index % 2 === 1 ? twin : msg);
        }
        return;
      }
      case "scheduleTimeout":
        this.enqueue({
          kind: "event",
          to: node.index,
          generation: node.generation,
          at: this.nowMs + e.durationMs,
          event: { type: "timeout", height: e.height, round: e.round, step: e.step, now: 0n },
        });
        return;
      case "createBlock": {
        if (e.lastCommit !== undefined) {
          this.proposedLastCommits.push({
            node: node.index,
            height: e.height,
            round: e.round,
            commit: e.lastCommit,
          });
        }
        const block: TestBlock = {
          height: e.height,
          time: e.time,
          proposer: `v${node.index}`,
          payload: `r${e.round}`,
        };
        this.handle(node, { type: "blockCreated", height: e.height, round: e.round, block, now: this.now() });
        return;
      }
      case "validateBlock": {
        // valid(v): right height, and BFT time strictly after the previous block.
        const valid = e.block.height === e.height && e.block.time > node.lastBlockTime;
        this.handle(node, {
          type: "blockValidated",
          height: e.height,
          blockId: e.blockId,
          valid,
          now: this.now(),
        });
        return;
      }
      case "decide": {
        this.decisions.push({
          node: node.index,
          height: e.height,
          round: e.round,
          blockIdHex: hex(e.blockId.hash),
          block: e.block,
          commit: e.commit,
          atMs: this.nowMs,
        });
        // "Execute" the block, then hand the machine the next height (it waits out timeout_commit).
        const set = node.sets.get(e.height)!;
        node.sets.set(e.height + 1, set.incrementProposerPriority(1));
        node.height = e.height + 1;
        node.lastBlockTime = e.block.time;
        this.handle(node, this.startEvent(node, e.height + 1, { commit: e.commit, set }));
        return;
      }
      case "commitUpdated":
        this.commitUpdates.push({ node: node.index, height: e.height, commit: e.commit });
        return;
      case "evidence":
        this.evidence.push({ node: node.index, evidence: e.evidence });
        return;
      case "signRefused":
        this.signRefused++;
        return;
      case "stepChanged":
        return;
    }
  }

  // A conflicting vote for the same height/round/type, signed with the same key (no sign guard).
  private twin(node: SimNode, vote: Vote): SimMessage {
    const fake = testBlockId({
      height: vote.height,
      time: 0n,
      proposer: "byzantine",
      payload: `r${vote.round}`,
    });
    const blockId = isNilBlockId(vote.blockId) ? fake : nilBlockId();
    const { signature: _, ...unsigned } = vote;
    return { type: "vote", vote: node.val.signer.signVote(CHAIN_ID, { ...unsigned, blockId }) };
  }

  /** The genesis validator set. */
  get validatorSet(): ValidatorSet {
    return this.genesisSet;
  }
}
