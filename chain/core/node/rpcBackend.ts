import { encodeCommit } from "../consensus/index.js";
import type { Ed25519KeyPair } from "../crypto/index.js";
import type { P2P } from "../p2p/index.js";
import {
  BLOCK_PROTOCOL,
  COMETBFT_VERSION,
  type NetInfo,
  NODE_CHANNELS,
  type NodeInfo,
  type NodeStatus,
  P2P_PROTOCOL,
  type RawBlock,
  type RpcBackend,
} from "../rpc/index.js";
import type { ChainNode } from "./node.js";
import type { PeerBook } from "./peerBook.js";

/** Options of {@link NodeRpcBackend}. */
export interface NodeRpcBackendOptions {
  moniker: string;
  /** Advertised JSON-RPC address, `tcp://host:port` (`node_info.other.rpc_address`); read on each call. */
  rpcAddress: () => string;
  /** This node's p2p identity (`node_info.id`). */
  nodeKey: Ed25519KeyPair;
  /** This node's validator key (`validator_info`; its power is 0 while it is not in the set). */
  validatorKey: Ed25519KeyPair;
}

/** The p2p side the backend reports on. */
export interface NodeNetwork {
  p2p: Pick<P2P, "listenAddress">;
  peers: Pick<PeerBook, "peers">;
}

/**
 * The {@link RpcBackend} of a running node: the chain node's data and mempool, plus what only the
 * composition knows: this node's identity and p2p address (`status.node_info`), its validator key
 * and current power (`status.validator_info`), its peers (`net_info`), and the unsafe controls.
 */
export class NodeRpcBackend implements RpcBackend {
  /** Operator-only controls, set by the composition root when `rpc.unsafe` is on. */
  unsafe: RpcBackend["unsafe"];

  constructor(
    private readonly node: ChainNode,
    private readonly network: NodeNetwork | undefined,
    private readonly opts: NodeRpcBackendOptions,
  ) {}

  /** This node's CometBFT node info (also what peers learn through the node-info exchange). */
  nodeInfo(): NodeInfo {
    let listenAddr = "tcp://127.0.0.1:0";
    try {
      const a = this.network?.p2p.listenAddress();
      if (a) listenAddr = `tcp://${a.host}:${a.port}`;
    } catch {
      // p2p not listening (yet, or any more): keep the placeholder.
    }
    return {
      id: Buffer.from(this.opts.nodeKey.address).toString("hex"),
      listenAddr,
      network: this.node.chainId,
      version: COMETBFT_VERSION,
      channels: NODE_CHANNELS,
      moniker: this.opts.moniker,
      protocolVersion: { p2p: P2P_PROTOCOL, block: BLOCK_PROTOCOL, app: this.node.abciInfo().appVersion },
      txIndex: "on",
      rpcAddress: this.opts.rpcAddress(),
    };
  }

  status(): NodeStatus {
    const tip = this.node.chainTip();
    const earliest = this.node.earliestBlock();
    const key = this.opts.validatorKey;
    // CometBFT reports the power in the set deciding the next height.
    const self = this.node.validatorSetAt(tip.height + 1).getByAddress(key.address);
    return {
      nodeInfo: this.nodeInfo(),
      latestBlockHash: tip.lastBlock?.blockId.hash ?? new Uint8Array(32),
      latestAppHash: tip.appHash,
      latestBlockHeight: tip.height,
      latestBlockTimeNs: tip.lastTimeNs,
      earliestBlockHash: earliest?.blockId.hash ?? new Uint8Array(32),
      earliestAppHash: earliest?.block.header.appHash ?? tip.appHash,
      earliestBlockHeight: earliest?.block.header.height ?? 0,
      earliestBlockTimeNs: earliest?.block.header.timeNs ?? tip.lastTimeNs,
      catchingUp: false,
      validator: {
        address: key.address,
        pubKey: key.pubKey,
        votingPower: self?.validator.votingPower ?? 0n,
      },
    };
  }

  netInfo(): NetInfo {
    if (!this.network) return { listening: false, listeners: [], peers: [] };
    let listeners: string[] = [];
    try {
      const a = this.network.p2p.listenAddress();
      listeners = [`Listener(@${a.host}:${a.port})`];
    } catch {
      return { listening: false, listeners: [], peers: [] };
    }
    return { listening: true, listeners, peers: this.network.peers.peers() };
  }

  abciInfo() {
    return this.node.abciInfo();
  }

  abciQuery(path: string, data: Uint8Array, height: number, prove: boolean) {
    return this.node.abciQuery(path, data, height, prove);
  }

  async rawBlock(height: number, proveKey?: Uint8Array): Promise<RawBlock | undefined> {
    const raw = await this.node.blockForBatch(height, proveKey);
    if (!raw) return undefined;
    return { block: raw.block, commit: encodeCommit(raw.commit), ...(raw.proof ? { proof: raw.proof } : {}) };
  }

  broadcastTx(tx: Uint8Array) {
    return this.node.broadcastTx(tx);
  }

  waitForTx(hash: Uint8Array, timeoutMs: number) {
    return this.node.waitForTx(hash, timeoutMs);
  }

  latestHeight() {
    return this.node.latestHeight();
  }

  baseHeight() {
    return this.node.baseHeight();
  }

  getBlock(height: number) {
    return this.node.getBlock(height);
  }

  getBlockByHash(hash: Uint8Array) {
    return this.node.getBlockByHash(hash);
  }

  getBlockResults(height: number) {
    return this.node.getBlockResults(height);
  }

  getCommit(height: number) {
    return this.node.getCommit(height);
  }

  getTx(hash: Uint8Array) {
    return this.node.getTx(hash);
  }

  searchTxs(...args: Parameters<RpcBackend["searchTxs"]>) {
    return this.node.searchTxs(...args);
  }

  validators(height: number) {
    return this.node.validators(height);
  }

  genesis() {
    return this.node.genesis();
  }

  unconfirmedTxs(limit: number) {
    return this.node.unconfirmedTxs(limit);
  }

  subscribe(...args: Parameters<RpcBackend["subscribe"]>) {
    return this.node.subscribe(...args);
  }
}
