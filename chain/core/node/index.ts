export type { BftDriverOptions } from "./bftDriver.js";
export { BftDriver } from "./bftDriver.js";
export type { GenesisDoc, GenesisValidator, Validator } from "./genesis.js";
export {
  genesisTimeNs,
  genesisValidators,
  NodeError,
  NodeErrorCode,
  readGenesis,
  validateGenesis,
} from "./genesis.js";
export type { NodeConfig } from "./home.js";
export { DEFAULT_CONFIG, homePaths, readConfig, writeConfig } from "./home.js";
export { generateKeyFile, loadKeyFile } from "./keys.js";
export type { NodeDeps, NodeOptions } from "./node.js";
export { ChainNode } from "./node.js";
export { buildBlock, emptyCommit, sealBlock, soloCommit } from "./producer.js";
export type { ReplayReport } from "./replay.js";
export { replayChain } from "./replay.js";
export { ValidatorSchedule } from "./validatorSchedule.js";
