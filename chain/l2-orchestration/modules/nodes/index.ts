export { NodesCode, NodesError } from "./errors.js";
export type {
  AccountKeeper as NodesAccountKeeper,
  BankKeeper as NodesBankKeeper,
  ModelsKeeper as NodesModelsKeeper,
} from "./expectedKeepers.js";
export type { NodeJson, NodesGenesis } from "./genesis.js";
export type { NodesDeps, NodesKeeper } from "./keeper.js";
export { createNodesKeeper } from "./keeper.js";
export { createNodesModule } from "./module.js";
export type { NodesParams, NodesParamsJson } from "./params.js";
export { DEFAULT_NODES_PARAMS, nodesParamsToJson, parseNodesParams } from "./params.js";
export { nextReputation } from "./recordScore.js";
export type { SlashReason } from "./slash.js";
export { NODES_MODULE } from "./store.js";
