/**
 * One readable record of a task across the tasks, scores and settlement modules: receipts,
 * reveals, guard scores with their methods, the verdict, payments with their reasons, slashes.
 */
import type { ScoresExtension } from "./queries/scores.js";
import type { SettlementExtension } from "./queries/settlement.js";
import type { TasksExtension } from "./queries/tasks.js";
import {
  enumName,
  Method,
  PaymentRole,
  type Settlement,
  type Task,
  type TaskScoring,
  TaskStatus,
  Verdict,
} from "./types.js";

/** A task as {@link fetchTaskReport} reports it; enum values are short names (`"ACCEPTED"`). */
export interface TaskReport {
  id: string;
  sessionId: number;
  router: string;
  model: string;
  /** `COMMITTED`, `SCORING` or `SETTLED`. */
  status: string;
  recordedHeight: number;
  revealDeadline: number;
  settledHeight: number;
  /** ustra held in the session's escrow for the task while unsettled. */
  reserved: string;
  /** One per executor; the first is the served one. */
  receipts: {
    executor: string;
    served: boolean;
    modelSha256: string;
    promptSha256: string;
    commitment: string;
    inputTokens: number;
    outputTokens: number;
    revealed: boolean;
  }[];
  reveals: { executor: string; output: string; salt: string }[];
  missedReveals: string[];
  /** Guards drawn for the task (empty before the reveal phase closed or when none could be drawn). */
  guards: string[];
  quorum: number;
  scoreDeadline: number;
  /** Guard scores, in the order they arrived. */
  scores: {
    guard: string;
    /** `EXACT_MATCH`, `SIMILARITY`, `REEXECUTION` or `DIGEST_CHECK`. */
    method: string;
    height: number;
    note: string;
    scores: { executor: string; score: number }[];
  }[];
  /** `ACCEPTED`, `REJECTED`, `UNVERIFIED`, `EXPIRED`, or null before the verdict. */
  verdict: string | null;
  verdictHeight: number;
  finalScores: { executor: string; score: number }[];
  faulty: string[];
  /** Null until settled. */
  settlement: {
    charge: string;
    refunded: string;
    inputTokens: number;
    outputTokens: number;
    priceInputPer_1k: string;
    priceOutputPer_1k: string;
    height: number;
  } | null;
  /** `role` is `EXECUTOR`, `ROUTER`, `GUARD`, `MODEL_OWNER` or `TREASURY`. */
  payments: { recipient: string; role: string; amount: string; reason: string }[];
  slashes: { node: string; amount: string; reason: string; jailed: boolean }[];
}

/** Combines a task with its scoring and settlement records (either may be null) into a report. */
export function buildTaskReport(
  task: Task,
  scoring: TaskScoring | null,
  settlement: Settlement | null,
): TaskReport {
  const revealed = new Set(task.reveals.map((r) => r.executor));
  return {
    id: task.id,
    sessionId: Number(task.sessionId),
    router: task.router,
    model: task.model,
    status: enumName(TaskStatus, task.status),
    recordedHeight: Number(task.recordedHeight),
    revealDeadline: Number(task.revealDeadline),
    settledHeight: Number(task.settledHeight),
    reserved: task.reserved,
    receipts: task.receipts.map((r, i) => ({
      executor: r.executor ?? "",
      served: i === 0,
      modelSha256: r.modelSha256 ?? "",
      promptSha256: r.promptSha256 ?? "",
      commitment: r.commitment ?? "",
      inputTokens: Number(r.inputTokens),
      outputTokens: Number(r.outputTokens),
      revealed: revealed.has(r.executor ?? ""),
    })),
    reveals: task.reveals.map((r) => ({
      executor: r.executor ?? "",
      output: r.output ?? "",
      salt: r.salt ?? "",
    })),
    missedReveals: [...task.missedReveals],
    guards: scoring ? [...scoring.assigned] : [],
    quorum: scoring ? scoring.quorum : 0,
    scoreDeadline: scoring ? Number(scoring.deadline) : 0,
    scores: (scoring?.scores ?? []).map((g) => ({
      guard: g.guard ?? "",
      method: enumName(Method, g.score?.method ?? 0),
      height: Number(g.height),
      note: g.score?.note ?? "",
      scores: (g.score?.scores ?? []).map((s) => ({
        executor: s.executor ?? "",
        score: Number(s.score ?? 0),
      })),
    })),
    verdict:
      scoring && scoring.verdict !== Verdict.VERDICT_UNSPECIFIED ? enumName(Verdict, scoring.verdict) : null,
    verdictHeight: scoring ? Number(scoring.verdictHeight) : 0,
    finalScores: (scoring?.finalScores ?? []).map((s) => ({
      executor: s.executor ?? "",
      score: Number(s.score ?? 0),
    })),
    faulty: scoring ? [...scoring.faulty] : [],
    settlement: settlement
      ? {
          charge: settlement.charge,
          refunded: settlement.refunded,
          inputTokens: Number(settlement.inputTokens),
          outputTokens: Number(settlement.outputTokens),
          priceInputPer_1k: settlement.priceInputPer_1k,
          priceOutputPer_1k: settlement.priceOutputPer_1k,
          height: Number(settlement.height),
        }
      : null,
    payments: (settlement?.payments ?? []).map((p) => ({
      recipient: p.recipient ?? "",
      role: enumName(PaymentRole, p.role ?? 0),
      amount: p.amount ?? "0",
      reason: p.reason ?? "",
    })),
    slashes: (settlement?.slashes ?? []).map((s) => ({
      node: s.node ?? "",
      amount: s.amount ?? "0",
      reason: s.reason ?? "",
      jailed: s.jailed ?? false,
    })),
  };
}

/**
 * Reads a task, its scoring and its settlement and combines them into a {@link TaskReport};
 * null when no task has that id.
 */
export async function fetchTaskReport(
  query: TasksExtension & ScoresExtension & SettlementExtension,
  id: string,
): Promise<TaskReport | null> {
  const task = await query.tasks.task(id);
  if (!task) return null;
  const [scoring, settlement] = await Promise.all([
    query.scores.taskScoring(id),
    query.settlement.settlement(id),
  ]);
  return buildTaskReport(task, scoring, settlement);
}
