import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { TasksHooks } from "./expectedKeepers.js";
import { type Task, tasksStore } from "./store.js";

const { TaskStatus } = strata.tasks.v1;

/**
 * Closes a task's reveal phase (RULES.md, tasks, "Reveal phase close"): executors without a
 * reveal go to `missed_reveals` (receipt order), the task is stored SCORING and leaves the reveal
 * queue, then `afterRevealPhase` runs. The task is written before the hook because the hook may
 * settle it at once (EXPIRED, UNVERIFIED), which rewrites it; nothing here writes it afterwards.
 */
export function closeRevealPhase(ctx: Context, task: Task, hooks: TasksHooks | undefined): void {
  const revealed = new Set(task.reveals.map((r) => r.executor));
  task.missedReveals = task.receipts.map((r) => r.executor).filter((e) => !revealed.has(e));
  task.status = TaskStatus.TASK_STATUS_SCORING;
  tasksStore.setTask(ctx, task);
  tasksStore.dequeueReveal(ctx, task.revealDeadline, task.id);
  ctx.events.emit("close_reveal_phase", {
    task: task.id,
    revealed: String(task.reveals.length),
    missed: task.missedReveals.join(","),
  });
  hooks?.afterRevealPhase(ctx, task);
}

/**
 * End-block: closes the reveal phase of every COMMITTED task whose `reveal_deadline` is this
 * height (or earlier), in (deadline, task id) order. Reads only the queue entries due.
 */
export function closeDueRevealPhases(ctx: Context, hooks: TasksHooks | undefined): void {
  for (const { deadline, id } of tasksStore.dueReveals(ctx, ctx.block.height)) {
    const task = tasksStore.getTaskByKeyId(ctx, id);
    if (task?.status === TaskStatus.TASK_STATUS_COMMITTED) closeRevealPhase(ctx, task, hooks);
    // A queue entry without a committed task is stale; drop it.
    else if (task) tasksStore.dequeueReveal(ctx, deadline, task.id);
  }
}
