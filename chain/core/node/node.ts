import type { App } from "../app/app.js";
import type { BlockInfo } from "../app/context.js";
import { SdkCode } from "../app/errors.js";
import { BlockStore, BlockStoreError, BlockStoreErrorCode } from "../blockstore/index.js";
import { blockIdEquals, ValidatorSet } from "../consensus/index.js";
import type { DuplicateVoteEvidence } from "../consensus/types.js";
import { toHexUpper } from "../crypto/index.js";
import { type Logger, nullLogger } from "../log/index.js";
import { Mempool } from "../mempool/index.js";
import type {
  BlockResults,
  CheckTxResult,
  EventQuery,
  IndexedTx,
  NodeEvents,
  RpcBackend,
} from "../rpc/backend.js";
import { RpcError, RpcErrorCode } from "../rpc/index.js";
import {
  CommitStore,
  computeStateRoot,
  type Database,
  MemKVStore,
  openDatabase,
  proveInState,
  type StateProof,
} from "../store/index.js";
import { txHash } from "../tx/index.js";
import type {
  Block,
  BlockId,
  Commit,
  CommittedBlock,
  QueryResult,
  TxResult,
  ValidatorInfo,
} from "../types/index.js";
import {
  assertGenesisValidators,
  type GenesisDoc,
  genesisTimeNs,
  genesisValidators,
  NodeError,
  NodeErrorCode,
  type Validator,
} from "./genesis.js";
import { openHomeDatabase } from "./homeLock.js";
import { buildBlock, type ChainTip, consensusParamsHash, executionInfo } from "./producer.js";
import { queryGetTx, queryRawStore, simulateQuery } from "./queries.js";
import { TxWaiters } from "./txWaiters.js";
import { ValidatorSchedule } from "./validatorSchedule.js";

/** Builds a layer's application (module set) for a chain id. */
export type MakeNodeApp = (chainId: string, logger: Logger) => App;

/** Options of {@link ChainNode.open}. */
export interface NodeOptions {
  /** Node home; the database lives in `home/data`. */
  home: string;
  genesis: GenesisDoc;
  /** The genesis file text, served verbatim by the `genesis` RPC. */
  genesisText: string;
  /** Builds the layer's application (module set) for a chain id. */
  makeApp: MakeNodeApp;
  mempool: { maxTxs: number; maxBytes: number };
  /** Index entries one `tx_search` may read (default the block store's). */
  maxSearchScan?: number;
}

/** Services injected into the node (so tests and benchmarks can pin them). */
export interface NodeDeps {
  logger: Logger;
  /** Wall clock in ns since the epoch; read only to timestamp a proposal, never by the state transition. */
  clock: () => bigint;
  /** Opens the node's database; default LevelDB at `home/data`. */
  openDb?: (path: string) => Promise<Database>;
}

/**
 * The chain data a node serves over RPC (everything but what needs the network: `status`,
 * `net_info`, the unsafe controls). `NodeRpcBackend` adds those.
 */
export type ChainRpcSource = Omit<RpcBackend, "status" | "netInfo" | "unsafe">;

/**
 * Block execution and the chain tip of one chain, whatever its module set: state store, block
 * store, mempool and application. It proposes, checks and applies blocks for whichever driver
 * decides them (`SoloProducer` or `BftDriver`), admits and rechecks txs, resolves tx waiters and
 * notifies subscribers. It never opens a socket or a timer: the drivers and the RPC backend do.
 */
export class ChainNode implements ChainRpcSource {
  readonly chainId: string;
  private readonly app: App;
  private readonly mempool: Mempool;
  private readonly validatorSchedule: ValidatorSchedule;
  private readonly genesisSet: Validator[];
  private readonly listeners = new Set<Partial<NodeEvents>>();
  private readonly admissionListeners = new Set<(tx: Uint8Array) => void>();
  private readonly waiters = new TxWaiters();
  private tip!: ChainTip;
  private committing: Promise<unknown> | undefined;
  private stopped = false;
  private earliest: CommittedBlock | undefined;

