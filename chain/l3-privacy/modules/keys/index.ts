export { KeysCode, KeysError } from "./errors.js";
export type { AuditKeeper as KeysAuditKeeper } from "./expectedKeepers.js";
export type { CustodianJson, EpochJson, KeysGenesis, RewrapJson } from "./genesis.js";
export type { KeysDeps, KeysKeeper } from "./keeper.js";
export { createKeysKeeper } from "./keeper.js";
export { createKeysModule } from "./module.js";
export { KEYS_MODULE } from "./store.js";
