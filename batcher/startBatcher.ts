import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { Logger } from "../chain/core/log/index.js";
import { StrataClient } from "../client/index.js";
import { Batcher, type BatcherStats } from "./batcher.js";
import { childChainOverRpc } from "./childChain.js";
import { BatcherError, BatcherErrorCode } from "./errors.js";
import { createBatcherServer } from "./http.js";
import { createBatcherMetrics } from "./metrics.js";
import { childBridgeOverClient, parentChainOverClient } from "./parentChain.js";

/** Options of {@link startBatcher} (the flags of `strata l2 batcher`). */
export interface StartBatcherOptions {
  /** Parent (L1) node RPC URL. */
  l1: string;
  /** Child (L2) node RPC URL. */
  l2: string;
  /** The child chain id as registered on the parent (default: the child node's chain id). */
  chainId?: string;
  /** Interface and port of `/health` and `/metrics` (port 0: any free port). */
  host: string;
  port: number;
  /** Child polling interval while caught up, ms (default 200). */
  pollMs?: number;
  /** Most blocks per batch (the parent's `max_items_per_batch` caps it). */
  maxItemsPerBatch?: number;
  /** Most `MsgSubmitBatch` bytes per tx (default 900 KiB). */
  maxBatchBytes?: number;
  /** Gas price of batch txs on the parent and mint txs on the child (default `0.0025ustra`). */
  gasPrice?: string;
  /** Longest retry delay after failures, ms (default 10,000). */
  maxBackoffMs?: number;
}

/** Services of {@link startBatcher}. */
export interface StartBatcherDeps {
  logger: Logger;
  /** Signs `MsgSubmitBatch` on the parent (its first account is the submitter). */
  l1Signer: OfflineSigner;
  /** Signs `MsgMintDeposits` on the child (its first account must be in the child's relayers); none: no relay. */
  l2Signer?: OfflineSigner;
}

/** A running batcher. */
export interface RunningBatcher {
  /** Base URL of `/health` and `/metrics`. */
  url: string;
  chainId: string;
  submitter: string;
  relayer: string | null;
  /** The parent's `last_number` at start: posting resumed after it. */
  resumedFrom: number;
  stats(): Readonly<BatcherStats>;
  /** Stops the loops (waiting for a tx in flight), the HTTP server and the connections. */
  stop(): Promise<void>;
}

/**
 * Starts the batcher process's parts: connects to both chains, reads where the parent stands,
 * starts posting and relaying, and serves `/health` and `/metrics`.
 * @throws BatcherError(NotRegistered) when the chain is not registered on the parent;
 *   ClientError(nodeUnreachable) when a node does not answer.
 */
export async function startBatcher(
  opts: StartBatcherOptions,
  deps: StartBatcherDeps,
): Promise<RunningBatcher> {
  const child = childChainOverRpc(opts.l2);
  const chainId = opts.chainId ?? (await child.chainId());
  const [submitterAccount] = await deps.l1Signer.getAccounts();
  if (!submitterAccount)
    throw new BatcherError(BatcherErrorCode.InvalidConfig, "the L1 signer holds no account");
  const gasPrice = opts.gasPrice ?? "0.0025ustra";
  const clientOpts = { gasPrice, broadcastPollIntervalMs: 200, broadcastTimeoutMs: 30_000 };
  const l1 = await StrataClient.connect(opts.l1, { ...clientOpts, signer: deps.l1Signer });
  let l2: StrataClient | undefined;
  let relayer: string | null = null;
  try {
    if (deps.l2Signer) {
      const [relayerAccount] = await deps.l2Signer.getAccounts();
      if (!relayerAccount)
        throw new BatcherError(BatcherErrorCode.InvalidConfig, "the L2 signer holds no account");
      relayer = relayerAccount.address;
      l2 = await StrataClient.connect(opts.l2, { ...clientOpts, signer: deps.l2Signer });
    }
    const parent = parentChainOverClient(l1, submitterAccount.address);
    let batcher!: Batcher;
    const metrics = createBatcherMetrics(() => batcher.stats());
    batcher = new Batcher(
      {
        chainId,
        submitter: submitterAccount.address,
        ...(opts.maxItemsPerBatch !== undefined ? { maxItemsPerBatch: opts.maxItemsPerBatch } : {}),
        ...(opts.maxBatchBytes !== undefined ? { maxBatchBytes: opts.maxBatchBytes } : {}),
        ...(opts.pollMs !== undefined ? { pollMs: opts.pollMs } : {}),
        ...(opts.maxBackoffMs !== undefined ? { maxBackoffMs: opts.maxBackoffMs } : {}),
      },
      {
        child,
        parent,
        ...(l2 && relayer ? { childBridge: childBridgeOverClient(l2, relayer) } : {}),
        logger: deps.logger,
        events: metrics.events,
      },
    );
    // Fails loudly now if the chain is not registered (later failures are retried).
    const { lastNumber } = await batcher.resume();
    const server = await createBatcherServer(
      { host: opts.host, port: opts.port },
      { stats: () => batcher.stats(), metrics: () => metrics.registry.render() },
    );
    batcher.start();
    deps.logger.info("batcher started", {
      chainId,
      submitter: submitterAccount.address,
      relayer,
      resumedFrom: lastNumber,
      url: server.url,
    });
    return {
      url: server.url,
      chainId,
      submitter: submitterAccount.address,
      relayer,
      resumedFrom: lastNumber,
      stats: () => batcher.stats(),
      async stop() {
        await batcher.stop();
        await server.close();
        l1.disconnect();
        l2?.disconnect();
      },
    };
  } catch (err) {
    l1.disconnect();
    l2?.disconnect();
    throw err;
  }
}
