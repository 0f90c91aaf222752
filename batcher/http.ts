/**
 * The batcher's HTTP endpoints: `GET /health` (JSON, 503 while posting keeps failing) and
 * `GET /metrics` (Prometheus text).
 */
import { createServiceServer, type ServiceServer } from "../router-node/metrics/index.js";
import type { BatcherStats } from "./batcher.js";

/** What `/health` reports. */
export interface BatcherHealth extends Omit<BatcherStats, "gasUsed"> {
  /** `ok`, or `degraded` after 3 consecutive posting failures. */
  status: "ok" | "degraded";
  /** Child blocks not yet accepted on the parent. */
  lag: number;
  gasUsed: string;
}

/** The health document of `stats`. */
export function batcherHealth(s: Readonly<BatcherStats>): BatcherHealth {
  return {
    ...s,
    status: s.consecutiveFailures >= 3 ? "degraded" : "ok",
    lag: Math.max(0, s.childHeight - s.postedHeight),
    gasUsed: s.gasUsed.toString(),
  };
}

/** A listening batcher server. */
export type BatcherServer = ServiceServer;

/** Listens on `host:port` (0: any free port) and answers from `stats()` and `metrics()`. */
export function createBatcherServer(
  opts: { host: string; port: number },
  sources: { stats(): Readonly<BatcherStats>; metrics(): string },
): Promise<BatcherServer> {
  return createServiceServer(opts, {
    health: () => batcherHealth(sources.stats()),
    metrics: sources.metrics,
  });
}
