/**
 * The cosmjs registry of strata L2 messages: cosmjs's default types plus every `strata.*.v1` Msg,
 * and decoders of their responses.
 */
import { type GeneratedType, Registry } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { strata } from "../proto/gen/strata.js";
import { StrataTypeUrl, type StrataTypeUrlValue } from "./messages.js";
import { plain } from "./plain.js";

/**
 * Every strata L2 message type by type URL: protobufjs static classes, which cosmjs's `Registry`
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
];

/**
 * A cosmjs `Registry` holding cosmjs's `defaultRegistryTypes` (bank, staking, distribution, …) and
 * every strata L2 message. Pass it to `SigningStargateClient.connectWithSigner(url, signer,
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
