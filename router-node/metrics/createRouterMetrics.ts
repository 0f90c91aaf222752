import type { AgreementLevel, AttemptStatus, DispatchMetrics } from "../dispatch/index.js";
import { createMetricsRegistry, type MetricsRegistry } from "./registry.js";

/** Live values read at scrape time. */
export interface RouterGaugeSources {
  queueDepth(): number;
  active(): number;
  executorsInFlight(): { id: string; inFlight: number }[];
}

/** The router's metrics: what the gateway and the dispatcher record. */
export interface RouterMetrics extends DispatchMetrics {
  readonly registry: MetricsRegistry;
  /** One HTTP request answered (`status` is the HTTP status, or `cancelled`). */
  requestDone(route: string, status: string, seconds: number): void;
  timeToFirstToken(route: string, seconds: number): void;
  tokens(prompt: number, completion: number): void;
}

// Latency buckets from 1 ms to 2 min: the router adds milliseconds, generations take seconds.
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** Creates the router's metric set on a fresh registry. */
export function createRouterMetrics(sources: RouterGaugeSources): RouterMetrics {
  const r = createMetricsRegistry();
  const requests = r.counter("strata_router_requests_total", "HTTP requests answered, by route and status.", [
    "route",
    "status",
  ]);
  const duration = r.histogram(
    "strata_router_request_duration_seconds",
    "Time from request to last byte of the answer.",
    LATENCY_BUCKETS,
    ["route"],
  );
  const ttft = r.histogram(
    "strata_router_time_to_first_token_seconds",
    "Time from request to the first generated token.",
    LATENCY_BUCKETS,
    ["route"],
  );
  const tokens = r.counter(
    "strata_router_tokens_total",
    "Tokens processed, by kind (prompt or completion).",
    ["kind"],
  );
  const attempts = r.counter(
    "strata_router_executor_attempts_total",
    "Attempts sent to executors, by outcome.",
    ["executor", "outcome"],
  );
  const retries = r.counter(
    "strata_router_retries_total",
    "Attempts replaced on another executor after a failure.",
    ["failed_executor"],
  );
  const redundancy = r.counter(
    "strata_router_redundancy_total",
    "Redundant requests by agreement of outputs.",
    ["agreement"],
  );
  r.gauge("strata_router_queue_depth", "Requests waiting for admission.", [], (g) =>
    g.set({}, sources.queueDepth()),
  );
  r.gauge("strata_router_requests_in_flight", "Requests admitted and running.", [], (g) =>
    g.set({}, sources.active()),
  );
  r.gauge("strata_router_executor_in_flight", "Attempts running on each executor.", ["executor"], (g) => {
    for (const e of sources.executorsInFlight()) g.set({ executor: e.id }, e.inFlight);
  });

  return {
    registry: r,
    requestDone(route, status, seconds) {
      requests.inc({ route, status });
      duration.observe({ route }, seconds);
    },
    timeToFirstToken(route, seconds) {
      ttft.observe({ route }, seconds);
    },
    tokens(prompt, completion) {
      tokens.inc({ kind: "prompt" }, prompt);
      tokens.inc({ kind: "completion" }, completion);
    },
    attemptFinished(executor: string, status: AttemptStatus) {
      attempts.inc({ executor, outcome: status });
    },
    retried(executor: string) {
      retries.inc({ failed_executor: executor });
    },
    redundancyOutcome(level: AgreementLevel) {
      redundancy.inc({ agreement: level });
    },
  };
}
