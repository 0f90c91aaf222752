export { BatchCode, BatchError, RollupCode, RollupError } from "./errors.js";
export type {
  AccountKeeper as RollupAccountKeeper,
  BankKeeper as RollupBankKeeper,
  DepositsReader,
} from "./expectedKeepers.js";
export { NO_DEPOSITS } from "./expectedKeepers.js";
export type { BatchRecordJson, ChildValidatorJson, GenesisRollupJson, RollupGenesis } from "./genesis.js";
export type { AcceptedBatchView, RollupDeps, RollupKeeper } from "./keeper.js";
export { createRollupKeeper } from "./keeper.js";
export { createRollupModule } from "./module.js";
export type { RollupParams, RollupParamsJson } from "./params.js";
export { DEFAULT_ROLLUP_PARAMS, parseRollupParams } from "./params.js";
export { BOND_DENOM, childGenesisValidators, MAX_CHILD_GENESIS_BYTES } from "./registerRollup.js";
export { ROLLUP_MODULE } from "./store.js";
