export { SessionsCode, SessionsError } from "./errors.js";
export type {
  AccountKeeper as SessionsAccountKeeper,
  BankKeeper as SessionsBankKeeper,
  ModelsKeeper as SessionsModelsKeeper,
  NodesKeeper as SessionsNodesKeeper,
} from "./expectedKeepers.js";
export type { SessionJson, SessionsGenesis } from "./genesis.js";
export type { SessionsDeps, SessionsKeeper } from "./keeper.js";
export { createSessionsKeeper } from "./keeper.js";
export { createSessionsModule } from "./module.js";
export type { SessionsParams, SessionsParamsJson } from "./params.js";
export { DEFAULT_SESSIONS_PARAMS, parseSessionsParams } from "./params.js";
export { SESSIONS_MODULE } from "./store.js";
