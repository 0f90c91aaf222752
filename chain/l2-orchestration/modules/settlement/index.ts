export { SettlementCode, SettlementError } from "./errors.js";
export type {
  AccountKeeper,
  BankKeeper,
  ModelsKeeper,
  NodesKeeper,
  SessionsKeeper,
  SettledTask,
  TasksKeeper,
  VerdictScoring,
} from "./expectedKeepers.js";
export type { SettlementGenesis, SettlementJson } from "./genesis.js";
export type { SettlementKeeper, SettlementKeeperDeps } from "./keeper.js";
export { createSettlementKeeper } from "./keeper.js";
export { SettlementKey } from "./keys.js";
export { createSettlementModule } from "./module.js";
export type { SettlementParams, SettlementParamsJson } from "./params.js";
export { BPS, DEFAULT_SETTLEMENT_PARAMS, parseSettlementParams } from "./params.js";
export type { SplitInput, SplitPayment } from "./split.js";
export { bpsPercent, splitCharge } from "./split.js";
export type { Settlement } from "./store.js";
export { SETTLEMENT_MODULE } from "./store.js";
