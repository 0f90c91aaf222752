/**
 * The guard's Prometheus metrics, on the router node's hand-written registry (one registry
 * implementation for every strata process).
 */
import { createMetricsRegistry, type MetricsRegistry } from "../../router-node/metrics/index.js";

/** Live values read at scrape time. */
export interface GuardGaugeSources {
  height(): number;
  followMode(): string;
  pendingScores(): number;
}

/** What the guard records. */
export interface GuardMetrics {
  readonly registry: MetricsRegistry;
  /** A task judged, by scoring method name (`EXACT_MATCH`, `REEXECUTION`, …). */
  taskJudged(method: string): void;
  /** One executor's judgement (`match`, `mismatch`, `split`, `unchecked`, `wrong-digest`, `missed-reveal`). */
  executorJudged(outcome: string): void;
  /** A re-execution, by reason (`sampled`, `disagreement`) and outcome (`ok`, `failed`). */
  reexecution(reason: string, outcome: string, seconds: number): void;
  /** A `MsgSubmitScores` transaction, by outcome (`committed`, `refused`, `error`), with its score count. */
  scoreTx(outcome: string, scores: number): void;
  /** A score not posted, by reason (`decided`, `expired`, `not-assigned`, …). */
  scoreDropped(reason: string): void;
  /** An attestation attempt, by outcome (`attested`, `refused`). */
  attestation(outcome: string): void;
}

const SECONDS_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** Creates the guard's metric set on a fresh registry. */
export function createGuardMetrics(sources: GuardGaugeSources): GuardMetrics {
  const r = createMetricsRegistry();
  r.gauge("strata_guard_height", "Highest L2 height the guard has seen.", [], (g) =>
    g.set({}, sources.height()),
  );
  r.gauge(
    "strata_guard_follow_websocket",
    "1 while new blocks arrive over the websocket, 0 while polling.",
    [],
    (g) => g.set({}, sources.followMode() === "websocket" ? 1 : 0),
  );
  r.gauge("strata_guard_pending_scores", "Scores judged and waiting to be posted.", [], (g) =>
    g.set({}, sources.pendingScores()),
  );
  const judged = r.counter("strata_guard_tasks_judged_total", "Tasks judged, by scoring method.", ["method"]);
  const executors = r.counter("strata_guard_executor_judgements_total", "Executors judged, by outcome.", [
    "outcome",
  ]);
  const reexecs = r.counter("strata_guard_reexecutions_total", "Tasks re-executed, by reason and outcome.", [
    "reason",
    "outcome",
  ]);
  const reexecSeconds = r.histogram(
    "strata_guard_reexecution_seconds",
    "Time to re-execute one task.",
    SECONDS_BUCKETS,
  );
  const txs = r.counter("strata_guard_score_txs_total", "MsgSubmitScores transactions, by outcome.", [
    "outcome",
  ]);
  const scores = r.counter(
    "strata_guard_scores_total",
    "Task scores in MsgSubmitScores transactions, by outcome.",
    ["outcome"],
  );
  const dropped = r.counter("strata_guard_scores_dropped_total", "Scores not posted, by reason.", ["reason"]);
  const attestations = r.counter(
    "strata_guard_attestations_total",
    "Model attestation attempts, by outcome.",
    ["outcome"],
  );
  return {
    registry: r,
    taskJudged: (method) => judged.inc({ method }),
    executorJudged: (outcome) => executors.inc({ outcome }),
    reexecution(reason, outcome, seconds) {
      reexecs.inc({ reason, outcome });
      reexecSeconds.observe({}, seconds);
    },
    scoreTx(outcome, n) {
      txs.inc({ outcome });
      scores.inc({ outcome }, n);
    },
    scoreDropped: (reason) => dropped.inc({ reason }),
    attestation: (outcome) => attestations.inc({ outcome }),
  };
}
