/**
 * Reconnect delays: exponential backoff, capped, with jitter so that nodes that lost a common
 * peer do not all redial it in the same instant.
 */

/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry, ms (default 250). */
  readonly initialMs?: number;
  /** Largest delay, ms (default 30 s). */
  readonly maxMs?: number;
  /** Fraction of the delay that is randomised, 0..1 (default 0.2: the delay is 80–100% of nominal). */
  readonly jitter?: number;
}

/**
 * Delay before retry number `attempt` (0-based): `min(max, initial · 2^attempt)`, less up to
 * `jitter` of itself.
 * @param random - a uniform draw in [0, 1) (injected so tests are deterministic)
 */
export function backoffDelay(attempt: number, opts: BackoffOptions, random: () => number): number {
  const initial = opts.initialMs ?? 250;
  const max = opts.maxMs ?? 30_000;
  const jitter = Math.min(1, Math.max(0, opts.jitter ?? 0.2));
  // Cap the exponent so 2^attempt never overflows into Infinity on long outages.
  const nominal = Math.min(max, initial * 2 ** Math.min(attempt, 40));
  return Math.round(nominal * (1 - jitter * random()));
}
