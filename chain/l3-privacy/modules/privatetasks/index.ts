export { PrivateTasksCode, PrivateTasksError } from "./errors.js";
export type {
  KeysKeeper as PrivateTasksKeysKeeper,
  MembershipKeeper as PrivateTasksMembershipKeeper,
} from "./expectedKeepers.js";
export type { PrivateTasksGenesis } from "./genesis.js";
export type { PrivateTasksKeeper } from "./keeper.js";
export { createPrivateTasksKeeper } from "./keeper.js";
export { createPrivateTasksModule } from "./module.js";
export type { PrivateTasksDeps } from "./recordRules.js";
export { MAX_TASKS_PER_MSG } from "./recordTasks.js";
export { PRIVATETASKS_MODULE } from "./store.js";
