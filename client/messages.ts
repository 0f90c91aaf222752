/**
 * Type URLs of every strata message (L2's modules, and L1's rollup and bridge) and typed builders of their cosmjs `EncodeObject`s, so a
 * caller gets the field names and required fields checked by the compiler.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { strata } from "../proto/gen/strata.js";

/** Type URL of each strata message (L1 and L2), by short name. */
export const StrataTypeUrl = {
  publishModel: "/strata.models.v1.MsgPublishModel",
  attestModel: "/strata.models.v1.MsgAttestModel",
  deprecateModel: "/strata.models.v1.MsgDeprecateModel",
  registerNode: "/strata.nodes.v1.MsgRegisterNode",
  updateNode: "/strata.nodes.v1.MsgUpdateNode",
  unbondNode: "/strata.nodes.v1.MsgUnbondNode",
  unjailNode: "/strata.nodes.v1.MsgUnjailNode",
  openSession: "/strata.sessions.v1.MsgOpenSession",
  topUpSession: "/strata.sessions.v1.MsgTopUpSession",
  closeSession: "/strata.sessions.v1.MsgCloseSession",
  recordTasks: "/strata.tasks.v1.MsgRecordTasks",
  revealResults: "/strata.tasks.v1.MsgRevealResults",
  submitScores: "/strata.scores.v1.MsgSubmitScores",
  registerRollup: "/strata.rollup.v1.MsgRegisterRollup",
  submitBatch: "/strata.rollup.v1.MsgSubmitBatch",
  deposit: "/strata.bridge.v1.MsgDeposit",
  proveWithdrawal: "/strata.bridge.v1.MsgProveWithdrawal",
  mintDeposits: "/strata.l2bridge.v1.MsgMintDeposits",
  withdraw: "/strata.l2bridge.v1.MsgWithdraw",
} as const;

/** The value type of each strata message, by type URL. */
export interface StrataMsgValues {
  "/strata.models.v1.MsgPublishModel": strata.models.v1.IMsgPublishModel;
  "/strata.models.v1.MsgAttestModel": strata.models.v1.IMsgAttestModel;
  "/strata.models.v1.MsgDeprecateModel": strata.models.v1.IMsgDeprecateModel;
  "/strata.nodes.v1.MsgRegisterNode": strata.nodes.v1.IMsgRegisterNode;
  "/strata.nodes.v1.MsgUpdateNode": strata.nodes.v1.IMsgUpdateNode;
  "/strata.nodes.v1.MsgUnbondNode": strata.nodes.v1.IMsgUnbondNode;
  "/strata.nodes.v1.MsgUnjailNode": strata.nodes.v1.IMsgUnjailNode;
  "/strata.sessions.v1.MsgOpenSession": strata.sessions.v1.IMsgOpenSession;
  "/strata.sessions.v1.MsgTopUpSession": strata.sessions.v1.IMsgTopUpSession;
  "/strata.sessions.v1.MsgCloseSession": strata.sessions.v1.IMsgCloseSession;
  "/strata.tasks.v1.MsgRecordTasks": strata.tasks.v1.IMsgRecordTasks;
  "/strata.tasks.v1.MsgRevealResults": strata.tasks.v1.IMsgRevealResults;
  "/strata.scores.v1.MsgSubmitScores": strata.scores.v1.IMsgSubmitScores;
  "/strata.rollup.v1.MsgRegisterRollup": strata.rollup.v1.IMsgRegisterRollup;
  "/strata.rollup.v1.MsgSubmitBatch": strata.rollup.v1.IMsgSubmitBatch;
  "/strata.bridge.v1.MsgDeposit": strata.bridge.v1.IMsgDeposit;
  "/strata.bridge.v1.MsgProveWithdrawal": strata.bridge.v1.IMsgProveWithdrawal;
  "/strata.l2bridge.v1.MsgMintDeposits": strata.l2bridge.v1.IMsgMintDeposits;
  "/strata.l2bridge.v1.MsgWithdraw": strata.l2bridge.v1.IMsgWithdraw;
}

/** A strata message type URL. */
export type StrataTypeUrlValue = keyof StrataMsgValues;