  private constructor(
    private readonly opts: NodeOptions,
    private readonly deps: NodeDeps,
    private readonly db: Database,
    private readonly store: CommitStore,
    private readonly blocks: BlockStore,
  ) {
    this.chainId = opts.genesis.chainId;
    this.app = opts.makeApp(this.chainId, deps.logger);
    this.mempool = new Mempool(opts.mempool);
    this.genesisSet = genesisValidators(opts.genesis);
    this.validatorSchedule = new ValidatorSchedule(
      ValidatorSet.create(this.genesisSet.map((v) => ({ pubKey: v.pubKey, votingPower: v.votingPower }))),
    );
    this.app.registerQuery("/cosmos.tx.v1beta1.Service/Simulate", (_ctx, req) =>
      simulateQuery(
        this.app,
        this.store.working(),
        this.blockInfo(this.tip.height + 1, this.tip.lastTimeNs),
        req,
      ),
    );
  }

  /**
   * Opens (or initialises from genesis) a node. Nothing is produced until a driver runs it.
   * @throws NodeError when the stored chain does not match the genesis; `homeInUse` (naming the
   *   pid of `<home>/node.pid`) when another process holds the database.
   */
  static async open(opts: NodeOptions, deps: NodeDeps): Promise<ChainNode> {
    const db = await openHomeDatabase(opts.home, deps.openDb ?? openDatabase);
    try {
      const store = await CommitStore.open(db);
      const blocks = await BlockStore.open(
        db,
        opts.maxSearchScan !== undefined ? { maxSearchScan: opts.maxSearchScan } : {},
      );
      const node = new ChainNode(opts, deps, db, store, blocks);
      await node.load();
      return node;
    } catch (err) {
      await db.close();
      throw err;
    }
  }

  private async load(): Promise<void> {
    const { genesis } = this.opts;
    const height = this.blocks.latestHeight();
    if (this.store.lastHeight !== height) {
      throw new NodeError(
        NodeErrorCode.stateMismatch,
        `state height ${this.store.lastHeight} != block height ${height}`,
      );
    }
    let appHash = this.store.lastRoot;
    if (height === 0) {
      // InitChain: the genesis state stays pending and is committed together with block 1; its
      // root is block 1's app hash. A crash before block 1 simply re-runs InitChain.
      const initial = this.app.initChain(
        this.store.working(),
        this.blockInfo(0, genesisTimeNs(genesis)),
        genesis.appState,
      );
      assertGenesisValidators(initial, this.genesisSet);
      appHash = computeStateRoot(this.store.working().iterate(new Uint8Array()));
      this.deps.logger.info("initialised chain from genesis", {
        chainId: this.chainId,
        appHash: toHexUpper(appHash),
      });
    }
    for (const [h, updates] of await this.blocks.validatorUpdates())
      this.validatorSchedule.record(h, updates);
    const lastBlock = height > 0 ? await this.blocks.getBlock(height) : undefined;
    if (lastBlock && lastBlock.block.header.chainId !== this.chainId) {
      throw new NodeError(
        NodeErrorCode.stateMismatch,
        `stored chain id ${lastBlock.block.header.chainId} != genesis ${this.chainId}`,
      );
    }
    this.tip = {
      chainId: this.chainId,
      height,
      lastBlock,
      lastCommit: height > 0 ? await this.blocks.seenCommit() : undefined,
      lastResults: height > 0 ? ((await this.blocks.getResults(height))?.txResults ?? []) : [],
      appHash,
      lastTimeNs: lastBlock?.block.header.timeNs ?? genesisTimeNs(genesis),
      consensusHash: consensusParamsHash(genesis.consensusParams),
    };
    this.earliest = height > 0 ? await this.blocks.getBlock(this.blocks.baseHeight()) : undefined;
    this.deps.logger.info("node loaded", { chainId: this.chainId, height, appHash: toHexUpper(appHash) });
  }

