import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { recordVerdict } from "./decideVerdict.js";
import { drawGuards } from "./drawGuards.js";
import type { NodesKeeper, ScoredTask, ScoresHooks, TaskScoring } from "./expectedKeepers.js";
import { scoresStore } from "./store.js";

const { Verdict } = strata.scores.v1;
const { Role } = strata.nodes.v1;

/**
 * The tasks module's `afterRevealPhase` (RULES.md, scores, "Assignment"): draws the task's guards
 * from the active guards that are not its router or executors, and opens its scoring window. A
 * task no executor revealed is EXPIRED at once; a task no guard can be drawn for is UNVERIFIED at
 * once.
 */
export function assignGuards(
  nodes: NodesKeeper,
  ctx: Context,
  task: ScoredTask,
  hooks: ScoresHooks | undefined,
): void {
  const params = scoresStore.getParams(ctx);
  const height = ctx.block.height;
  const scoring: TaskScoring = {
    taskId: task.id,
    assigned: [],
    assignedHeight: height,
    deadline: height,
    quorum: 0,
    scores: [],
    verdict: Verdict.VERDICT_UNSPECIFIED,
    finalScores: [],
    faulty: [],
    verdictHeight: 0,
  };
  // If no executor revealed: verdict EXPIRED at once (there is nothing to judge).
  if (task.reveals.length === 0) {
    recordVerdict(
      ctx,
      task,
      scoring,
      {
        verdict: Verdict.VERDICT_EXPIRED,
        finalScores: task.receipts.map((r) => ({ executor: r.executor, score: 0 })),
        faulty: [],
      },
      hooks,
    );
    return;
  }
  // Lookups only: the draw iterates the sorted candidate list, never this set.
  const excluded = new Set([task.router, ...task.receipts.map((r) => r.executor)]);
  const candidates = nodes
    .activeNodes(ctx, Role.ROLE_GUARD)
    .map((n) => n.operator)
    .filter((operator) => !excluded.has(operator));
  const assigned = drawGuards(
    ctx.block.lastBlockHash ?? new Uint8Array(),
    task.id,
    candidates,
    params.guardsPerTask,
  );
  // If no guard can be drawn: verdict UNVERIFIED at once.
  if (assigned.length === 0) {
    recordVerdict(
      ctx,
      task,
      scoring,
      {
        verdict: Verdict.VERDICT_UNVERIFIED,
        finalScores: task.missedReveals.map((executor) => ({ executor, score: 0 })),
        faulty: [],
      },
      hooks,
    );
    return;
  }
  scoring.assigned = assigned;
  scoring.quorum = Math.min(params.quorum, assigned.length);
  scoring.deadline = height + params.scoreBlocks;
  scoresStore.setScoring(ctx, scoring);
  scoresStore.enqueueDeadline(ctx, scoring.deadline, task.id);
  for (const guard of assigned) scoresStore.addPending(ctx, guard, task.id);
  ctx.events.emit("assign_guards", {
    task: task.id,
    guards: assigned.join(","),
    quorum: String(scoring.quorum),
    deadline: String(scoring.deadline),
  });
}
