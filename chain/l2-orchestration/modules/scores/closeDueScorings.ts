import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { decideVerdict } from "./decideVerdict.js";
import type { ScoresHooks, TasksKeeper } from "./expectedKeepers.js";
import { scoresStore } from "./store.js";

const { Verdict } = strata.scores.v1;

/**
 * End-block (RULES.md, scores, "Deadline"): every task whose scoring deadline is this height (or
 * earlier) and still has no verdict is decided from the scores it has: with at least one, as a
 * quorum would be; with none, UNVERIFIED. Reads only the queue entries due.
 */
export function closeDueScorings(tasks: TasksKeeper, ctx: Context, hooks: ScoresHooks | undefined): void {
  const { fraudThreshold } = scoresStore.getParams(ctx);
  for (const { deadline, taskId } of scoresStore.dueDeadlines(ctx, ctx.block.height)) {
    const scoring = scoresStore.getScoring(ctx, taskId);
    const task = tasks.getTask(ctx, taskId);
    if (!scoring || !task || scoring.verdict !== Verdict.VERDICT_UNSPECIFIED) {
      // A stale entry (the verdict came with the quorum); drop it.
      scoresStore.dequeueDeadline(ctx, deadline, taskId);
      continue;
    }
    decideVerdict(ctx, task, scoring, fraudThreshold, hooks);
  }
}