/** A cosmjs `EncodeObject` of one strata message type. */
export interface StrataEncodeObject<U extends StrataTypeUrlValue = StrataTypeUrlValue> extends EncodeObject {
  readonly typeUrl: U;
  readonly value: StrataMsgValues[U];
}

/** `EncodeObject` of `MsgPublishModel`. */
export type MsgPublishModelEncodeObject = StrataEncodeObject<"/strata.models.v1.MsgPublishModel">;
/** `EncodeObject` of `MsgAttestModel`. */
export type MsgAttestModelEncodeObject = StrataEncodeObject<"/strata.models.v1.MsgAttestModel">;
/** `EncodeObject` of `MsgDeprecateModel`. */
export type MsgDeprecateModelEncodeObject = StrataEncodeObject<"/strata.models.v1.MsgDeprecateModel">;
/** `EncodeObject` of `MsgRegisterNode`. */
export type MsgRegisterNodeEncodeObject = StrataEncodeObject<"/strata.nodes.v1.MsgRegisterNode">;
/** `EncodeObject` of `MsgUpdateNode`. */
export type MsgUpdateNodeEncodeObject = StrataEncodeObject<"/strata.nodes.v1.MsgUpdateNode">;
/** `EncodeObject` of `MsgUnbondNode`. */
export type MsgUnbondNodeEncodeObject = StrataEncodeObject<"/strata.nodes.v1.MsgUnbondNode">;
/** `EncodeObject` of `MsgUnjailNode`. */
export type MsgUnjailNodeEncodeObject = StrataEncodeObject<"/strata.nodes.v1.MsgUnjailNode">;
/** `EncodeObject` of `MsgOpenSession`. */
export type MsgOpenSessionEncodeObject = StrataEncodeObject<"/strata.sessions.v1.MsgOpenSession">;
/** `EncodeObject` of `MsgTopUpSession`. */
export type MsgTopUpSessionEncodeObject = StrataEncodeObject<"/strata.sessions.v1.MsgTopUpSession">;
/** `EncodeObject` of `MsgCloseSession`. */
export type MsgCloseSessionEncodeObject = StrataEncodeObject<"/strata.sessions.v1.MsgCloseSession">;
/** `EncodeObject` of `MsgRecordTasks`. */
export type MsgRecordTasksEncodeObject = StrataEncodeObject<"/strata.tasks.v1.MsgRecordTasks">;
/** `EncodeObject` of `MsgRevealResults`. */
export type MsgRevealResultsEncodeObject = StrataEncodeObject<"/strata.tasks.v1.MsgRevealResults">;
/** `EncodeObject` of `MsgSubmitScores`. */
export type MsgSubmitScoresEncodeObject = StrataEncodeObject<"/strata.scores.v1.MsgSubmitScores">;
/** `EncodeObject` of `MsgRegisterRollup` (L1). */
export type MsgRegisterRollupEncodeObject = StrataEncodeObject<"/strata.rollup.v1.MsgRegisterRollup">;
/** `EncodeObject` of `MsgSubmitBatch` (L1). */
export type MsgSubmitBatchEncodeObject = StrataEncodeObject<"/strata.rollup.v1.MsgSubmitBatch">;
/** `EncodeObject` of `MsgDeposit` (L1). */
export type MsgDepositEncodeObject = StrataEncodeObject<"/strata.bridge.v1.MsgDeposit">;
/** `EncodeObject` of `MsgProveWithdrawal` (L1). */
export type MsgProveWithdrawalEncodeObject = StrataEncodeObject<"/strata.bridge.v1.MsgProveWithdrawal">;
/** `EncodeObject` of `MsgMintDeposits` (L2). */
export type MsgMintDepositsEncodeObject = StrataEncodeObject<"/strata.l2bridge.v1.MsgMintDeposits">;
/** `EncodeObject` of `MsgWithdraw` (L2). */
export type MsgWithdrawEncodeObject = StrataEncodeObject<"/strata.l2bridge.v1.MsgWithdraw">;

/**
 * `T` with the fields `K` required and non-null. The generated `I…` interfaces make every field
 * optional; the builders below require the ones the chain always refuses when missing.
 */
