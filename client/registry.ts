/**
 * The cosmjs registry of strata messages: cosmjs's default types plus every `strata.*.v1` Msg (the
 * L2 modules', and L1's `rollup` and `bridge`),
 * and decoders of their responses.
 */
import { type GeneratedType, Registry } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { strata } from "../proto/gen/strata.js";
import { StrataTypeUrl, type StrataTypeUrlValue } from "./messages.js";
import { plain } from "./plain.js";

/**
 * Every strata message type (L1 and L2) by type URL: protobufjs static classes, which cosmjs's `Registry`
 * accepts (it calls their `create`, `encode` and `decode`).
 */
export const strataMsgTypes: ReadonlyArray<[StrataTypeUrlValue, GeneratedType]> = [
  [StrataTypeUrl.publishModel, strata.models.v1.MsgPublishModel],
  [StrataTypeUrl.attestModel, strata.models.v1.MsgAttestModel],
  [StrataTypeUrl.deprecateModel, strata.models.v1.MsgDeprecateModel],
  [StrataTypeUrl.registerNode, strata.nodes.v1.MsgRegisterNode],
  [StrataTypeUrl.updateNode, strata.nodes.v1.MsgUpdateNode],
  [StrataTypeUrl.unbondNode, strata.nodes.v1.MsgUnbondNode],
  [StrataTypeUrl.unjailNode, strata.nodes.v1.MsgUnjailNode],
  [StrataTypeUrl.openSession, strata.sessions.v1.MsgOpenSession],
  [StrataTypeUrl.topUpSession, strata.sessions.v1.MsgTopUpSession],
  [StrataTypeUrl.closeSession, strata.sessions.v1.MsgCloseSession],
  [StrataTypeUrl.recordTasks, strata.tasks.v1.MsgRecordTasks],
  [StrataTypeUrl.revealResults, strata.tasks.v1.MsgRevealResults],
  [StrataTypeUrl.submitScores, strata.scores.v1.MsgSubmitScores],
  [StrataTypeUrl.registerRollup, strata.rollup.v1.MsgRegisterRollup],
  [StrataTypeUrl.submitBatch, strata.rollup.v1.MsgSubmitBatch],
  [StrataTypeUrl.deposit, strata.bridge.v1.MsgDeposit],
  [StrataTypeUrl.proveWithdrawal, strata.bridge.v1.MsgProveWithdrawal],
  [StrataTypeUrl.mintDeposits, strata.l2bridge.v1.MsgMintDeposits],
  [StrataTypeUrl.withdraw, strata.l2bridge.v1.MsgWithdraw],
];

/**
 * A cosmjs `Registry` holding cosmjs's `defaultRegistryTypes` (bank, staking, distribution, …) and
 * every strata message of both layers. Pass it to `SigningStargateClient.connectWithSigner(url, signer,
 * { registry: createStrataRegistry(), gasPrice })`.
 */
export function createStrataRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...strataMsgTypes]);
}

/** The response type of each strata message, by the response's type URL. */
const RESPONSE_TYPES: ReadonlyMap<string, { decode(bytes: Uint8Array): unknown }> = new Map<
  string,
  { decode(bytes: Uint8Array): unknown }
>([
  ["/strata.models.v1.MsgPublishModelResponse", strata.models.v1.MsgPublishModelResponse],
  ["/strata.models.v1.MsgAttestModelResponse", strata.models.v1.MsgAttestModelResponse],
  ["/strata.models.v1.MsgDeprecateModelResponse", strata.models.v1.MsgDeprecateModelResponse],
  ["/strata.nodes.v1.MsgRegisterNodeResponse", strata.nodes.v1.MsgRegisterNodeResponse],
  ["/strata.nodes.v1.MsgUpdateNodeResponse", strata.nodes.v1.MsgUpdateNodeResponse],
  ["/strata.nodes.v1.MsgUnbondNodeResponse", strata.nodes.v1.MsgUnbondNodeResponse],
  ["/strata.nodes.v1.MsgUnjailNodeResponse", strata.nodes.v1.MsgUnjailNodeResponse],
  ["/strata.sessions.v1.MsgOpenSessionResponse", strata.sessions.v1.MsgOpenSessionResponse],
  ["/strata.sessions.v1.MsgTopUpSessionResponse", strata.sessions.v1.MsgTopUpSessionResponse],
  ["/strata.sessions.v1.MsgCloseSessionResponse", strata.sessions.v1.MsgCloseSessionResponse],
  ["/strata.tasks.v1.MsgRecordTasksResponse", strata.tasks.v1.MsgRecordTasksResponse],
  ["/strata.tasks.v1.MsgRevealResultsResponse", strata.tasks.v1.MsgRevealResultsResponse],
  ["/strata.scores.v1.MsgSubmitScoresResponse", strata.scores.v1.MsgSubmitScoresResponse],
  ["/strata.rollup.v1.MsgRegisterRollupResponse", strata.rollup.v1.MsgRegisterRollupResponse],
  ["/strata.rollup.v1.MsgSubmitBatchResponse", strata.rollup.v1.MsgSubmitBatchResponse],
  ["/strata.bridge.v1.MsgDepositResponse", strata.bridge.v1.MsgDepositResponse],
  ["/strata.bridge.v1.MsgProveWithdrawalResponse", strata.bridge.v1.MsgProveWithdrawalResponse],
  ["/strata.l2bridge.v1.MsgMintDepositsResponse", strata.l2bridge.v1.MsgMintDepositsResponse],
  ["/strata.l2bridge.v1.MsgWithdrawResponse", strata.l2bridge.v1.MsgWithdrawResponse],
]);

/**
 * Decodes one entry of a `DeliverTxResponse.msgResponses` from a strata message into a plain
 * object (e.g. `{ id, expiresHeight }` for `MsgOpenSessionResponse`), or returns undefined for a
 * type URL that is not a strata message response.
 */
export function decodeStrataMsgResponse(response: {
  readonly typeUrl: string;
  readonly value: Uint8Array;
}): Record<string, unknown> | undefined {
  const type = RESPONSE_TYPES.get(response.typeUrl);
  return type ? (plain(type.decode(response.value)) as Record<string, unknown>) : undefined;
}
