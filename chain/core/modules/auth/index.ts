export type { Account } from "./account.js";
export {
  encodeAccountAny,
  encodeAccountBytes,
  encodePubKeyAny,
  moduleAddress,
  SECP256K1_PUBKEY,
} from "./account.js";
export type { AnteKeepers, AnteOptions, GasPrice } from "./ante.js";
export {
  assertMinGasPrice,
  createAnteHandler,
  FEE_COLLECTOR,
  parseGasPrices,
  runAnte,
} from "./ante.js";
export type { FeeBankKeeper } from "./expectedKeepers.js";
export type { AuthGenesis, GenesisAccount } from "./genesis.js";
export type { AuthKeeper } from "./keeper.js";
export { AUTH_MODULE, createAuthKeeper } from "./keeper.js";
export { createAuthModule } from "./module.js";
export { DEFAULT_AUTH_PARAMS } from "./params.js";