  /** Refuses new txs, waits for a block being written, and closes the database. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.committing?.catch(() => undefined);
    await this.db.close();
  }

  /** The next block from the mempool, at `timeNs`, carrying `lastCommit`, proposed by `proposer`. */
  proposeBlock(
    timeNs: bigint,
    lastCommit: Commit | undefined,
    proposer: Uint8Array,
    evidence: DuplicateVoteEvidence[] = [],
  ): Block {
    const { maxTxs, maxBytes } = this.opts.genesis.consensusParams.block;
    const txs = this.mempool.reap(maxTxs, maxBytes);
    return buildBlock(
      this.tip,
      txs,
      timeNs,
      this.setsFor(this.tip.height + 1),
      proposer,
      lastCommit,
      evidence,
    );
  }

  /**
   * The reason a proposed block cannot follow the tip, or undefined when its header is consistent
   * with this node's chain: height, chain id, previous block, app hash, results, data, validators.
   * (Its time and last commit are checked by the consensus driver, which knows the vote sets.)
   */
  checkProposal(block: Block): string | undefined {
    const h = block.header;
    const expected = buildBlock(
      this.tip,
      block.txs,
      h.timeNs,
      this.setsFor(this.tip.height + 1),
      h.proposerAddress,
      block.lastCommit,
      block.evidence,
    ).header;
    if (h.height !== expected.height) return `height ${h.height}, expected ${expected.height}`;
    if (h.chainId !== expected.chainId) return `chain id ${h.chainId}`;
    const fields = [
      "lastCommitHash",
      "dataHash",
      "validatorsHash",
      "nextValidatorsHash",
      "consensusHash",
      "appHash",
      "lastResultsHash",
      "evidenceHash",
    ] as const;
    for (const f of fields) if (Buffer.compare(h[f], expected[f]) !== 0) return `${f} mismatch`;
    if (Buffer.compare(h.lastBlockId.hash, expected.lastBlockId.hash) !== 0) return "last block id mismatch";
    if (h.version.block !== expected.version.block || h.version.app !== expected.version.app)
      return "version mismatch";
    return undefined;
  }

  /**
   * Executes a decided block and commits it with its commit: state, block, results and tx index
   * in one atomic batch; then mempool recheck and subscriber notifications. Queries wait for it.
   * @throws whatever the store throws; nothing is then written and the tip is unchanged.
   */
  applyBlock(
    block: Block,
    sealed: { encoded: Uint8Array; blockId: BlockId },
    commit: Commit,
  ): Promise<CommittedBlock> {
    const applying = this.execute(block, sealed, commit);
    const tracked = applying.finally(() => {
      if (this.committing === tracked) this.committing = undefined;
    });
    this.committing = tracked;
    return applying;
  }

  private async execute(
    block: Block,
    sealed: { encoded: Uint8Array; blockId: BlockId },
    commit: Commit,
  ): Promise<CommittedBlock> {
    const { encoded, blockId } = sealed;
    const { header } = block;
    const executed = this.app.execBlock(
      this.store.working(),
      executionInfo(
        this.chainId,
        block,
        header.height > 1 ? this.validatorSchedule.setAt(header.height - 1) : undefined,
      ),
      block.txs,
    );
    const results = {
      height: header.height,
      txResults: executed.txResults,
      finalizeBlockEvents: executed.blockEvents,
    };
    const ops = this.blocks.saveOps(block, blockId, encoded, results, commit, executed.validatorUpdates);
    let appHash: Uint8Array;
    try {
      appHash = await this.store.commit(header.height, ops);
    } catch (err) {
      // Nothing was written: drop the executed writes so the next attempt starts clean.
      this.store.discardPending();
      throw err;
    }
    const committed: CommittedBlock = { block, blockId };
    this.blocks.markCommitted(committed);
    this.validatorSchedule.record(header.height, executed.validatorUpdates);
    this.earliest ??= committed;
    this.tip = {
      ...this.tip,
      height: header.height,
      lastBlock: committed,
      lastCommit: commit,
      lastResults: executed.txResults,
      appHash,
      lastTimeNs: header.timeNs,
    };
    this.afterCommit(committed, { ...results, appHash });
    return committed;
  }

