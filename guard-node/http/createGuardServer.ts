/**
 * The guard's HTTP endpoints: `GET /health` (JSON) and `GET /metrics` (Prometheus text).
 */
import { createServiceServer, type ServiceServer } from "../../router-node/metrics/index.js";

/** What `/health` reports. */
export interface GuardHealth {
  /** `ok` while following the chain, `degraded` while the node is unreachable or stale. */
  status: "ok" | "degraded";
  guard: string;
  height: number;
  follow: string;
  /** sha256 of the model the guard re-executes with, or null without one. */
  model: string | null;
  reexecRate: number;
  pendingScores: number;
}

/** A listening guard server. */
export type GuardServer = ServiceServer;

/** Listens on `host:port` (0: any free port) and answers from `health()` and `metrics()`. */
export function createGuardServer(
  opts: { host: string; port: number },
  sources: { health(): GuardHealth; metrics(): string },
): Promise<GuardServer> {
  return createServiceServer(opts, sources);
}
