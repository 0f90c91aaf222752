/**
 * The strata TypeScript client: a cosmjs registry with every strata message (L2's modules, L1's
 * rollup and bridge), typed message builders, cosmjs-style query extensions, `StrataClient`
 * (alias `StrataL2Client`) over an unmodified `SigningStargateClient` for a node of either layer,
 * the bridge helpers (withdrawal status, claims), task reports, API keys, and the receipt
 * signing executors need.
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
export type { AcceptedBatch, ClaimOutcome, PreparedClaim, WithdrawalStatus } from "./bridge.js";
export {
  acceptedBatch,
  BatchFinder,
  chainIdOf,
  claimWithdrawal,
  prepareClaim,
  withdrawalStatus,
  withdrawalStatuses,
} from "./bridge.js";
export type {
  ConnectStrataL2Options,
  ConnectStrataOptions,
  StrataQueryClient,
  SubmitOptions,
  TxOutcome,
} from "./client.js";
export {
  connectStrata,
  connectStrataL2,
  createStrataQueryClient,
  DEFAULT_GAS_PRICE,
  GAS_ADJUSTMENT,
  StrataClient,
  StrataL2Client,
} from "./client.js";
export type { RefusalStage } from "./errors.js";
export { ClientError, ClientErrorCode, isNotFoundError, TxRefusedError } from "./errors.js";
export type {
  MsgAttestModelEncodeObject,
  MsgCloseSessionEncodeObject,
  MsgDepositEncodeObject,
  MsgDeprecateModelEncodeObject,
  MsgMintDepositsEncodeObject,
  MsgOpenSessionEncodeObject,
  MsgProveWithdrawalEncodeObject,
  MsgPublishModelEncodeObject,
  MsgRecordTasksEncodeObject,
  MsgRegisterNodeEncodeObject,
  MsgRegisterRollupEncodeObject,
  MsgRevealResultsEncodeObject,
  MsgSubmitBatchEncodeObject,
  MsgSubmitScoresEncodeObject,
  MsgTopUpSessionEncodeObject,
  MsgUnbondNodeEncodeObject,
  MsgUnjailNodeEncodeObject,
  MsgUpdateNodeEncodeObject,
  MsgWithdrawEncodeObject,
  PublishModelFields,
  StrataEncodeObject,
  StrataMsgValues,
  StrataTypeUrlValue,
  WithRequired,
} from "./messages.js";
export {
  msgAttestModel,
  msgCloseSession,
  msgDeposit,
  msgDeprecateModel,
  msgMintDeposits,
  msgOpenSession,
  msgProveWithdrawal,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRegisterRollup,
  msgRevealResults,
  msgSubmitBatch,
  msgSubmitScores,
  msgTopUpSession,
  msgUnbondNode,
  msgUnjailNode,
  msgUpdateNode,
  msgWithdraw,
  StrataTypeUrl,
} from "./messages.js";
export { plain } from "./plain.js";
export type {
  BridgeExtension,
  L2BridgeExtension,
  ModelsExtension,
  NodesExtension,
  PageInfo,
  PageOptions,
  RollupExtension,
  ScoresExtension,
  SessionsExtension,
  SettlementExtension,
  TasksExtension,
} from "./queries/index.js";
export {
  setupBridgeExtension,
  setupL2BridgeExtension,
  setupModelsExtension,
  setupNodesExtension,
  setupRollupExtension,
  setupScoresExtension,
  setupSessionsExtension,
  setupSettlementExtension,
  setupTasksExtension,
} from "./queries/index.js";
export { createStrataRegistry, decodeStrataMsgResponse, strataMsgTypes } from "./registry.js";
export type { TaskReport } from "./taskReport.js";
export { buildTaskReport, fetchTaskReport } from "./taskReport.js";
export type {
  BatchRecord,
  BridgeClaim,
  BridgeDeposit,
  BridgeEscrow,
  ChildValidator,
  Hardware,
  L2BridgeParams,
  L2BridgeState,
  L2Withdrawal,
  MintedDeposit,
  ModelVersion,
  Node,
  NodesParams,
  Receipt,
  Reveal,
  Rollup,
  RollupParams,
  ScoresParams,
  Session,
  SessionsParams,
  Settlement,
  SettlementParams,
  Task,
  TaskScoring,
  TasksParams,
  WithdrawalProof,
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
