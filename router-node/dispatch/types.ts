import type { InferenceBackend } from "../inference/index.js";
import type { AgreementLevel } from "./compareOutputs.js";

/** One place the router can send work: a local backend or a peer router. */
export interface Executor {
  /** Stable id shown in metadata and metrics (`local`, `upstream`, `peer:127.0.0.1:9001`). */
  id: string;
  backend: InferenceBackend;
  /** Declared price per 1k tokens. */
  price: number;
  /** Declared number of requests it serves at once. */
  capacity: number;
  /** Reputation in [0, 1] (configured, or the L2 registry's reputation / SCALE). */
  reputation: number;
  /** Bonded stake (the L2 registry's, in ustra); unset for executors configured off chain. */
  stake?: number;
}

/** How one attempt on one executor ended. */
export type AttemptStatus = "running" | "ok" | "failed" | "cancelled" | "timeout";

/**
 * What the dispatcher reports to metrics. Owned here (the consumer), implemented by the router's
 * metrics set.
 */
export interface DispatchMetrics {
  attemptFinished(executor: string, status: AttemptStatus): void;
  retried(executor: string): void;
  redundancyOutcome(level: AgreementLevel): void;
}

/** A metrics sink that records nothing. */
export const noDispatchMetrics: DispatchMetrics = {
  attemptFinished: () => {},
  retried: () => {},
  redundancyOutcome: () => {},
};
