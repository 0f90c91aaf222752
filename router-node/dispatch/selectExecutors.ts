/**
 * What the selection policy knows about one executor. Price and capacity are declared by the
 * operator (later: registered on L2), load is measured by this router, reputation is an input
 * (a number for now; L2 will feed it).
 */
export interface ExecutorCandidate {
  id: string;
  /** Declared price per 1k tokens (any unit, compared only with each other). */
  price: number;
  /** Declared number of requests it serves at once. */
  capacity: number;
  /** Requests this router has in flight on it now. */
  load: number;
  /** Reputation in [0, 1]; higher is better. */
  reputation: number;
  /** False while the executor is cooling down after a failure. */
  healthy: boolean;
  /** Bonded stake on L2 (ustra), when known: more at stake ranks higher. */
  stake?: number;
}

/** Weights of the score and the reputation floor. */
export interface SelectionPolicy {
  /** Weight of reputation (0..1). */
  reputation: number;
  /** Weight of spare capacity, `1 - load / capacity` (0..1). */
  headroom: number;
  /** Weight of price relative to the dearest eligible candidate (0..1), subtracted. */
  price: number;
  /** Candidates whose reputation is below this are never chosen. */
  minReputation: number;
  /** Weight of stake relative to the largest eligible stake (0..1); unset: 0.5. */
  stake?: number;
}

/**
 * Default weights: reputation, headroom and price count equally, stake half as much (it says what a
 * node can lose, not how well it serves); no reputation floor.
 */
export const DEFAULT_SELECTION_POLICY: SelectionPolicy = {
  reputation: 1,
  headroom: 1,
  price: 1,
  minReputation: 0,
  stake: 0.5,
};

/** Why a candidate was left out. */
export type ExclusionReason = "no-capacity" | "low-reputation";

/** Outcome of {@link selectExecutors}. */
export interface Selection {
  /** Up to `k` ids to send the request to, best first. */
  chosen: string[];
  /** The other eligible ids, best first: where retries go. */
  spares: string[];
  /** Ids left out, with the rule that excluded them. */
  excluded: { id: string; reason: ExclusionReason }[];
}

/**
 * The dispatch policy: ranks executors for one request and picks `k` of them. Pure: the same
 * input gives the same output, with no clock or randomness.
 *
 * Rules, in order:
 * 1. [EXCLUDE] `capacity <= 0`, or reputation below `policy.minReputation`.
 * 2. Tiers: healthy and unsaturated first; then saturated (`load >= capacity`: they can still
 *    serve, the request waits in their queue); then unhealthy (cooling down after a failure:
 *    tried only when nothing else is left, so a lone executor is never locked out).
 * 3. Within each tier, higher score first:
 *    `reputation·w_r + (1 - load/capacity)·w_h - (price / maxPrice)·w_p + (stake / maxStake)·w_s`,
 *    with `maxPrice` / `maxStake` the highest price / stake among eligible candidates (a term is 0
 *    when that maximum is 0; an unknown stake counts as 0).
 * 4. Equal scores keep the input order (operator's configuration order).
 */
export function selectExecutors(
  candidates: readonly ExecutorCandidate[],
  k: number,
  policy: SelectionPolicy = DEFAULT_SELECTION_POLICY,
): Selection {
  const excluded: Selection["excluded"] = [];
  const eligible: { c: ExecutorCandidate; index: number }[] = [];
  candidates.forEach((c, index) => {
    if (!(c.capacity > 0)) excluded.push({ id: c.id, reason: "no-capacity" });
    else if (c.reputation < policy.minReputation) excluded.push({ id: c.id, reason: "low-reputation" });
    else eligible.push({ c, index });
  });
  const maxPrice = eligible.reduce((m, { c }) => Math.max(m, c.price), 0);
  const maxStake = eligible.reduce((m, { c }) => Math.max(m, c.stake ?? 0), 0);
  const stakeWeight = policy.stake ?? 0.5;
  const ranked = eligible
    .map(({ c, index }) => {
      const headroom = Math.max(0, 1 - c.load / c.capacity);
      const priceTerm = maxPrice > 0 ? c.price / maxPrice : 0;
      const stakeTerm = maxStake > 0 ? (c.stake ?? 0) / maxStake : 0;
      return {
        id: c.id,
        index,
        tier: !c.healthy ? 2 : c.load >= c.capacity ? 1 : 0,
        score:
          policy.reputation * c.reputation +
          policy.headroom * headroom -
          policy.price * priceTerm +
          stakeWeight * stakeTerm,
      };
    })
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.index - b.index);
  const want = Math.max(0, Math.floor(k));
  return {
    chosen: ranked.slice(0, want).map((r) => r.id),
    spares: ranked.slice(want).map((r) => r.id),
    excluded,
  };
}
