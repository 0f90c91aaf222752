export type { L1AppOptions } from "./app.js";
export { makeL1App } from "./app.js";
export type { L1GenesisInput, L1GenesisRollup } from "./genesis.js";
export { buildL1Genesis, L1_DENOM } from "./genesis.js";
export type { RunningL1Node, StartL1Options } from "./startNode.js";
export { makeL1NodeApp, startL1Node } from "./startNode.js";
