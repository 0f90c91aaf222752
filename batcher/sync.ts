/**
 * `strata l2 sync-from-l1`: a full child node's home built from its parent's data alone
 * (ROLLUP.md, "Rebuild"). The genesis is the registration's bytes; the store is filled by the same
 * replay loop `strata l2 verify` runs ({@link replayBatches}), applied into the home's own store
 * instead of a scratch one. `strata start --home` then runs it as a full node.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { errorMessage } from "../chain/core/errors/index.js";
import { type Logger, nullLogger } from "../chain/core/log/index.js";
import {
  acquireHomeLock,
  ChainNode,
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  type MakeNodeApp,
  readConfig,
  writeConfig,
} from "../chain/core/node/index.js";
import type { Block, Commit } from "../chain/core/types/index.js";
import { BatcherError, BatcherErrorCode } from "./errors.js";
import {
  type L1Source,
  type RegisteredGenesis,
  registeredGenesis,
  replayBatches,
  startCursor,
  type VerifyMismatch,
  VerifyMismatchError,
} from "./verify.js";

/** Settings written into a new home's `config/config.json` (ignored when the home exists). */
export interface SyncHomeSettings {
  moniker?: string;
  rpcPort?: number;
  p2pPort?: number;
  /** Persistent peers, `id@host:port`: `strata start` syncs further blocks from them. */
  peers?: string[];
  minGasPrices?: string;
}

/** Options of {@link syncFromL1}. */
export interface SyncOptions {
  /** The node home to create or resume. */
  home: string;
  chainId: string;
  /** The child layer's application (the module set its nodes run). */
  makeApp: MakeNodeApp;
  /** Last child height to apply (default: the parent's last accepted batch, then every new one). */
  to?: number;
  /**
   * Keep applying new batches as the parent accepts them until `signal` aborts. With `serve`, once
   * caught up the home is handed to a running node (RPC, p2p: `startChainNode` in the CLI) and the
   * new batches go through its driver ({@link ServingNode.applyDecided}).
   */
  follow?: { pollMs: number; signal: AbortSignal; serve?: (home: string) => Promise<ServingNode> };
  init?: SyncHomeSettings;
  logger?: Logger;
  /** Called after each block applied to the home's store. */
  onBlock?: (height: number) => void;
}

/** A node running on the synced home while it follows the parent (a `RunningChainNode`). */
export interface ServingNode {
  node: ChainNode;
  /** Applies a decided block through the node's driver (never racing its consensus or block sync). */
  applyDecided(block: Block, commit: Commit): Promise<unknown>;
  /** Stops the node and releases the home. */
  stop(): Promise<void>;
}

/** What {@link syncFromL1} did. */
export interface SyncReport {
  ok: boolean;
  chainId: string;
  home: string;
  /** True when this run created the home (false: an existing home of this chain was resumed). */
  created: boolean;
  /** sha256 of the registered genesis bytes, hex (= the home's `config/genesis.json`). */
  genesisSha256: string;
  /** The parent's last accepted batch when the run ended. */
  lastNumber: number;
  /** Home height before this run. */
  resumedFrom: number;
  /** Last batch checked (every batch 1..verifiedTo passed the rebuild's checks). */
  verifiedTo: number;
  /** Home height after this run. */
  height: number;
  /** Blocks this run applied. */
  applied: number;
  /** The home's state root (app hash) after `height`, hex. */
  stateRoot: string;
  /** The first mismatch; nothing past it was applied. */
  mismatch: VerifyMismatch | null;
}

const sha256Hex = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

/**
 * Creates the home (config with layer `l2`, fresh validator and node keys — a key in no
 * validator set, so the node runs as a full node — and `config/genesis.json` written as the exact
 * registered bytes) or checks that an existing home holds this chain's registered genesis.
 * @throws BatcherError(HomeHoldsOtherChain) for a home of another chain or a store without genesis.
 */
async function prepareHome(
  home: string,
  reg: RegisteredGenesis,
  settings: SyncHomeSettings,
): Promise<{ created: boolean }> {
  const paths = homePaths(home);
  if (existsSync(paths.genesis)) {
    const held = await readFile(paths.genesis);
    const sha = sha256Hex(held);
    if (sha !== reg.sha256) {
      let other = "unknown";
      try {
        other = String((JSON.parse(held.toString("utf8")) as { chainId?: unknown }).chainId);
      } catch {
        // an unreadable genesis is another chain's all the same
      }
      throw new BatcherError(
        BatcherErrorCode.HomeHoldsOtherChain,
        `${home} already holds chain ${other} (genesis sha256 ${sha}), not ${reg.genesis.chainId} as registered on L1 (sha256 ${reg.sha256})`,
        { home, chainId: other, genesisSha256: sha, registeredSha256: reg.sha256 },
      );
    }
    return { created: false };
  }
  if (existsSync(paths.data) && (await readdir(paths.data)).length > 0)
    throw new BatcherError(
      BatcherErrorCode.HomeHoldsOtherChain,
      `${home} holds a store (${paths.data}) but no genesis: not a home this command created`,
      { home },
    );
  await mkdir(join(home, "config"), { recursive: true, mode: 0o700 });
  await writeConfig(home, {
    ...DEFAULT_CONFIG,
    layer: "l2",
    moniker: settings.moniker ?? "l2-full-node",
    rpc: { ...DEFAULT_CONFIG.rpc, port: settings.rpcPort ?? DEFAULT_CONFIG.rpc.port },
    p2p: {
      ...DEFAULT_CONFIG.p2p,
      port: settings.p2pPort ?? DEFAULT_CONFIG.p2p.port,
      persistentPeers: settings.peers ?? [],
    },
    minGasPrices: settings.minGasPrices ?? DEFAULT_CONFIG.minGasPrices,
  });
  if (!existsSync(paths.validatorKey)) await generateKeyFile(paths.validatorKey);
  if (!existsSync(paths.nodeKey)) await generateKeyFile(paths.nodeKey);
  await writeFile(paths.genesis, reg.bytes);
  const written = sha256Hex(await readFile(paths.genesis));
  if (written !== reg.sha256)
    throw new BatcherError(
      BatcherErrorCode.InvalidConfig,
      `${paths.genesis}: written genesis sha256 ${written} is not the registration's ${reg.sha256}`,
    );
  return { created: true };
}

