import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { ScoredTask, ScoresHooks, TaskScoring } from "./expectedKeepers.js";
import { scoresStore } from "./store.js";
import { judge, type VerdictOutcome } from "./verdict.js";

/**
 * Records a verdict and hands the task to `afterVerdict` (settlement): stores the outcome, takes
 * the task off the deadline queue and off every guard's pending list, then calls the hook. The
 * scoring is written before the hook so settlement reads the final state.
 */
export function recordVerdict(
  ctx: Context,
  task: ScoredTask,
  scoring: TaskScoring,
  outcome: VerdictOutcome,
  hooks: ScoresHooks | undefined,
): void {
  scoring.verdict = outcome.verdict;
  scoring.finalScores = outcome.finalScores;
  scoring.faulty = outcome.faulty;
  scoring.verdictHeight = ctx.block.height;
  scoresStore.setScoring(ctx, scoring);
  scoresStore.dequeueDeadline(ctx, scoring.deadline, scoring.taskId);
  for (const guard of scoring.assigned) scoresStore.removePending(ctx, guard, scoring.taskId);
  ctx.events.emit("verdict", {
    task: scoring.taskId,
    verdict: strata.scores.v1.Verdict[outcome.verdict] ?? String(outcome.verdict),
    scores: String(scoring.scores.length),
    faulty: outcome.faulty.join(","),
  });
  hooks?.afterVerdict(ctx, task, scoring);
}

/** Judges a task from the scores it has and records the verdict (see {@link recordVerdict}). */
export function decideVerdict(
  ctx: Context,
  task: ScoredTask,
  scoring: TaskScoring,
  fraudThreshold: number,
  hooks: ScoresHooks | undefined,
): void {
  recordVerdict(ctx, task, scoring, judge(task, scoring.scores, fraudThreshold), hooks);
}
