import { StrataError } from "../errors/index.js";

/** JSON-RPC 2.0 error codes, as CometBFT uses them (`rpc/jsonrpc/types/types.go`). */
export enum RpcErrorCode {
  /** The body is not valid JSON. */
  ParseError = -32700,
  /** The JSON is not a valid JSON-RPC request (or the HTTP body is too large). */
  InvalidRequest = -32600,
  /** No such method (or a WebSocket-only method called over HTTP). */
  MethodNotFound = -32601,
  /** A param has the wrong type or encoding. */
  InvalidParams = -32602,
  /** The call was well formed but failed (unknown height, tx not found, backend failure, …). */
  InternalError = -32603,
  /** Server-side limit hit (too many subscriptions, …). */
  ServerError = -32000,
}

const MESSAGES: Record<RpcErrorCode, string> = {
  [RpcErrorCode.ParseError]: "Parse error",
  [RpcErrorCode.InvalidRequest]: "Invalid Request",
  [RpcErrorCode.MethodNotFound]: "Method not found",
  [RpcErrorCode.InvalidParams]: "Invalid params",
  [RpcErrorCode.InternalError]: "Internal error",
  [RpcErrorCode.ServerError]: "Server error",
};

/** The `error` member of a JSON-RPC response. */
export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: string;
}

/**
 * An error the RPC layer reports to a client. `code` is the JSON-RPC code, `message` (the
 * Error message) becomes the JSON-RPC `data` a person can act on; the JSON-RPC `message` is
 * the standard text for the code, as CometBFT sends it.
 */
export class RpcError extends StrataError {
  constructor(code: RpcErrorCode, data: string, detail?: Record<string, unknown>) {
    super("rpc", code, data, detail);
  }

  /** The JSON-RPC code (same as `code`, typed). */
  get rpcCode(): RpcErrorCode {
    return this.code as RpcErrorCode;
  }

  /** The JSON-RPC `error` object. */
  toJson(): JsonRpcErrorObject {
    return { code: this.code, message: MESSAGES[this.rpcCode], data: this.message };
  }
}

/** `-32602 Invalid params` with `data`. */
export function invalidParams(data: string): RpcError {
  return new RpcError(RpcErrorCode.InvalidParams, data);
}

/** `-32603 Internal error` with `data` (CometBFT reports every handler failure this way). */
export function internalError(data: string): RpcError {
  return new RpcError(RpcErrorCode.InternalError, data);
}

/**
 * The `data` of a -32603 answer to an unexpected failure: the failure's own text (a stack, a file
 * path, a database message) stays in the node's log, under `ref`.
 */
export function hiddenInternalError(ref?: string): RpcError {
  const where = ref ? ` (ref ${ref})` : "";
  return new RpcError(
    RpcErrorCode.InternalError,
    `internal error${where}; the details are in the node's log`,
  );
}

/**
 * JSON-RPC error object for any thrown value: RpcErrors keep their code and text; anything else
 * is an unexpected failure and becomes a -32603 whose text reveals nothing (log it first).
 */
export function toJsonRpcError(err: unknown): JsonRpcErrorObject {
  if (err instanceof RpcError) return err.toJson();
  return hiddenInternalError().toJson();
}