export type WithRequired<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

/** Fields of `MsgPublishModel`; `visibility` defaults to PUBLIC. */
export type PublishModelFields = WithRequired<
  strata.models.v1.IMsgPublishModel,
  | "owner"
  | "name"
  | "version"
  | "weightsSha256"
  | "weightsSize"
  | "format"
  | "quantization"
  | "storageUris"
  | "priceInputPer_1k"
  | "priceOutputPer_1k"
>;

/** Builds a `MsgPublishModel` (signer `owner`); `visibility` defaults to PUBLIC. */
export function msgPublishModel(fields: PublishModelFields): MsgPublishModelEncodeObject {
  return {
    typeUrl: StrataTypeUrl.publishModel,
    value: { visibility: strata.models.v1.Visibility.VISIBILITY_PUBLIC, ...fields },
  };
}

/** Builds a `MsgAttestModel` (signer `guard`, an active guard node's operator). */
export function msgAttestModel(
  fields: WithRequired<strata.models.v1.IMsgAttestModel, "guard" | "id" | "weightsSha256">,
): MsgAttestModelEncodeObject {
  return { typeUrl: StrataTypeUrl.attestModel, value: fields };
}

/** Builds a `MsgDeprecateModel` (signer `owner`). */
export function msgDeprecateModel(
  fields: WithRequired<strata.models.v1.IMsgDeprecateModel, "owner" | "id">,
): MsgDeprecateModelEncodeObject {
  return { typeUrl: StrataTypeUrl.deprecateModel, value: fields };
}

/** Builds a `MsgRegisterNode` (signer `operator`); `pubkey` is the 32-byte ed25519 receipt key. */
export function msgRegisterNode(
  fields: WithRequired<
    strata.nodes.v1.IMsgRegisterNode,
    "operator" | "roles" | "pubkey" | "pricePer_1k" | "stake"
  >,
): MsgRegisterNodeEncodeObject {
  return { typeUrl: StrataTypeUrl.registerNode, value: fields };
}

/**
 * Builds a `MsgUpdateNode` (signer `operator`). Only the fields set change; `models` and `roles`
 * replace the lists only with `setModels` / `setRoles`.
 */
export function msgUpdateNode(
  fields: WithRequired<strata.nodes.v1.IMsgUpdateNode, "operator">,
): MsgUpdateNodeEncodeObject {
  return { typeUrl: StrataTypeUrl.updateNode, value: fields };
}

/** Builds a `MsgUnbondNode` (signer `operator`). */
export function msgUnbondNode(
  fields: WithRequired<strata.nodes.v1.IMsgUnbondNode, "operator">,
): MsgUnbondNodeEncodeObject {
  return { typeUrl: StrataTypeUrl.unbondNode, value: fields };
}

/** Builds a `MsgUnjailNode` (signer `operator`). */
export function msgUnjailNode(
  fields: WithRequired<strata.nodes.v1.IMsgUnjailNode, "operator">,
): MsgUnjailNodeEncodeObject {
  return { typeUrl: StrataTypeUrl.unjailNode, value: fields };
}

/**
 * Builds a `MsgOpenSession` (signer `owner`). `apiKeySha256` is the sha256 of a key made with
 * `newApiKey()`; the key itself never goes on chain.
 */
export function msgOpenSession(
  fields: WithRequired<
    strata.sessions.v1.IMsgOpenSession,
    "owner" | "model" | "redundancy" | "maxPricePer_1k" | "deposit" | "apiKeySha256" | "durationBlocks"
  >,
): MsgOpenSessionEncodeObject {
  return { typeUrl: StrataTypeUrl.openSession, value: fields };
}

/** Builds a `MsgTopUpSession` (any signer `sender`). */
export function msgTopUpSession(
  fields: WithRequired<strata.sessions.v1.IMsgTopUpSession, "sender" | "id" | "amount">,
): MsgTopUpSessionEncodeObject {
  return { typeUrl: StrataTypeUrl.topUpSession, value: fields };
}

