/**
 * The batcher (`strata l2 batcher`): posts every child block to the parent in `MsgSubmitBatch`
 * txs and relays the parent's deposits to the child; and the rebuild (`strata l2 verify`) that
 * checks a child chain from the parent's data alone, or fills a full node's home from it
 * (`strata l2 sync-from-l1`). Rules: chain/core/rollup/ROLLUP.md.
 * @packageDocumentation
 */
export type { BatcherDeps, BatcherEvents, BatcherOptions, BatcherStats } from "./batcher.js";
export { Batcher, DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_TX_MSG_BYTES } from "./batcher.js";
export type { ChildBlockData, ChildChain } from "./childChain.js";
export { childChainOverRpc } from "./childChain.js";
export { BATCHER_CODESPACE, BatcherError, BatcherErrorCode } from "./errors.js";
export type { BatcherHealth, BatcherServer } from "./http.js";
export { batcherHealth, createBatcherServer } from "./http.js";
export type { BatcherMetrics } from "./metrics.js";
export { createBatcherMetrics } from "./metrics.js";
export type { ChildBridge, ParentChain, ParentRollup, PostedBatch } from "./parentChain.js";
export { childBridgeOverClient, parentChainOverClient, submitBatchBytes } from "./parentChain.js";
export type { BatcherProcess, BatcherStartInfo, SpawnBatcherOptions } from "./process/spawnBatcherProcess.js";
export { batcherArgs, spawnBatcherProcess } from "./process/spawnBatcherProcess.js";
export type { RunningBatcher, StartBatcherDeps, StartBatcherOptions } from "./startBatcher.js";
export { startBatcher } from "./startBatcher.js";
export type { ServingNode, SyncHomeSettings, SyncOptions, SyncReport } from "./sync.js";
export { syncFromL1 } from "./sync.js";
export type {
  L1BatchRecord,
  L1Source,
  L1Tx,
  RegisteredGenesis,
  ReplayCursor,
  ReplayOptions,
  VerifyMismatch,
  VerifyOptions,
  VerifyReport,
} from "./verify.js";
export {
  batchItemsInBlock,
  l1SourceOverClient,
  registeredGenesis,
  replayBatches,
  startCursor,
  VerifyMismatchError,
  verifyFromL1,
} from "./verify.js";
