/** Helpers the benchmarks share. */

/** The fixed wall clock of in-process benchmarks (ns): block times never depend on the run. */
export const BENCH_NOW = 1_800_000_000_000_000_000n;

/** `n` rounded to `digits` decimals. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * One JSON-RPC POST (a single call or a batch) to `url`; returns the parsed body. Resends up to
 * three times when the request fails.
 */
export async function rpc(url: string, body: unknown): Promise<unknown> {
  // A reused keep-alive socket can be reset by a busy server; resending is safe (a tx already
  // admitted answers "already in mempool").
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return await res.json();
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/** What {@link broadcastBatch} counted over a run. */
export interface BroadcastStats {
  /** Txs refused at check-tx (any code but 0, 19 and 20). */
  rejected: number;
  /** Refusals by `code: log` (the log cut at 80 characters), or `rpc error`. */
  reasons: Map<string, number>;
  /** Txs resent after a full mempool (code 20) turned them away. */
  mempoolFull: number;
}

/** Empty {@link BroadcastStats}. */
export function broadcastStats(): BroadcastStats {
  return { rejected: 0, reasons: new Map(), mempoolFull: 0 };
}

/**
 * Sends `txs` to `url` as one JSON-RPC batch of `broadcast_tx_sync`. A full mempool (code 20) is
 * back-pressure: those txs are resent, in order, after `backoffMs`, until none is left (so a
 * caller's next batch, holding the same senders' next sequences, goes after them). Code 19 (already
 * in the mempool) is a tx an earlier attempt of a retried request admitted. Refusals and resends
 * are counted into `stats`.
 */
export async function broadcastBatch(
  url: string,
  txs: Uint8Array[],
  backoffMs: number,
  stats: BroadcastStats,
): Promise<void> {
  let pending = txs;
  while (pending.length > 0) {
    const res = (await rpc(
      url,
      pending.map((tx, j) => ({
        jsonrpc: "2.0",
        id: j,
        method: "broadcast_tx_sync",
        params: { tx: Buffer.from(tx).toString("base64") },
      })),
    )) as { result?: { code: number; log?: string } }[];
    const retry: Uint8Array[] = [];
    res.forEach((r, j) => {
      const code = r.result?.code;
      if (code === 0 || code === 19) return;
      if (code === 20) {
        retry.push(pending[j]!);
        return;
      }
      stats.rejected++;
      const reason = r.result ? `${code}: ${r.result.log?.slice(0, 80)}` : "rpc error";
      stats.reasons.set(reason, (stats.reasons.get(reason) ?? 0) + 1);
    });
    if (retry.length > 0) {
      stats.mempoolFull += retry.length;
      await new Promise((r) => setTimeout(r, backoffMs));
    }
    pending = retry;
  }
}
