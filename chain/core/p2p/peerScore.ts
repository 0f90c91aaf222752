import type { NodeId } from "./nodeId.js";

/**
 * Peer scoring and bans, pure over an injected clock. A peer's penalty grows with each offence
 * (by its severity) and decays exponentially; at the threshold the peer is banned for a while.
 */

/** How bad an offence is; the number of penalty points it adds is in {@link SEVERITY_POINTS}. */
export type Severity = "low" | "medium" | "high" | "fatal";

/**
 * Penalty points per severity. With the default threshold of 100: twenty `low` offences in quick
 * succession, five `medium`, two `high`, or one `fatal` ban a peer.
 */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = {
  low: 5,
  medium: 20,
  high: 50,
  fatal: 100,
};

/** Options of {@link PeerScores}. */
export interface PeerScoreOptions {
  /** Penalty at which a peer is banned (default 100). */
  readonly banThreshold?: number;
  /** How long a ban lasts, ms (default 10 min). */
  readonly banDurationMs?: number;
  /** Half-life of a penalty, ms (default 5 min). */
  readonly halfLifeMs?: number;
  /** Most peers tracked; the oldest entries are forgotten beyond it (default 10,000). */
  readonly maxTracked?: number;
}

/** Result of {@link PeerScores.penalize}. */
export interface PenaltyResult {
  /** The peer's penalty after this offence. */
  readonly penalty: number;
  /** True when this offence crossed the threshold (the peer is now banned). */
  readonly banned: boolean;
}

interface Entry {
  penalty: number;
  at: number;
}

/** Penalties and bans of peers (by node id). */
export class PeerScores {
  private readonly penalties = new Map<NodeId, Entry>();
  private readonly bans = new Map<NodeId, number>();
  private readonly threshold: number;
  private readonly banDurationMs: number;
  private readonly halfLifeMs: number;
  private readonly maxTracked: number;

  /**
   * @param opts - thresholds and durations
   * @param now - clock, ms
   */
  constructor(
    opts: PeerScoreOptions,
    private readonly now: () => number,
  ) {
    this.threshold = opts.banThreshold ?? 100;
    this.banDurationMs = opts.banDurationMs ?? 10 * 60_000;
    this.halfLifeMs = opts.halfLifeMs ?? 5 * 60_000;
    this.maxTracked = opts.maxTracked ?? 10_000;
  }

  /** The peer's current (decayed) penalty; 0 for an unknown peer. */
  penalty(id: NodeId): number {
    const entry = this.penalties.get(id);
    if (entry === undefined) return 0;
    const elapsed = Math.max(0, this.now() - entry.at);
    return entry.penalty * 0.5 ** (elapsed / this.halfLifeMs);
  }

  /** Adds an offence; bans the peer when its penalty reaches the threshold. */
  penalize(id: NodeId, severity: Severity): PenaltyResult {
    const penalty = this.penalty(id) + SEVERITY_POINTS[severity];
    // Re-insert so the map's order is least-recently-penalised first (eviction order).
    this.penalties.delete(id);
    this.penalties.set(id, { penalty, at: this.now() });
    evictOldest(this.penalties, this.maxTracked);
    if (penalty >= this.threshold) {
      this.ban(id);
      return { penalty, banned: true };
    }
    return { penalty, banned: false };
  }

  /** Bans a peer for `durationMs` (default: the configured ban duration); its penalty resets. */
  ban(id: NodeId, durationMs: number = this.banDurationMs): void {
    this.penalties.delete(id);
    this.bans.delete(id);
    this.bans.set(id, this.now() + durationMs);
    evictOldest(this.bans, this.maxTracked);
  }

  /** Lifts a ban. */
  unban(id: NodeId): void {
    this.bans.delete(id);
  }

  /** When the peer's ban ends (ms), or undefined when it is not banned. Expired bans are dropped. */
  bannedUntil(id: NodeId): number | undefined {
    const until = this.bans.get(id);
    if (until === undefined) return undefined;
    if (until <= this.now()) {
      this.bans.delete(id);
      return undefined;
    }
    return until;
  }

  /** True while the peer is banned. */
  isBanned(id: NodeId): boolean {
    return this.bannedUntil(id) !== undefined;
  }

  /** Every peer banned now, with the time its ban ends. */
  banned(): { id: NodeId; until: number }[] {
    const out: { id: NodeId; until: number }[] = [];
    for (const id of [...this.bans.keys()]) {
      const until = this.bannedUntil(id);
      if (until !== undefined) out.push({ id, until });
    }
    return out;
  }
}

function evictOldest<V>(map: Map<NodeId, V>, max: number): void {
  // Node ids cost an attacker nothing to mint, so the tables must stay bounded.
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}
