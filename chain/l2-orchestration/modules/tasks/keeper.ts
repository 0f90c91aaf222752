import { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import { isDigest } from "../../shared/index.js";
import { TasksCode, TasksError } from "./errors.js";
import type { ModelsKeeper, NodesKeeper, SessionsKeeper, TasksHooks } from "./expectedKeepers.js";
import type { TasksParams } from "./params.js";
import { type Task, tasksStore } from "./store.js";

const { TaskStatus } = strata.tasks.v1;

/** Keepers the tasks module is built on. */
export interface TasksKeeperDeps {
  models: ModelsKeeper;
  nodes: NodesKeeper;
  sessions: SessionsKeeper;
}

/**
 * Creates the tasks keeper: reads tasks for other modules and marks them settled. Its hook
 * receiver (`afterRevealPhase`, the scores module) is registered once with `setHooks` after the
 * receiver exists. Stateless over the context apart from that wiring.
 */
export function createTasksKeeper(deps: TasksKeeperDeps) {
  let hooks: TasksHooks | undefined;
  return {
    deps,

    /**
     * Registers the receiver of `afterRevealPhase` (once, at app construction).
     * @throws Error when hooks are already set.
     */
    setHooks(receiver: TasksHooks): void {
      if (hooks) throw new Error("tasks hooks are already set");
      hooks = receiver;
    },

    /** The registered hook receiver (undefined in a tasks-only app). */
    hooks(): TasksHooks | undefined {
      return hooks;
    },

    /** A task by id (undefined for an unknown or malformed id). */
    getTask(ctx: StoreSource, id: string): Task | undefined {
      return isDigest(id) ? tasksStore.getTask(ctx, id) : undefined;
    },

    /** The tasks params. */
    getParams(ctx: StoreSource): Readonly<TasksParams> {
      return tasksStore.getParams(ctx);
    },

    /**
     * Marks a task SETTLED at this height (settlement calls it after paying).
     * @throws TasksError(taskNotFound) for an unknown task; TasksError(revealClosed) unless the
     *   task is SCORING (settling twice or before its reveal phase closed is a bug).
     */
    markSettled(ctx: Context, id: string): void {
      const task = isDigest(id) ? tasksStore.getTask(ctx, id) : undefined;
      if (!task) throw new TasksError(TasksCode.taskNotFound, `cannot settle task ${id}`);
      if (task.status !== TaskStatus.TASK_STATUS_SCORING) {
        throw new TasksError(
          TasksCode.revealClosed,
          `task ${id} is not SCORING (status ${task.status}); cannot settle`,
        );
      }
      task.status = TaskStatus.TASK_STATUS_SETTLED;
      task.settledHeight = ctx.block.height;
      tasksStore.setTask(ctx, task);
    },
  };
}

/** The tasks keeper's type; consumers declare the subset they need in their `expectedKeepers.ts`. */
export type TasksKeeper = ReturnType<typeof createTasksKeeper>;
