export { BridgeCode, BridgeError } from "./errors.js";
export type {
  AcceptedBatch as BridgeAcceptedBatch,
  AccountKeeper as BridgeAccountKeeper,
  BankKeeper as BridgeBankKeeper,
  RollupKeeper as BridgeRollupKeeper,
} from "./expectedKeepers.js";
export type { BridgeGenesis, ClaimJson, DepositJson } from "./genesis.js";
export type { BridgeDeps, BridgeKeeper, EscrowFigures } from "./keeper.js";
export { BRIDGE_DENOM, createBridgeKeeper } from "./keeper.js";
export { createBridgeModule } from "./module.js";
export { BRIDGE_MODULE } from "./store.js";
