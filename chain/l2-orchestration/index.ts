export type { L2AppOptions, L2AppWithKeepers, L2Keepers } from "./app.js";
export { createL2App, makeL2App } from "./app.js";
export type { L2GenesisInput, L2GenesisModel, L2GenesisNode, L2GenesisSession } from "./genesis.js";
export { buildL2Genesis, L2_DEFAULT_CHAIN_ID } from "./genesis.js";
export {
  BRIDGE_ACCOUNT,
  L2_DENOM,
  L2_MODULE_ACCOUNTS,
  NODES_ACCOUNT,
  SCALE,
  SESSIONS_ACCOUNT,
  TREASURY_ACCOUNT,
} from "./shared/index.js";