  /**
   * Stores `commit` as the tip block's seen commit when it is a commit of that block (the
   * consensus machine completes it with precommits that arrived during timeout_commit); a commit
   * of any other height or block is ignored.
   * @throws the LevelDB error if the write fails (the tip keeps its commit).
   */
  async updateSeenCommit(commit: Commit): Promise<void> {
    await this.committing?.catch(() => undefined);
    const last = this.tip.lastBlock;
    if (commit.height !== this.tip.height || !last || !blockIdEquals(last.blockId, commit.blockId)) return;
    await this.blocks.saveSeenCommit(commit);
    this.tip = { ...this.tip, lastCommit: commit };
  }

  /** The stored block at `height` with the commit that finalised it (for block sync). */
  async blockWithCommit(
    height: number,
  ): Promise<{ block: CommittedBlock; encoded: Uint8Array; commit: Commit } | undefined> {
    const found = await this.getCommit(height);
    const encoded = await this.blocks.getEncodedBlock(height);
    if (!found || !encoded) return undefined;
    return { block: { block: found.block, blockId: found.blockId }, encoded, commit: found.commit };
  }

  /**
   * Block `height` as the child-chain batcher posts it to the parent (ROLLUP.md): its stored SSZ
   * bytes, the SSZ commit that finalised it (the canonical commit from block height+1, or this
   * node's seen commit for the tip), and, when `proveKey` is given, a state proof of that key
   * against the block header's `appHash`: the state after height−1, or for height 1 the genesis
   * state (never committed on its own: it is rebuilt by running InitChain on a scratch store).
   * Undefined when the block or its commit is not stored.
   * @throws NodeError(stateMismatch) when the rebuilt genesis state's root is not block 1's app hash
   */
  async blockForBatch(
    height: number,
    proveKey?: Uint8Array,
  ): Promise<{ block: Uint8Array; commit: Commit; proof: StateProof | undefined } | undefined> {
    await this.committing?.catch(() => undefined);
    const found = await this.blockWithCommit(height);
    if (!found) return undefined;
    if (!proveKey) return { block: found.encoded, commit: found.commit, proof: undefined };
    const appHash = found.block.block.header.appHash;
    let proof: StateProof;
    if (height === 1) {
      proof = { ...this.genesisProof(proveKey), height: 0 };
    } else {
      proof = await this.store.prove(proveKey, height - 1);
    }
    if (Buffer.compare(proof.root, appHash) !== 0) {
      throw new NodeError(
        NodeErrorCode.stateMismatch,
        `state root proven for block ${height} (${toHexUpper(proof.root)}) is not its app hash ${toHexUpper(appHash)}`,
      );
    }
    return { block: found.encoded, commit: found.commit, proof };
  }

  private genesisState: [Uint8Array, Uint8Array][] | undefined;

  // The genesis state, rebuilt once with a fresh application (InitChain is deterministic).
  private genesisProof(key: Uint8Array): Omit<StateProof, "height"> {
    if (!this.genesisState) {
      const scratch = new MemKVStore();
      const app = this.opts.makeApp(this.chainId, nullLogger);
      // As load() runs it before block 1: height 0, genesis time, no proposer yet.
      const info = {
        chainId: this.chainId,
        height: 0,
        timeNs: genesisTimeNs(this.opts.genesis),
        proposer: new Uint8Array(20),
      };
      app.initChain(scratch, info, this.opts.genesis.appState);
      this.genesisState = [...scratch.iterate(new Uint8Array())];
    }
    return proveInState(this.genesisState, key);
  }

  /** The chain tip this node builds on (height, last block and commit, app hash, time). */
  chainTip(): Readonly<ChainTip> {
    return this.tip;
  }

  /** The earliest stored block (undefined before block 1). */
  earliestBlock(): CommittedBlock | undefined {
    return this.earliest;
  }

