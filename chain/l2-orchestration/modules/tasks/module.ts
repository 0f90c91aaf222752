import type { Module } from "../../../core/app/module.js";
import { closeDueRevealPhases } from "./closeRevealPhase.js";
import { exportTasksGenesis, initTasksGenesis } from "./genesis.js";
import type { TasksKeeper } from "./keeper.js";
import { tasksQueries } from "./queries.js";
import { recordTasksHandler } from "./recordTasks.js";
import { revealResultsHandler } from "./revealResults.js";
import { TASKS_MODULE } from "./store.js";

/**
 * The tasks module: `MsgRecordTasks`, `MsgRevealResults`, the end-block that closes reveal phases
 * due at this height, the tasks queries and genesis.
 */
export function createTasksModule(keeper: TasksKeeper): Module {
  return {
    name: TASKS_MODULE,
    msgs: [recordTasksHandler(keeper.deps), revealResultsHandler(() => keeper.hooks(), keeper.deps.sessions)],
    queries: tasksQueries,
    initGenesis: initTasksGenesis,
    exportGenesis: exportTasksGenesis,
    endBlock(ctx) {
      closeDueRevealPhases(ctx, keeper.hooks());
      return undefined;
    },
  };
}
