/**
 * A router on a private L3 chain (`strata router start --l3 URL --l3-chain-id ID`): the L3 port,
 * private tasks recorded as ciphertext under the epoch key, the private-session rule, and private
 * model weights.
 * @packageDocumentation
 */
export { x25519FromMnemonic } from "./accountX25519.js";
export type { ConnectPrivateTasksOptions } from "./connectPrivateTasks.js";
export { connectPrivateTasks } from "./connectPrivateTasks.js";
export type { L3Port } from "./l3Port.js";
export { L3_RECORD_TASKS_TYPE_URL, l3Parties, l3PortOverClient } from "./l3Port.js";
export type { EncryptedModel, OpenedPrivateModel } from "./privateModel.js";
export {
  decryptModelWeights,
  encryptModelWeights,
  MODEL_WEIGHTS_FIELD,
  modelKeysPath,
  openPrivateModelFile,
  readEncryptedModel,
  writeEncryptedModel,
} from "./privateModel.js";
export type {
  PrivateJournalEntry,
  PrivateJournaled,
  PrivateJournalTask,
  PrivateRecorder,
  PrivateRecorderOptions,
  PrivateRecordTarget,
} from "./privateRecorder.js";
export { openPrivateRecorder, PRIVATE_JOURNAL_FILE, replayPrivateJournal } from "./privateRecorder.js";
export { checkPrivateSession } from "./privateSession.js";
export type {
  PrivateTaskInput,
  PrivateTasks,
  PrivateTasksOptions,
  RecordedPrivateTask,
} from "./privateTasks.js";
export { createPrivateTasks, sameDigest } from "./privateTasks.js";
