export {
  BRIDGE_ACCOUNT,
  L2_DENOM,
  L2_MODULE_ACCOUNTS,
  NODES_ACCOUNT,
  SESSIONS_ACCOUNT,
  TREASURY_ACCOUNT,
  ustra,
} from "./accounts.js";
export { withoutDefaults } from "./canonical.js";
export type { Decoded } from "./decoded.js";
export { enumFromJson, enumToJson } from "./enums.js";
export {
  isAccountAddress,
  isCanonicalAddress,
  isDigest,
  isPrintableAscii,
  parseAmount,
  SCALE,
  u64Key,
  utf8,
  utf8Length,
} from "./fields.js";
export { digestBytes, toHex } from "./ids.js";
export { withNumbers } from "./longs.js";
export { paginateL2 } from "./pagination.js";
export { moduleParams } from "./params.js";
export { taskUnit } from "./pricing.js";
