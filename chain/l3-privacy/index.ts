export type { L3AppOptions, L3AppWithKeepers, L3Keepers } from "./app.js";
export { createL3App, makeL3App } from "./app.js";
export type { L3GenesisCustodian, L3GenesisInput, L3GenesisParty } from "./genesis.js";
export { buildL3Genesis, defaultCustodyThreshold, prepareL3Genesis } from "./genesis.js";
