export {
  accountOf,
  consAddressOf,
  consAddressString,
  durationFromNs,
  ED25519_PUBKEY_TYPE,
  encodeConsPubKey,
  formatDuration,
  nsFromDuration,
  nsFromTimestamp,
  operatorBytes,
  operatorOf,
  parseDurationNs,
  timestampFromNs,
} from "./codec.js";
export type { Dec } from "./decimal.js";
export {
  DEC_ONE,
  decFromInt,
  decFromString,
  decFromWire,
  decMul,
  decMulTruncate,
  decQuo,
  decQuoRoundUp,
  decQuoTruncate,
  decRound,
  decToString,
  decToWire,
  decTruncate,
  maxBig,
  minBig,
} from "./decimal.js";
export { StakingCode, StakingError } from "./errors.js";
export type { AccountKeeper, BankKeeper, StakingHooks } from "./expectedKeepers.js";
export type {
  ExportedStakingGenesis,
  FreshStakingGenesis,
  GenesisStakingValidator,
  StakingGenesis,
} from "./genesis.js";
export type {
  GenesisDelegation,
  GenesisRedelegation,
  GenesisUnbondingDelegation,
  GenesisValidatorRecord,
} from "./genesisJson.js";
export type { StakingKeeper, StakingKeeperDeps } from "./keeper.js";
export { createStakingKeeper } from "./keeper.js";
export { createStakingModule } from "./module.js";
export type { StakingParamsJson } from "./params.js";
export { DEFAULT_STAKING_PARAMS, parseStakingParams, stakingParamsToJson } from "./params.js";
export { tokensFromShares, tokensFromSharesTruncated } from "./shares.js";
export type {
  Commission,
  Delegation,
  Redelegation,
  RedelegationEntry,
  StakingParams,
  UnbondingDelegation,
  UnbondingEntry,
  Validator,
} from "./types.js";
export { BONDED_POOL, BondStatus, NOT_BONDED_POOL, POWER_REDUCTION, STAKING_MODULE } from "./types.js";
export { formatTimeNs, parseTimeNs } from "./validation.js";
