import type {
  AbciEvent,
  Block,
  BlockId,
  Commit,
  CommittedBlock,
  QueryResult,
  TxResult,
  ValidatorInfo,
} from "../types/index.js";

/** A condition of a CometBFT event query (`tx.height>5`, `transfer.sender='strata1…'`). */
export interface QueryCondition {
  /** Composite key: `tx.hash`, `tx.height`, or `<event type>.<attribute key>`. */
  key: string;
  op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "EXISTS";
  /** Operand; numbers stay numbers (`tx.height=5`), quoted strings are strings. Absent for EXISTS. */
  value?: string | number;
}

/** A parsed query: the conditions are ANDed. */
export interface EventQuery {
  conditions: QueryCondition[];
}

/** A transaction found in the index. */
export interface IndexedTx {
  /** sha256 of the tx bytes. */
  hash: Uint8Array;
  height: number;
  index: number;
  tx: Uint8Array;
  result: TxResult;
}

/** Results of executing one block. */
export interface BlockResults {
  height: number;
  txResults: TxResult[];
  finalizeBlockEvents: AbciEvent[];
  appHash: Uint8Array;
}

/**
 * A node's self-description as CometBFT's `DefaultNodeInfo` carries it: `status.node_info` for
 * this node, `net_info.peers[].node_info` for each peer (as the peer announced it).
 */
export interface NodeInfo {
  /** p2p node id: 40 lowercase hex digits. */
  id: string;
  /** p2p listen address, `tcp://host:port`. */
  listenAddr: string;
  /** Chain id. */
  network: string;
  /** Software version clients see (CometBFT-compatible, e.g. `0.38.17`). */
  version: string;
  /** Channel ids, hex. */
  channels: string;
  moniker: string;
  protocolVersion: { p2p: bigint; block: bigint; app: bigint };
  /** `other.tx_index`: `on` or `off`. */
  txIndex: string;
  /** `other.rpc_address`: the JSON-RPC listen address, `tcp://host:port`. */
  rpcAddress: string;
}

/** A connected peer as `net_info` reports it. */
export interface PeerStatus {
  nodeInfo: NodeInfo;
  /** True when this node dialed the peer. */
  isOutbound: boolean;
  /** Remote IP of the link. */
  remoteIp: string;
  /** How long the link has been up, ns. */
  connectedNs: bigint;
}

/** `net_info`: whether the node listens for peers, where, and who is connected. */
export interface NetInfo {
  listening: boolean;
  /** CometBFT's form: `Listener(@host:port)`. */
  listeners: string[];
  peers: PeerStatus[];
}

/** What the node reports in `status`. */
export interface NodeStatus {
  nodeInfo: NodeInfo;
  latestBlockHash: Uint8Array;
  latestAppHash: Uint8Array;
  latestBlockHeight: number;
  latestBlockTimeNs: bigint;
  earliestBlockHash: Uint8Array;
  earliestAppHash: Uint8Array;
  earliestBlockHeight: number;
  earliestBlockTimeNs: bigint;
  catchingUp: boolean;
  /** This node's validator key and its power in the current set (0 when it is not in it). */
  validator: { address: Uint8Array; pubKey: Uint8Array; votingPower: bigint };
}

/** Result of CheckTx as `broadcast_tx_sync` returns it. */
export interface CheckTxResult {
  code: number;
  codespace: string;
  log: string;
  /** sha256 of the tx bytes. */
  hash: Uint8Array;
}

/** Events a node publishes to WebSocket subscribers. */
export interface NodeEvents {
  /** A block was committed (with its results). */
  newBlock(block: CommittedBlock, results: BlockResults): void;
  /** A transaction was committed. */
  tx(tx: IndexedTx): void;
}

/**
 * What the JSON-RPC server needs from a chain node. The node implements it; the server owns only
 * the wire format (CometBFT 0.38 JSON), so every layer (L1, L2, L3) serves the same RPC.
 */
export interface RpcBackend {
  status(): NodeStatus;
  abciInfo(): {
    data: string;
    version: string;
    appVersion: bigint;
    lastBlockHeight: number;
    lastBlockAppHash: Uint8Array;
  };
  /** Answers a query; `height` 0 or absent means latest. */
  abciQuery(path: string, data: Uint8Array, height: number, prove: boolean): Promise<QueryResult>;
  /** CheckTx and, when it passes, admission to the mempool. */
  broadcastTx(tx: Uint8Array): Promise<CheckTxResult>;
  /** Resolves once the tx is committed (or rejects after `timeoutMs`). */
  waitForTx(hash: Uint8Array, timeoutMs: number): Promise<IndexedTx>;
  /** Latest committed height; 0 before the first block. */
  latestHeight(): number;
  /** Lowest height still stored. */
  baseHeight(): number;
  getBlock(height: number): Promise<CommittedBlock | undefined>;
  getBlockByHash(hash: Uint8Array): Promise<CommittedBlock | undefined>;
  getBlockResults(height: number): Promise<BlockResults | undefined>;
  /** The commit of block `height` (from block height+1, or the node's own seen commit for the tip). */
  getCommit(
    height: number,
  ): Promise<{ blockId: BlockId; block: Block; commit: Commit; canonical: boolean } | undefined>;
  getTx(hash: Uint8Array): Promise<IndexedTx | undefined>;
  /** Txs matching the query ordered by (height, index) ascending or descending; `total` counts all matches. */
  searchTxs(
    query: EventQuery,
    page: number,
    perPage: number,
    order: "asc" | "desc",
  ): Promise<{ txs: IndexedTx[]; total: number }>;
  validators(height: number): Promise<ValidatorInfo[]>;
  /** Genesis document as stored (JSON text). */
  genesis(): string;
  netInfo(): NetInfo;
  unconfirmedTxs(limit: number): { count: number; total: number; totalBytes: number; txs: Uint8Array[] };
  /**
   * Operator-only controls, present only when the node enables them (`rpc.unsafe` in its config):
   * drop and refuse the link to a peer, or restore it. Fault tests use them to make partitions.
   */
  unsafe?: { blockPeer(peerId: string): void; unblockPeer(peerId: string): void };
  /** Registers event listeners; returns an unsubscribe function. */
  subscribe(listener: Partial<NodeEvents>): () => void;
  /**
   * strata-specific (`strata_raw_block`): block `height` as SSZ bytes with the SSZ commit that
   * finalised it and, when `proveKey` is given, a state proof of that key against the block's
   * `appHash` (what a child chain's batcher posts to its parent). Undefined when not stored.
   * Absent on backends that cannot serve it.
   */
  rawBlock?(height: number, proveKey?: Uint8Array): Promise<RawBlock | undefined>;
}

/** A block as `strata_raw_block` serves it. */
export interface RawBlock {
  /** SSZ `Block` bytes, as stored. */
  block: Uint8Array;
  /** SSZ `Commit` bytes of the block. */
  commit: Uint8Array;
  /** State proof against the block header's `appHash` (the state after height−1). */
  proof?: {
    /** Height of the proven state (0: genesis). */
    height: number;
    root: Uint8Array;
    key: Uint8Array;
    /** Absent for a proof of absence. */
    value: Uint8Array | undefined;
    nodes: Uint8Array[];
  };
}