  private afterCommit(committed: CommittedBlock, results: BlockResults): void {
    const { block } = committed;
    const hashes = block.txs.map((tx) => Buffer.from(txHash(tx)).toString("hex"));
    this.mempool.remove(hashes);
    // Recheck what is left against the new state: sequences moved on, balances changed.
    this.app.resetCheckState();
    const failed: string[] = [];
    for (const tx of this.mempool.list()) {
      const r = this.app.checkTx(
        this.store.working(),
        this.blockInfo(block.header.height + 1, block.header.timeNs),
        tx.bytes,
      );
      if (r.code !== 0) failed.push(tx.hashHex);
    }
    this.mempool.remove(failed);
    this.deps.logger.info("committed block", {
      height: block.header.height,
      txs: block.txs.length,
      appHash: toHexUpper(results.appHash),
    });
    const indexed = block.txs.map((tx, index) => ({
      hash: txHash(tx),
      height: block.header.height,
      index,
      tx,
      result: results.txResults[index]!,
    }));
    for (const l of this.listeners) l.newBlock?.(committed, results);
    for (const itx of indexed) {
      this.waiters.resolve(hashes[itx.index]!, itx);
      for (const l of this.listeners) l.tx?.(itx);
    }
  }

  /** The validator set voting at `height` (staking's updates of block h apply from h+2). */
  validatorSetAt(height: number): ValidatorSet {
    return this.validatorSchedule.setAt(Math.max(1, height));
  }

  private setsFor(height: number): { current: ValidatorSet; next: ValidatorSet } {
    return { current: this.validatorSchedule.setAt(height), next: this.validatorSchedule.setAt(height + 1) };
  }

  // CheckTx, queries and simulation run "after" the tip: the proposer is the tip's (any fixed
  // value would do; it is the same on every node).
  private blockInfo(height: number, timeNs: bigint): BlockInfo {
    const proposer = this.tip?.lastBlock?.block.header.proposerAddress ?? new Uint8Array(20);
    return { chainId: this.chainId, height, timeNs, proposer };
  }

  // ---- chain data served over RPC ----

  abciInfo() {
    return {
      data: "strata",
      version: "0.1.0",
      appVersion: 0n,
      lastBlockHeight: this.tip.height,
      lastBlockAppHash: this.tip.appHash,
    };
  }

  async abciQuery(path: string, data: Uint8Array, height: number, prove: boolean): Promise<QueryResult> {
    // Never answer from a half-committed block.
    await this.committing?.catch(() => undefined);
    const latest = this.tip.height;
    const base: QueryResult = {
      code: 0,
      codespace: "",
      log: "",
      info: "",
      key: new Uint8Array(),
      value: new Uint8Array(),
      height: Math.max(latest, 1),
    };
    if (height !== 0 && height !== latest) {
      return {
        ...base,
        code: SdkCode.invalidHeight,
        codespace: "sdk",
        log: `state at height ${height} is not kept; query the latest height (${latest}): invalid height`,
      };
    }
    if (path === "/cosmos.tx.v1beta1.Service/GetTx") return queryGetTx(this.blocks, base, data);
    const raw = /^\/store\/([a-z0-9_]+)\/key$/.exec(path);
    if (raw) return queryRawStore(this.store, base, raw[1]!, data, prove);
    return {
      ...this.app.query(this.store.working(), this.blockInfo(latest, this.tip.lastTimeNs), path, data),
      height: base.height,
    };
  }