/** Builds a `MsgCloseSession` (signer `owner`). */
export function msgCloseSession(
  fields: WithRequired<strata.sessions.v1.IMsgCloseSession, "owner" | "id">,
): MsgCloseSessionEncodeObject {
  return { typeUrl: StrataTypeUrl.closeSession, value: fields };
}

/** Builds a `MsgRecordTasks` (signer `router`, an active router node's operator). */
export function msgRecordTasks(
  fields: WithRequired<strata.tasks.v1.IMsgRecordTasks, "router" | "tasks">,
): MsgRecordTasksEncodeObject {
  return { typeUrl: StrataTypeUrl.recordTasks, value: fields };
}

/** Builds a `MsgRevealResults` (signer: the task's router or the revealing executor). */
export function msgRevealResults(
  fields: WithRequired<strata.tasks.v1.IMsgRevealResults, "sender" | "reveals">,
): MsgRevealResultsEncodeObject {
  return { typeUrl: StrataTypeUrl.revealResults, value: fields };
}

/** Builds a `MsgSubmitScores` (signer `guard`, a guard drawn for each task). */
export function msgSubmitScores(
  fields: WithRequired<strata.scores.v1.IMsgSubmitScores, "guard" | "scores">,
): MsgSubmitScoresEncodeObject {
  return { typeUrl: StrataTypeUrl.submitScores, value: fields };
}

/**
 * Builds a `MsgRegisterRollup` (L1, signer `creator`): registers a child chain from its exact
 * `genesis.json` bytes; `bond` (ustra, decimal string) moves to the `rollup` module account.
 */
export function msgRegisterRollup(
  fields: WithRequired<
    strata.rollup.v1.IMsgRegisterRollup,
    "creator" | "chainId" | "genesis" | "challengeWindowBlocks" | "bond"
  >,
): MsgRegisterRollupEncodeObject {
  return { typeUrl: StrataTypeUrl.registerRollup, value: fields };
}

/** Builds a `MsgSubmitBatch` (L1, any signer `submitter`): consecutive child blocks with their commits. */
export function msgSubmitBatch(
  fields: WithRequired<strata.rollup.v1.IMsgSubmitBatch, "submitter" | "chainId" | "items">,
): MsgSubmitBatchEncodeObject {
  return { typeUrl: StrataTypeUrl.submitBatch, value: fields };
}

/**
 * Builds a `MsgDeposit` (L1, signer `sender`): locks `amount` ustra in the L1 bridge escrow for
 * `recipient` on child chain `chainId`.
 */
export function msgDeposit(
  fields: WithRequired<strata.bridge.v1.IMsgDeposit, "sender" | "chainId" | "recipient" | "amount">,
): MsgDepositEncodeObject {
  return { typeUrl: StrataTypeUrl.deposit, value: fields };
}

/**
 * Builds a `MsgProveWithdrawal` (L1, any signer `claimer`): releases `withdrawal` with its 32
 * sibling hashes against accepted batch `batchNumber`; the coins go to `withdrawal.recipient`.
 */
export function msgProveWithdrawal(
  fields: WithRequired<
    strata.bridge.v1.IMsgProveWithdrawal,
    "claimer" | "chainId" | "batchNumber" | "withdrawal" | "proof"
  >,
): MsgProveWithdrawalEncodeObject {
  return { typeUrl: StrataTypeUrl.proveWithdrawal, value: fields };
}

/** Builds a `MsgMintDeposits` (L2, signer `relayer`, one of the bridge params' relayers). */
export function msgMintDeposits(
  fields: WithRequired<strata.l2bridge.v1.IMsgMintDeposits, "relayer" | "deposits">,
): MsgMintDepositsEncodeObject {
  return { typeUrl: StrataTypeUrl.mintDeposits, value: fields };
}

/**
 * Builds a `MsgWithdraw` (L2, signer `sender`): burns `amount` of the bridge denom on L2 for
 * `recipient` (an L1 address), claimable on L1 once a batch holding it is past its window.
 */
export function msgWithdraw(
  fields: WithRequired<strata.l2bridge.v1.IMsgWithdraw, "sender" | "recipient" | "amount">,
): MsgWithdrawEncodeObject {
  return { typeUrl: StrataTypeUrl.withdraw, value: fields };
}