/**
 * Builds or resumes a full child node's home from the parent's data alone: the registered genesis
 * (checked against its sha256), then every accepted batch replayed into the home's own store with
 * the checks of `strata l2 verify` ({@link replayBatches}). A resumed home's blocks are checked
 * against the batches (the cursor is rebuilt from batch 1; the blocks are not re-executed) and
 * the replay continues from its height. With `follow`, polls the parent every `pollMs` and
 * applies new batches until the signal aborts (parent read errors are logged and retried with
 * back-off); with `follow.serve` a running node serves the home meanwhile. Holds the home's lock
 * (`node.pid`) while it runs: `strata start` on the same home must wait until it ends.
 * @throws BatcherError(NotRegistered) for an unregistered chain; BatcherError(HomeHoldsOtherChain)
 *   for a home of another chain; NodeError(homeInUse) when a node runs on the home; the source's
 *   errors when the parent cannot be read (without `follow`).
 */
export async function syncFromL1(src: L1Source, opts: SyncOptions): Promise<SyncReport> {
  const { chainId, home } = opts;
  const logger = opts.logger ?? nullLogger;
  const reg = await registeredGenesis(src, chainId);
  const report: SyncReport = {
    ok: false,
    chainId,
    home,
    created: false,
    genesisSha256: reg.ok ? reg.ok.sha256 : reg.sha256,
    lastNumber: (reg.ok ?? reg).rollup.lastNumber,
    resumedFrom: 0,
    verifiedTo: 0,
    height: 0,
    applied: 0,
    stateRoot: "",
    mismatch: null,
  };
  if (!reg.ok) {
    report.mismatch = reg.mismatch;
    return report;
  }
  const { genesis, text: genesisText } = reg.ok;
  report.created = (await prepareHome(home, reg.ok, opts.init ?? {})).created;
  let lock: Awaited<ReturnType<typeof acquireHomeLock>> | undefined = await acquireHomeLock(home);
  let node: ChainNode | undefined;
  let serving: ServingNode | undefined;
  const cursor = startCursor(genesis);
  try {
    const config = await readConfig(home);
    node = await ChainNode.open(
      { home, genesis, genesisText, makeApp: opts.makeApp, mempool: config.mempool },
      // never proposes: the clock only timestamps proposals
      { logger: logger.child({ module: "sync" }), clock: () => 0n },
    );
    report.resumedFrom = node.chainTip().height;
    const target = opts.to ?? Number.POSITIVE_INFINITY;
    let rollup = reg.ok.rollup;
    const replay = async () => {
      await replayBatches(src, node!, cursor, {
        chainId,
        genesis,
        to: Math.min(target, rollup.lastNumber),
        rollup,
        onBlock: (h) => {
          report.applied++;
          opts.onBlock?.(h);
        },
        ...(serving ? { apply: (block: Block, commit: Commit) => serving!.applyDecided(block, commit) } : {}),
      });
    };
    await replay();
    if (opts.follow) {
      const { pollMs, signal, serve } = opts.follow;
      if (serve && !signal.aborted) {
        // Hand the home over: the running node opens the store and takes the lock itself.
        await node.stop();
        node = undefined;
        await lock.release();
        lock = undefined;
        serving = await serve(home);
        node = serving.node;
      }
      let wait = pollMs;
      while (!signal.aborted && cursor.verified < target) {
        try {
          await sleep(wait, undefined, { signal });
        } catch {
          break;
        }
        try {
          const now = await src.rollup(chainId);
          if (!now)
            throw new BatcherError(
              BatcherErrorCode.NotRegistered,
              `chain ${chainId} is no longer registered`,
            );
          rollup = now;
          if (rollup.lastNumber > cursor.verified) {
            await replay();
            logger.info("applied batches from L1", { height: node.chainTip().height });
          }
          wait = pollMs;
        } catch (err) {
          if (err instanceof VerifyMismatchError) throw err;
          wait = Math.min(wait * 2, pollMs * 20);
          logger.warn("cannot read L1; retrying", { err: errorMessage(err), inMs: wait });
        }
      }
    }
    report.lastNumber = rollup.lastNumber;
    report.ok = true;
  } catch (err) {
    if (!(err instanceof VerifyMismatchError)) throw err;
    report.mismatch = err.m;
  } finally {
    report.verifiedTo = cursor.verified;
    if (node) {
      report.height = node.chainTip().height;
      report.stateRoot = Buffer.from(node.chainTip().appHash).toString("hex");
    }
    if (serving) await serving.stop();
    else await node?.stop();
    await lock?.release();
  }
  return report;
}
