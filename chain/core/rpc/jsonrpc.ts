/**
 * JSON-RPC 2.0 envelopes: validates requests (single or batch), dispatches them to the route
 * table and serialises responses. Shared by every transport; knows nothing about sockets.
 */

import { randomBytes } from "node:crypto";
import type { Logger } from "../log/index.js";
import type { RpcBackend } from "./backend.js";
import type { JsonValue } from "./encode.js";
import {
  hiddenInternalError,
  type JsonRpcErrorObject,
  RpcError,
  RpcErrorCode,
  toJsonRpcError,
} from "./errors.js";
import type { RawParams } from "./params.js";
import { ROUTES, type SubscriptionSession } from "./routes.js";

/** A JSON-RPC request id. */
export type JsonRpcId = string | number | null;

/** A JSON-RPC response. */
export type JsonRpcResponse =
  | { jsonrpc: "2.0"; id: JsonRpcId; result: JsonValue }
  | { jsonrpc: "2.0"; id: JsonRpcId; error: JsonRpcErrorObject };

/** Everything a dispatch needs besides the request. */
export interface DispatchContext {
  backend: RpcBackend;
  logger: Logger;
  /** How long `broadcast_tx_commit` waits. */
  txCommitTimeoutMs: number;
  /** Most requests one batch may hold. */
  maxBatchSize: number;
  /** The connection's subscriptions; WebSocket only. */
  session?: SubscriptionSession;
}

/** The id CometBFT puts on responses to GET (URI) calls. */
export const URI_REQUEST_ID = -1;

/** A failure response for `err` (RpcErrors keep their code; anything else is a bare -32603). */
export function failure(id: JsonRpcId, err: unknown): JsonRpcResponse {
  return { jsonrpc: "2.0", id, error: toJsonRpcError(err) };
}

function invalidRequest(id: JsonRpcId, why: string): JsonRpcResponse {
  return failure(id, new RpcError(RpcErrorCode.InvalidRequest, why));
}

/**
 * Serialises a response. A result that cannot be serialised becomes a -32603 response rather
 * than an exception, so one bad value never takes a connection down.
 */
export function serializeResponse(res: JsonRpcResponse): string {
  try {
    return JSON.stringify(res);
  } catch {
    return JSON.stringify(failure(res.id, hiddenInternalError()));
  }
}

/**
 * Runs `method` with undecoded params. Never rejects: every failure is a JSON-RPC error
 * response. The route is invoked synchronously, so calls on one connection start in arrival
 * order (a `subscribe` followed by an `unsubscribe` is applied in that order).
 */
export function callMethod(
  method: string,
  raw: RawParams,
  id: JsonRpcId,
  ctx: DispatchContext,
): Promise<JsonRpcResponse> {
  const route = ROUTES.get(method);
  if (!route || (route.wsOnly && !ctx.session)) {
    const where = route ? " over HTTP; use the /websocket endpoint" : "";
    return Promise.resolve(
      failure(
        id,
        new RpcError(RpcErrorCode.MethodNotFound, `method ${JSON.stringify(method)} is not served${where}`),
      ),
    );
  }
  const onError = (err: unknown): JsonRpcResponse => {
    if (err instanceof RpcError) {
      ctx.logger.debug("rpc call rejected", { method, code: err.code, data: err.message });
      return failure(id, err);
    }
    // An unexpected failure: its text may expose internals, so the client gets a reference to
    // the log line instead.
    const ref = randomBytes(4).toString("hex");
    ctx.logger.error("rpc call failed", { method, ref, err });
    return failure(id, hiddenInternalError(ref));
  };
  try {
    const pending = route.call(
      {
        backend: ctx.backend,
        logger: ctx.logger,
        txCommitTimeoutMs: ctx.txCommitTimeoutMs,
        requestId: id,
        session: ctx.session,
      },
      raw,
    );
    return Promise.resolve(pending).then(
      (result): JsonRpcResponse => ({ jsonrpc: "2.0", id, result }),
      onError,
    );
  } catch (err) {
    return Promise.resolve(onError(err));
  }
}

function isId(v: unknown): v is JsonRpcId {
  return v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}

/** Handles one request object; `undefined` for a notification (no id), which is skipped as CometBFT does. */
async function handleOne(req: unknown, ctx: DispatchContext): Promise<string | undefined> {
  if (typeof req !== "object" || req === null || Array.isArray(req)) {
    return serializeResponse(invalidRequest(null, "a request must be a JSON object"));
  }
  const r = req as Record<string, unknown>;
  if (!Object.hasOwn(r, "id")) {
    ctx.logger.debug("skipping JSON-RPC notification", { method: r.method });
    return undefined;
  }
  if (!isId(r.id)) return serializeResponse(invalidRequest(null, "id must be a string, a number or null"));
  const id = r.id;
  if (r.jsonrpc !== "2.0") return serializeResponse(invalidRequest(id, 'jsonrpc must be "2.0"'));
  if (typeof r.method !== "string" || r.method === "") {
    return serializeResponse(invalidRequest(id, "method must be a non-empty string"));
  }
  return serializeResponse(await callMethod(r.method, { source: "json", value: r.params }, id, ctx));
}

/**
 * Handles a JSON-RPC body (single request or batch) and returns the serialised response, or
 * `undefined` when nothing is to be sent (only notifications). Never rejects.
 */
export async function handleJsonRpcText(text: string, ctx: DispatchContext): Promise<string | undefined> {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (err) {
    const why = `error unmarshaling request: ${(err as Error).message}`;
    return serializeResponse(failure(null, new RpcError(RpcErrorCode.ParseError, why)));
  }
  if (!Array.isArray(payload)) return handleOne(payload, ctx);
  if (payload.length === 0) return serializeResponse(invalidRequest(null, "empty batch"));
  if (payload.length > ctx.maxBatchSize) {
    return serializeResponse(
      invalidRequest(null, `batch of ${payload.length} requests exceeds the limit of ${ctx.maxBatchSize}`),
    );
  }
  // Sequentially: txs of one batch reach CheckTx in order (account sequences depend on it).
  const parts: string[] = [];
  for (const item of payload) {
    const part = await handleOne(item, ctx);
    if (part !== undefined) parts.push(part);
  }
  return parts.length > 0 ? `[${parts.join(",")}]` : undefined;
}
