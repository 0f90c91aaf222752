import type { OfflineSigner } from "@cosmjs/proto-signing";
import {
  Batcher,
  BatcherError,
  BatcherErrorCode,
  type BatcherStats,
  childChainOverRpc,
} from "../batcher/index.js";
import type { Logger } from "../chain/core/log/index.js";
import { StrataClient } from "../client/index.js";
import { l3registryParentOverClient } from "./l3registryParent.js";

/** Options of {@link startL3Anchor}. */
export interface StartL3AnchorOptions {
  /** An L3 node's RPC URL (any validator's; it serves blocks, commits and proofs). */
  l3: string;
  /** An L2 node's RPC URL. */
  l2: string;
  /** The L3 chain id as registered on L2 (default: the L3 node's chain id). */
  chainId?: string;
  /** L3 polling interval while caught up, ms (default 200). */
  pollMs?: number;
  /** Most headers per anchor tx (L2's `max_items_per_anchor` caps it). */
  maxItemsPerAnchor?: number;
  /** Gas price of anchor txs on L2 (default `0.0025ustra`). */
  gasPrice?: string;
  /** Longest retry delay after failures, ms (default 10,000). */
  maxBackoffMs?: number;
}

/** Services of {@link startL3Anchor}. */
export interface StartL3AnchorDeps {
  logger: Logger;
  /** Signs `MsgAnchorL3Headers` on L2 (its first account is the submitter and pays the fees). */
  l2Signer: OfflineSigner;
}

/** A running anchorer. */
export interface RunningL3Anchor {
  chainId: string;
  submitter: string;
  /** L2's `last_number` for the chain at start: anchoring resumed after it. */
  resumedFrom: number;
  stats(): Readonly<BatcherStats>;
  /** Stops the loop (waiting for a tx in flight) and the connection. */
  stop(): Promise<void>;
}

/**
 * Starts the L3 → L2 anchorer: the batcher (`batcher/`) with the L3 as child, L2's l3registry as
 * parent and [anchor-1] (`noCommitment`): every L3 block, in order, with its commit (> 2/3 of the L3
 * power) and the proof that the commitment key is absent, posted in `MsgAnchorL3Headers`; back-off
 * and resume from L2's `last_number` after any failure. `strata l3 launch --l2` runs it (as `strata l3 anchor`) for a launched
 * chain.
 * @throws BatcherError(NotRegistered) when the L3 is not registered on L2; ClientError when L2 does not answer.
 */
export async function startL3Anchor(
  opts: StartL3AnchorOptions,
  deps: StartL3AnchorDeps,
): Promise<RunningL3Anchor> {
  const child = childChainOverRpc(opts.l3);
  const chainId = opts.chainId ?? (await child.chainId());
  const [account] = await deps.l2Signer.getAccounts();
  if (!account) throw new BatcherError(BatcherErrorCode.InvalidConfig, "the L2 signer holds no account");
  const l2 = await StrataClient.connect(opts.l2, {
    gasPrice: opts.gasPrice ?? "0.0025ustra",
    broadcastPollIntervalMs: 200,
    broadcastTimeoutMs: 30_000,
    signer: deps.l2Signer,
  });
  try {
    const logger = deps.logger.child({ component: "l3-anchor", chainId });
    const batcher = new Batcher(
      {
        chainId,
        submitter: account.address,
        noCommitment: true,
        relayPollMs: 0,
        ...(opts.maxItemsPerAnchor !== undefined ? { maxItemsPerBatch: opts.maxItemsPerAnchor } : {}),
        ...(opts.pollMs !== undefined ? { pollMs: opts.pollMs } : {}),
        ...(opts.maxBackoffMs !== undefined ? { maxBackoffMs: opts.maxBackoffMs } : {}),
      },
      { child, parent: l3registryParentOverClient(l2, account.address), logger },
    );
    const { lastNumber } = await batcher.resume();
    batcher.start();
    logger.info("l3 anchorer started", { chainId, submitter: account.address, resumedFrom: lastNumber });
    return {
      chainId,
      submitter: account.address,
      resumedFrom: lastNumber,
      stats: () => batcher.stats(),
      async stop() {
        await batcher.stop();
        l2.disconnect();
      },
    };
  } catch (err) {
    l2.disconnect();
    throw err;
  }
}