  async broadcastTx(tx: Uint8Array): Promise<CheckTxResult> {
    const hash = txHash(tx);
    const hashHex = Buffer.from(hash).toString("hex");
    const fail = (r: Pick<TxResult, "code" | "codespace" | "log">) => ({
      code: r.code,
      codespace: r.codespace,
      log: r.log,
      hash,
    });
    if (this.stopped) return fail({ code: SdkCode.logic, codespace: "sdk", log: "node is shutting down" });
    try {
      this.mempool.assertRoom(hashHex, tx.length);
    } catch (err) {
      const e = err as { code: number; codespace: string; message: string };
      return fail({ code: e.code, codespace: e.codespace, log: e.message });
    }
    // CheckTx may run while a block is being written: the working state already holds that
    // block, and the commit's recheck revalidates whatever is admitted meanwhile.
    const r = this.app.checkTx(
      this.store.working(),
      this.blockInfo(this.tip.height + 1, this.tip.lastTimeNs),
      tx,
    );
    if (r.code === 0) {
      this.mempool.add({ bytes: tx, hashHex });
      for (const l of this.admissionListeners) l(tx);
    }
    return fail(r);
  }

  async waitForTx(hash: Uint8Array, timeoutMs: number): Promise<IndexedTx> {
    const committed = await this.blocks.getTx(hash);
    if (committed) return committed;
    return this.waiters.wait(Buffer.from(hash).toString("hex"), timeoutMs);
  }

  latestHeight(): number {
    return this.tip.height;
  }

  baseHeight(): number {
    return this.blocks.baseHeight();
  }

  getBlock(height: number) {
    return this.blocks.getBlock(height);
  }

  getBlockByHash(hash: Uint8Array) {
    return this.blocks.getBlockByHash(hash);
  }

  async getBlockResults(height: number): Promise<BlockResults | undefined> {
    const r = await this.blocks.getResults(height);
    const appHash = await this.store.rootAt(height);
    return r && appHash ? { ...r, appHash } : undefined;
  }

  async getCommit(height: number) {
    const b = await this.blocks.getBlock(height);
    if (!b) return undefined;
    if (height === this.tip.height) {
      const commit = this.tip.lastCommit;
      return commit ? { ...b, commit, canonical: false } : undefined;
    }
    const next = await this.blocks.getBlock(height + 1);
    return next ? { ...b, commit: next.block.lastCommit, canonical: true } : undefined;
  }

  getTx(hash: Uint8Array) {
    return this.blocks.getTx(hash);
  }

  /**
   * `tx_search`: the blocks store's indexed search, its work bounded per request.
   * @throws RpcError -32602 naming the bound when the query would read too many index entries.
   */
  async searchTxs(query: EventQuery, page: number, perPage: number, order: "asc" | "desc") {
    try {
      const { txs, total } = await this.blocks.search(query, page, perPage, order);
      return { txs, total };
    } catch (err) {
      // The same query can never be answered: the client must narrow it, hence invalid params.
      if (err instanceof BlockStoreError && err.code === BlockStoreErrorCode.queryTooBroad)
        throw new RpcError(RpcErrorCode.InvalidParams, err.message);
      throw err;
    }
  }

  async validators(height: number): Promise<ValidatorInfo[]> {
    return this.validatorSetAt(height || this.tip.height + 1).validators.map((v) => ({
      address: v.address,
      pubKey: v.pubKey,
      votingPower: v.votingPower,
      proposerPriority: v.proposerPriority,
    }));
  }

  genesis(): string {
    return this.opts.genesisText;
  }

  unconfirmedTxs(limit: number) {
    const all = this.mempool.list();
    return {
      count: Math.min(limit, all.length),
      total: all.length,
      totalBytes: this.mempool.totalBytes,
      txs: all.slice(0, limit).map((t) => t.bytes),
    };
  }

  subscribe(listener: Partial<NodeEvents>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` with every tx admitted to the mempool (mempool gossip). */
  onTxAdmitted(listener: (tx: Uint8Array) => void): () => void {
    this.admissionListeners.add(listener);
    return () => this.admissionListeners.delete(listener);
  }

  /** Number of txs waiting in the mempool. */
  mempoolSize(): number {
    return this.mempool.size;
  }

  /** Genesis export of the current state (for `strata export`). */
  exportState(): Record<string, unknown> {
    return this.app.exportGenesis(this.store.working(), this.blockInfo(this.tip.height, this.tip.lastTimeNs));
  }
}
