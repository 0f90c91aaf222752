export { BridgeCode, BridgeError } from "./errors.js";
export type {
  AccountKeeper as BridgeAccountKeeper,
  BankKeeper as BridgeBankKeeper,
} from "./expectedKeepers.js";
export type { BridgeGenesis, BridgeStateJson, MintedDepositJson, WithdrawalJson } from "./genesis.js";
export type { BridgeDeps, BridgeKeeper, BridgeTotals } from "./keeper.js";
export { createBridgeKeeper } from "./keeper.js";
export { MAX_DEPOSITS_PER_MSG } from "./mintDeposits.js";
export { createBridgeModule } from "./module.js";
export type { BridgeParams, BridgeParamsJson } from "./params.js";
export { DEFAULT_BRIDGE_PARAMS, parseBridgeParams } from "./params.js";
export type { MintedDeposit, StoredWithdrawal } from "./store.js";
export { BRIDGE_MODULE } from "./store.js";
