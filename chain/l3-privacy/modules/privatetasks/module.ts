import type { Module } from "../../../core/app/module.js";
import { exportPrivateTasksGenesis, initPrivateTasksGenesis } from "./genesis.js";
import type { PrivateTasksKeeper } from "./keeper.js";
import { privateTasksQueries } from "./queries.js";
import { recordTasksHandler } from "./recordTasks.js";
import { PRIVATETASKS_MODULE } from "./store.js";
import { submitCompletionHandler } from "./submitCompletion.js";
import { submitPromptHandler } from "./submitPrompt.js";

/** The privatetasks module: prompts, completions and whole tasks as ciphertext; `Task`, `Tasks` queries; genesis. */
export function createPrivateTasksModule(keeper: PrivateTasksKeeper): Module {
  const { deps } = keeper;
  return {
    name: PRIVATETASKS_MODULE,
    msgs: [submitPromptHandler(deps), submitCompletionHandler(deps), recordTasksHandler(deps)],
    queries: privateTasksQueries,
    initGenesis: (ctx, raw) => initPrivateTasksGenesis(ctx, raw),
    exportGenesis: (ctx) => exportPrivateTasksGenesis(ctx),
  };
}
