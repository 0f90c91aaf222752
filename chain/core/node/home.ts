import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { TimeoutConfig } from "../consensus/index.js";
import type { LogLevel } from "../log/index.js";
import type { RpcCorsOptions } from "../rpc/index.js";
import { NodeError, NodeErrorCode } from "./genesis.js";

/** Files of a node home folder. */
export function homePaths(home: string) {
  return {
    config: join(home, "config", "config.json"),
    genesis: join(home, "config", "genesis.json"),
    validatorKey: join(home, "config", "priv_validator_key.json"),
    nodeKey: join(home, "config", "node_key.json"),
    data: join(home, "data"),
  };
}

/** Node settings (`config/config.json`); node-local, not part of consensus. */
export interface NodeConfig {
  /**
   * Which layer's application the node runs (`l1`, `l2`, …): `strata start` looks it up in the
   * CLI's layer table. Written by `strata init --layer`; absent in older homes, which are `l1`.
   */
  layer: string;
  moniker: string;
  /** `unsafe` enables operator-only RPC methods (peer blocking for fault tests); never on a public node. */
  rpc: {
    host: string;
    port: number;
    unsafe?: boolean;
    /** Browser origins allowed to call the RPC (default none; clients without `Origin` always work). */
    cors?: RpcCorsOptions;
    /** Open RPC connections (HTTP and WebSocket) at most, in all and per client address. */
    maxConnections?: number;
    maxConnectionsPerAddress?: number;
    /** Index entries one `tx_search` may read before it is refused (default 100,000). */
    maxSearchScan?: number;
  };
  /** Target time between blocks in milliseconds. */
  blockIntervalMs: number;
  /** Minimum gas prices accepted in CheckTx, e.g. `0.0025ustra`. */
  minGasPrices: string;
  mempool: { maxTxs: number; maxBytes: number };
  logLevel: LogLevel;
  /** Node-to-node networking: every node listens (full nodes sync from it) and dials its persistent peers. */
  p2p: { host: string; port: number; persistentPeers: string[] };
  /** BFT timeouts in ms; `commit` is the pause after each block (the block interval). */
  consensus: TimeoutConfig;
  /**
   * A child chain's link to its parent (chain/core/rollup/ROLLUP.md, "Batcher and production
   * gate"); absent on a chain that settles nowhere.
   */
  rollup?: RollupNodeConfig;
}

/** `config.json` `rollup`: the production gate of a child chain. */
export interface RollupNodeConfig {
  /** The parent's JSON-RPC URL (`http://host:port`). */
  l1Rpc: string;
  /** This chain's id as registered on the parent; default the genesis chain id. */
  chainId?: string;
  /**
   * Height h starts only when `h − last accepted on the parent ≤ maxUnpostedBlocks`; 0 turns the
   * gate off (the default).
   */
  maxUnpostedBlocks: number;
  /** How often the parent is asked while the gate is closed, ms (default 500). */
  pollMs?: number;
}

/** Defaults that fit a 2-core laptop. */
export const DEFAULT_CONFIG: NodeConfig = {
  layer: "l1",
  moniker: "strata-node",
  rpc: { host: "127.0.0.1", port: 26657 },
  blockIntervalMs: 1000,
  minGasPrices: "0.0025ustra",
  // A bounded mempool is back-pressure: every commit rechecks what is left, so a huge backlog
  // would cost every block time (clients see code 20 and retry).
  mempool: { maxTxs: 10_000, maxBytes: 64 * 1024 * 1024 },
  logLevel: "info",
  p2p: { host: "127.0.0.1", port: 26656, persistentPeers: [] },
  // Shorter than CometBFT's defaults (3 s / 1 s / 1 s): validators on one machine or LAN answer
  // in milliseconds, and timeouts only matter when something is down.
  consensus: {
    propose: 1000,
    proposeDelta: 500,
    prevote: 500,
    prevoteDelta: 500,
    precommit: 500,
    precommitDelta: 500,
    commit: 500,
  },
};

/** Writes `config/config.json`. */
export async function writeConfig(home: string, config: NodeConfig): Promise<void> {
  await mkdir(join(home, "config"), { recursive: true });
  await writeFile(homePaths(home).config, `${JSON.stringify(config, null, 2)}\n`);
}

/**
 * Reads `config/config.json`, filling missing fields from the defaults.
 * @throws NodeError(invalidConfig) when the file is missing or malformed.
 */
export async function readConfig(home: string): Promise<NodeConfig> {
  const path = homePaths(home).config;
  let raw: Partial<NodeConfig>;
  try {
    raw = JSON.parse(await readFile(path, "utf8")) as Partial<NodeConfig>;
  } catch (err) {
    throw new NodeError(
      NodeErrorCode.invalidConfig,
      `cannot read ${path} (run \`strata init\` first): ${(err as Error).message}`,
    );
  }
  const config = {
    ...DEFAULT_CONFIG,
    ...raw,
    rpc: { ...DEFAULT_CONFIG.rpc, ...raw.rpc },
    mempool: { ...DEFAULT_CONFIG.mempool, ...raw.mempool },
    p2p: { ...DEFAULT_CONFIG.p2p, ...raw.p2p },
    consensus: { ...DEFAULT_CONFIG.consensus, ...raw.consensus },
  };
  if (typeof config.layer !== "string" || config.layer === "")
    throw new NodeError(NodeErrorCode.invalidConfig, `${path}: layer must be a non-empty string`);
  if (!(config.blockIntervalMs > 0))
    throw new NodeError(NodeErrorCode.invalidConfig, `${path}: blockIntervalMs must be > 0`);
  if (config.rollup !== undefined) {
    const r = config.rollup;
    if (typeof r !== "object" || r === null)
      throw new NodeError(NodeErrorCode.invalidConfig, `${path}: rollup must be an object`);
    if (!Number.isSafeInteger(r.maxUnpostedBlocks ?? 0) || (r.maxUnpostedBlocks ?? 0) < 0)
      throw new NodeError(
        NodeErrorCode.invalidConfig,
        `${path}: rollup.maxUnpostedBlocks must be an integer ≥ 0`,
      );
    if (
      (r.maxUnpostedBlocks ?? 0) > 0 &&
      (typeof r.l1Rpc !== "string" || !/^(https?|tcp):\/\//.test(r.l1Rpc))
    )
      throw new NodeError(NodeErrorCode.invalidConfig, `${path}: rollup.l1Rpc must be an http:// URL`);
    if (r.chainId !== undefined && (typeof r.chainId !== "string" || r.chainId === ""))
      throw new NodeError(NodeErrorCode.invalidConfig, `${path}: rollup.chainId must be a non-empty string`);
  }
  return config;
}
