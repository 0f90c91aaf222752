/**
 * Output similarity for redundant outputs that need not be identical (RULES.md, scores, "Guard
 * scoring policy"): the normalised character-level Levenshtein similarity over Unicode code points.
 * Pure.
 */

/**
 * The Levenshtein distance (insertions, deletions, substitutions, each cost 1) between two texts,
 * counted in Unicode code points. A shared prefix and suffix are stripped first, so near-identical
 * outputs cost little; the rest is the two-row dynamic program, O(n·m) time, O(m) memory.
 */
export function levenshtein(a: string, b: string): number {
  return levenshteinWithin(a, b, Number.POSITIVE_INFINITY);
}

/**
 * The Levenshtein distance when it is at most `maxDistance`, else `maxDistance + 1`. It stops as
 * soon as a whole row of the dynamic program exceeds the bound (distances only grow from there), so
 * deciding "similar or not" on two unrelated 16 KiB outputs costs a fraction of the full distance.
 */
export function levenshteinWithin(a: string, b: string, maxDistance: number): number {
  if (a === b) return 0;
  const x = Array.from(a);
  const y = Array.from(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const n = endX - start;
  const m = endY - start;
  const over = maxDistance + 1;
  if (Math.abs(n - m) > maxDistance) return over;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const xi = x[start + i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (xi === y[start + j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxDistance) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[m]! > maxDistance ? over : prev[m]!;
}

/**
 * Whether `similarity(a, b) ≥ threshold`, deciding with a bounded distance
 * ({@link levenshteinWithin}) instead of computing the exact similarity.
 */
export function isSimilar(a: string, b: string, threshold: number): boolean {
  if (a === b) return true;
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  // similarity ≥ t  ⇔  distance ≤ (1 − t) · longest; a small epsilon keeps exact ratios exact.
  const maxDistance = Math.floor((1 - threshold) * longest + 1e-9);
  if (maxDistance < 0) return false;
  return levenshteinWithin(a, b, maxDistance) <= maxDistance;
}

/**
 * `1 − levenshtein(a, b) / max(|a|, |b|)` with lengths in code points: 1 for identical texts
 * (two empty texts included), 0 when nothing can be kept.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  return 1 - levenshtein(a, b) / longest;
}
