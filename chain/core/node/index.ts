export type { BftDriverOptions, BftHost } from "./bftDriver.js";
export { BftDriver } from "./bftDriver.js";
export type { BlockSyncSource, BlockSyncTarget } from "./blockSync.js";
export { BlockSync, serveBlockSync } from "./blockSync.js";
export type { GenesisDoc, GenesisValidator, Validator } from "./genesis.js";
export {
  assertGenesisValidators,
  genesisTimeNs,
  genesisValidators,
  NodeError,
  NodeErrorCode,
  readGenesis,
  validateGenesis,
} from "./genesis.js";
export type { NodeConfig, RollupNodeConfig } from "./home.js";
export { DEFAULT_CONFIG, homePaths, readConfig, writeConfig } from "./home.js";
export type { HomeLock } from "./homeLock.js";
export {
  acquireHomeLock,
  homeInUseError,
  homeLockHolder,
  homeLockPath,
  openHomeDatabase,
} from "./homeLock.js";
export { generateKeyFile, loadKeyFile } from "./keys.js";
export type { MempoolGossipHost } from "./mempoolGossip.js";
export { startMempoolGossip } from "./mempoolGossip.js";
export type { ChainRpcSource, MakeNodeApp, NodeDeps, NodeOptions } from "./node.js";
export { ChainNode } from "./node.js";
export type { PeerBookTransport } from "./peerBook.js";
export { decodeNodeInfoMessage, encodeNodeInfoMessage, PeerBook } from "./peerBook.js";
export type { ChainTip } from "./producer.js";
export { buildBlock, emptyCommit, sealBlock, soloCommit } from "./producer.js";
export type {
  ParentProgress,
  ProductionGate,
  UnpostedBlocksGateOptions,
} from "./productionGate.js";
export { parentProgressOverRpc, UnpostedBlocksGate } from "./productionGate.js";
export type { ReplayReport } from "./replay.js";
export { replayChain } from "./replay.js";
export type { NodeNetwork, NodeRpcBackendOptions } from "./rpcBackend.js";
export { NodeRpcBackend } from "./rpcBackend.js";
export type { SoloProducerHost, SoloProducerOptions } from "./soloProducer.js";
export { isSoleValidator, produceSoloBlock, SoloProducer } from "./soloProducer.js";
export type {
  AppFactory,
  DriverMode,
  NodeAppOptions,
  RunningChainNode,
  StartChainNodeDeps,
  StartChainNodeOptions,
} from "./startChainNode.js";
export { startChainNode, startsSolo } from "./startChainNode.js";
export { ValidatorSchedule } from "./validatorSchedule.js";
