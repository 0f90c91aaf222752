/**
 * The strata TypeScript client: a cosmjs registry with every L2 message, typed message builders,
 * cosmjs-style query extensions for the L2 modules, `StrataL2Client` over an unmodified
 * `SigningStargateClient`, task reports, API keys, and the receipt signing executors need.
 *
 * Imported as `strata/client` (package.json `exports`).
 */

export type { ReceiptFields } from "../chain/l2-orchestration/modules/tasks/index.js";
// Executors sign receipts and commit to outputs exactly as the chain checks them (RULES.md, tasks).
export {
  outputCommitment,
  RECEIPT_DOMAIN,
  receiptSignBytes,
  signReceipt,
  verifyReceipt,
} from "../chain/l2-orchestration/modules/tasks/index.js";
export type { NewApiKey } from "./apiKey.js";
export { API_KEY_PREFIX, apiKeySha256, newApiKey } from "./apiKey.js";
export type { ConnectStrataL2Options, StrataQueryClient, SubmitOptions, TxOutcome } from "./client.js";
export {
  connectStrataL2,
  createStrataQueryClient,
  DEFAULT_GAS_PRICE,
  GAS_ADJUSTMENT,
  StrataL2Client,
} from "./client.js";
export type { RefusalStage } from "./errors.js";
export { ClientError, ClientErrorCode, isNotFoundError, TxRefusedError } from "./errors.js";
export type {
  MsgAttestModelEncodeObject,
  MsgCloseSessionEncodeObject,
  MsgDeprecateModelEncodeObject,
  MsgOpenSessionEncodeObject,
  MsgPublishModelEncodeObject,
  MsgRecordTasksEncodeObject,
  MsgRegisterNodeEncodeObject,
  MsgRevealResultsEncodeObject,
  MsgSubmitScoresEncodeObject,
  MsgTopUpSessionEncodeObject,
  MsgUnbondNodeEncodeObject,
  MsgUnjailNodeEncodeObject,
  MsgUpdateNodeEncodeObject,
  PublishModelFields,
  StrataEncodeObject,
  StrataMsgValues,
  StrataTypeUrlValue,
  WithRequired,
} from "./messages.js";
export {
  msgAttestModel,
  msgCloseSession,
  msgDeprecateModel,
  msgOpenSession,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRevealResults,
  msgSubmitScores,
  msgTopUpSession,
  msgUnbondNode,
  msgUnjailNode,
  msgUpdateNode,
  StrataTypeUrl,
} from "./messages.js";
export { plain } from "./plain.js";
export type {
  ModelsExtension,
  NodesExtension,
  PageInfo,
  PageOptions,
  ScoresExtension,
  SessionsExtension,
  SettlementExtension,
  TasksExtension,
} from "./queries/index.js";
export {
  setupModelsExtension,
  setupNodesExtension,
  setupScoresExtension,
  setupSessionsExtension,
  setupSettlementExtension,
  setupTasksExtension,
} from "./queries/index.js";
export { createStrataRegistry, decodeStrataMsgResponse, strataMsgTypes } from "./registry.js";
export type { TaskReport } from "./taskReport.js";
export { buildTaskReport, fetchTaskReport } from "./taskReport.js";
export type {
  Hardware,
  ModelVersion,
  Node,
  NodesParams,
  Receipt,
  Reveal,
  ScoresParams,
  Session,
  SessionsParams,
  Settlement,
  SettlementParams,
  Task,
  TaskScoring,
  TasksParams,
} from "./types.js";
export {
  enumName,
  enumValue,
  Method,
  ModelStatus,
  NodeStatus,
  PaymentRole,
  Role,
  SessionStatus,
  TaskStatus,
  Verdict,
  Visibility,
} from "./types.js";
