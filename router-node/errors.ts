import { StrataError } from "../chain/core/errors/index.js";

/**
 * Error codes of the `router` codespace. Numbers are stable: a retired code is commented out,
 * never reused for another meaning.
 */
export enum RouterErrorCode {
  /** The request body or a parameter is malformed (HTTP 400). */
  InvalidRequest = 1,
  /** No executor serves the requested model (HTTP 400, OpenAI code `model_not_found`). */
  ModelNotFound = 2,
  /** Prompt plus `max_tokens` does not fit the model's context (HTTP 400). */
  ContextLengthExceeded = 3,
  /** The admission queue is full (HTTP 429). */
  QueueFull = 4,
  /** The per-request deadline passed before the answer was complete (HTTP 504). */
  DeadlineExceeded = 5,
  /** Every executor tried failed, or the serving one failed after its first token (HTTP 502). */
  ExecutorFailed = 6,
  /** Executors serve the model but none could be selected (HTTP 503). */
  NoExecutorAvailable = 7,
  /** The client went away; the work was cancelled (logged, never sent). */
  Cancelled = 8,
  /** A GGUF file could not be loaded by the llama.cpp backend. */
  ModelLoadFailed = 9,
  /** An upstream answered with a 4xx: the request itself is at fault, so it is relayed, not retried. */
  UpstreamRejected = 10,
  /** A model file is not usable (missing, unreadable). */
  InvalidModelFile = 11,
  /** Router options are inconsistent (e.g. no backend and no peer). */
  InvalidConfig = 12,
  /** No route matches the request path (HTTP 404). */
  RouteNotFound = 13,
  /** The route exists but not for this HTTP method (HTTP 405). */
  MethodNotAllowed = 14,
  /** The request body exceeds the size limit (HTTP 413). */
  PayloadTooLarge = 15,
  /** An upstream could not be reached or answered something that is not OpenAI-shaped. */
  UpstreamUnavailable = 16,
  /** No API key, or one that names no open session (HTTP 401, OpenAI code `invalid_api_key`). */
  InvalidApiKey = 17,
  /** The session's free deposit does not cover the task (HTTP 402, `insufficient_quota`). */
  InsufficientQuota = 18,
  /** The session does not let this router record its tasks (HTTP 403). */
  PermissionDenied = 19,
  /** The L2 chain cannot be reached and nothing cached answers the question (HTTP 503). */
  L2Unavailable = 20,
  /** The served model file's sha256 differs from the registered L2 version's `weights_sha256`. */
  ModelDigestMismatch = 21,
  /** The node could not register on L2 or refuses its registration's state (jailed, unbonding). */
  RegistrationFailed = 22,
  /** A task id this router does not know and the chain has no record of (HTTP 404). */
  TaskNotFound = 23,
  /** A peer execute request that is not signed by an active router, or replays a task (HTTP 401/409). */
  PeerRefused = 24,
  /** The journal file cannot be read or written. */
  JournalFailed = 25,
}

/** Codespace of every {@link RouterError}. */
export const ROUTER_CODESPACE = "router";

/**
 * The router node's error: a {@link RouterErrorCode} in the `router` codespace plus an optional
 * `param` (the request field at fault, reported in OpenAI error bodies).
 */
export class RouterError extends StrataError {
  /** The request parameter the error is about, if any (`messages`, `max_tokens`, …). */
  readonly param: string | null;

  constructor(
    code: RouterErrorCode,
    message: string,
    opts: { param?: string; detail?: Record<string, unknown> } = {},
  ) {
    super(ROUTER_CODESPACE, code, message, opts.detail);
    this.param = opts.param ?? null;
  }
}

/** True when `err` is a {@link RouterError} with the given code. */
export function isRouterError(err: unknown, code?: RouterErrorCode): err is RouterError {
  return err instanceof RouterError && (code === undefined || err.code === code);
}
