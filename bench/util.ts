/** Helpers the benchmarks share. */

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
