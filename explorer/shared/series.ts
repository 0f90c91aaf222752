/**
 * Plot series the explorer draws, computed from block metas and the events of recent blocks. Pure:
 * the same blocks give the same series.
 */

/** What a block contributes to the plots. */
export interface BlockPoint {
  height: number;
  /** RFC 3339 block time. */
  time: string;
  numTxs: number;
}

/** One point of a series. */
export interface Point {
  x: number;
  y: number;
}

function sortedTimes(blocks: readonly BlockPoint[]): { height: number; t: number; numTxs: number }[] {
  return blocks
    .map((b) => ({ height: b.height, t: Date.parse(b.time), numTxs: b.numTxs }))
    .filter((b) => !Number.isNaN(b.t))
    .sort((a, b) => a.height - b.height);
}

/**
 * Block time in milliseconds by height: the time since the previous block, for each block whose
 * previous block is in the list (a gap in heights gives no point).
 */
export function blockTimeSeries(blocks: readonly BlockPoint[]): Point[] {
  const s = sortedTimes(blocks);
  const out: Point[] = [];
  for (let i = 1; i < s.length; i++) {
    if (s[i]!.height !== s[i - 1]!.height + 1) continue;
    out.push({ x: s[i]!.height, y: s[i]!.t - s[i - 1]!.t });
  }
  return out;
}

/**
 * Transactions per second by height: a block's transactions over the time since the previous block
 * (0 when the interval is not positive).
 */
export function txRateSeries(blocks: readonly BlockPoint[]): Point[] {
  const s = sortedTimes(blocks);
  const out: Point[] = [];
  for (let i = 1; i < s.length; i++) {
    if (s[i]!.height !== s[i - 1]!.height + 1) continue;
    const dt = s[i]!.t - s[i - 1]!.t;
    out.push({ x: s[i]!.height, y: dt > 0 ? (s[i]!.numTxs * 1000) / dt : 0 });
  }
  return out;
}

/** Average and last value of a series (NaN for an empty one). */
export function summarize(points: readonly Point[]): { mean: number; last: number } {
  if (points.length === 0) return { mean: Number.NaN, last: Number.NaN };
  const sum = points.reduce((a, p) => a + p.y, 0);
  return { mean: sum / points.length, last: points[points.length - 1]!.y };
}

/** Something that happened at a block time (a task recorded, a verdict). */
export interface TimedEvent {
  /** RFC 3339 time of the block it happened in. */
  time: string;
}

/**
 * Events per minute: one point per minute (x = the minute's start, Unix ms) from the first event's
 * minute to `untilMs`'s minute, empty minutes included as 0.
 */
export function perMinuteSeries(events: readonly TimedEvent[], untilMs: number): Point[] {
  const minutes = events.map((e) => Math.floor(Date.parse(e.time) / 60_000)).filter((m) => !Number.isNaN(m));
  if (minutes.length === 0) return [];
  const first = Math.min(...minutes);
  const last = Math.max(Math.floor(untilMs / 60_000), ...minutes);
  const counts = new Map<number, number>();
  for (const m of minutes) counts.set(m, (counts.get(m) ?? 0) + 1);
  const out: Point[] = [];
  // At most a day of minutes: older events are outside any window the explorer keeps.
  for (let m = Math.max(first, last - 1439); m <= last; m++)
    out.push({ x: m * 60_000, y: counts.get(m) ?? 0 });
  return out;
}

/** Verdict names in the order the explorer shows them. */
export const VERDICTS = ["ACCEPTED", "REJECTED", "UNVERIFIED", "EXPIRED"] as const;

/** How many verdicts of each outcome: every name of {@link VERDICTS} (0 when none) and any other seen. */
export function verdictCounts(verdicts: readonly string[]): { label: string; count: number }[] {
  const counts = new Map<string, number>(VERDICTS.map((v) => [v, 0]));
  for (const v of verdicts) {
    const name = v.replace(/^VERDICT_/, "");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count }));
}

/** A node's reputation sample at a height. */
export interface ReputationSample {
  height: number;
  reputation: number;
}

/**
 * A reputation series with one point per change (and the last sample), so a long run of equal
 * samples draws as a step rather than thousands of points.
 */
export function reputationSeries(samples: readonly ReputationSample[]): Point[] {
  const sorted = [...samples].sort((a, b) => a.height - b.height);
  const out: Point[] = [];
  for (const [i, s] of sorted.entries()) {
    const prev = out[out.length - 1];
    if (!prev || prev.y !== s.reputation || i === sorted.length - 1)
      out.push({ x: s.height, y: s.reputation });
  }
  return out;
}
