/**
 * The peer execute protocol (`POST /strata/v1/execute`): how a router has a peer router execute
 * a task and get back the output with the peer's own signed receipt.
 *
 * Request: JSON `{task_id, session_id, model, request}` — `model` the L2 version id, `request`
 * the canonical request text (`canonicalRequest`). Headers: `x-strata-router` (the caller's
 * operator account) and `x-strata-signature`: base64 ed25519 signature by the caller's registered
 * node key over `"strata-peer-execute/v1" ‖ chain_id ‖ 0x00 ‖ sha256(body bytes)`.
 * The peer answers only an ACTIVE router whose registered key verifies, for an OPEN session of
 * that model the caller may record for, once per task id (a replay gets 409).
 *
 * Response: server-sent events: `{"text": "…"}` per chunk, then `{"done": {finish_reason, usage:
 * {prompt_tokens, completion_tokens}, salt, receipt}}` (receipt fields as the chain's `Receipt`,
 * signature base64), then `[DONE]`; an error before the first chunk is an HTTP error with an
 * OpenAI error body, after it an `{"error": …}` event. The peer computes `prompt_sha256` itself
 * from the request text it ran, so its receipt commits to what it executed.
 */
import { createHash } from "node:crypto";
import { verifyEd25519 } from "../../chain/core/crypto/index.js";
import type { TaskAttestation } from "../inference/types.js";

/** Path of the peer execute endpoint. */
export const PEER_EXECUTE_PATH = "/strata/v1/execute";
/** Domain tag of peer request signatures. */
export const PEER_DOMAIN = "strata-peer-execute/v1";
/** Header naming the calling router's operator account. */
export const ROUTER_HEADER = "x-strata-router";
/** Header holding the request signature (base64). */
export const SIGNATURE_HEADER = "x-strata-signature";

/** Body of a peer execute request. */
export interface PeerExecuteBody {
  task_id: string;
  session_id: number;
  /** L2 model version id. */
  model: string;
  /** Canonical request text. */
  request: string;
}

/** Bytes a router signs for a peer request body. */
export function peerSignBytes(chainId: string, body: Uint8Array | string): Uint8Array {
  const digest = createHash("sha256").update(body).digest();
  return Buffer.concat([
    Buffer.from(PEER_DOMAIN, "utf8"),
    Buffer.from(chainId, "utf8"),
    Buffer.of(0),
    digest,
  ]);
}

/** Signs a peer request body; returns the header value. */
export function signPeerRequest(
  chainId: string,
  body: Uint8Array | string,
  key: { sign(m: Uint8Array): Uint8Array },
): string {
  return Buffer.from(key.sign(peerSignBytes(chainId, body))).toString("base64");
}

/** Whether `signature` (base64) is `pubKey`'s signature of `body` on `chainId`. Never throws. */
export function verifyPeerRequest(
  chainId: string,
  body: Uint8Array | string,
  signature: string,
  pubKey: Uint8Array,
): boolean {
  const sig = Buffer.from(signature, "base64");
  if (sig.length !== 64) return false;
  return verifyEd25519(pubKey, peerSignBytes(chainId, body), sig);
}

/** A receipt on the wire: the chain's fields, signature in base64. */
export type WireReceipt = Omit<TaskAttestation["receipt"], "signature"> & { signature: string };

/** A receipt for the wire (and the journal). */
export function receiptToWire(r: TaskAttestation["receipt"]): WireReceipt {
  return { ...r, signature: Buffer.from(r.signature).toString("base64") };
}

/** A receipt from the wire; undefined when a field has the wrong type. */
export function receiptFromWire(w: unknown): TaskAttestation["receipt"] | undefined {
  const r = w as Record<string, unknown> | null;
  if (typeof r !== "object" || r === null) return undefined;
  const strings = ["taskId", "executor", "modelSha256", "promptSha256", "commitment", "signature"];
  const numbers = ["sessionId", "inputTokens", "outputTokens"];
  if (strings.some((k) => typeof r[k] !== "string")) return undefined;
  if (numbers.some((k) => !Number.isSafeInteger(r[k]) || (r[k] as number) < 0)) return undefined;
  return {
    taskId: r.taskId as string,
    sessionId: r.sessionId as number,
    executor: r.executor as string,
    modelSha256: r.modelSha256 as string,
    promptSha256: r.promptSha256 as string,
    commitment: r.commitment as string,
    inputTokens: r.inputTokens as number,
    outputTokens: r.outputTokens as number,
    signature: new Uint8Array(Buffer.from(r.signature as string, "base64")),
  };
}
