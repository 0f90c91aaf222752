import { errorMessage } from "../../chain/core/errors/index.js";
import { isRouterError, RouterErrorCode } from "../errors.js";

/** An error as the OpenAI API shapes it, with the HTTP status to send. */
export interface OpenAIErrorReply {
  status: number;
  body: { error: { message: string; type: string; param: string | null; code: string | null } };
}

const MAPPING: Partial<Record<RouterErrorCode, { status: number; type: string; code: string | null }>> = {
  [RouterErrorCode.InvalidRequest]: { status: 400, type: "invalid_request_error", code: null },
  [RouterErrorCode.ModelNotFound]: { status: 400, type: "invalid_request_error", code: "model_not_found" },
  [RouterErrorCode.ContextLengthExceeded]: {
    status: 400,
    type: "invalid_request_error",
    code: "context_length_exceeded",
  },
  [RouterErrorCode.QueueFull]: { status: 429, type: "rate_limit_error", code: "queue_full" },
  [RouterErrorCode.DeadlineExceeded]: { status: 504, type: "timeout_error", code: "deadline_exceeded" },
  [RouterErrorCode.ExecutorFailed]: { status: 502, type: "server_error", code: "executor_failed" },
  [RouterErrorCode.UpstreamUnavailable]: { status: 502, type: "server_error", code: "upstream_unavailable" },
  [RouterErrorCode.NoExecutorAvailable]: { status: 503, type: "server_error", code: "no_executor_available" },
  [RouterErrorCode.RouteNotFound]: { status: 404, type: "invalid_request_error", code: "not_found" },
  [RouterErrorCode.MethodNotAllowed]: {
    status: 405,
    type: "invalid_request_error",
    code: "method_not_allowed",
  },
  [RouterErrorCode.PayloadTooLarge]: {
    status: 413,
    type: "invalid_request_error",
    code: "payload_too_large",
  },
  [RouterErrorCode.Cancelled]: { status: 499, type: "invalid_request_error", code: "cancelled" },
  [RouterErrorCode.InvalidApiKey]: { status: 401, type: "invalid_request_error", code: "invalid_api_key" },
  [RouterErrorCode.InsufficientQuota]: {
    status: 402,
    type: "insufficient_quota",
    code: "insufficient_quota",
  },
  [RouterErrorCode.PermissionDenied]: {
    status: 403,
    type: "invalid_request_error",
    code: "permission_denied",
  },
  [RouterErrorCode.L2Unavailable]: { status: 503, type: "server_error", code: "l2_unavailable" },
  [RouterErrorCode.PeerRefused]: { status: 400, type: "invalid_request_error", code: "peer_refused" },
  [RouterErrorCode.TaskNotFound]: { status: 404, type: "invalid_request_error", code: "not_found" },
};

/**
 * Maps any thrown value to an OpenAI error reply. Router errors keep their message and param;
 * an upstream's 4xx is relayed with its own status and fields; anything else is a 500
 * `internal_error` (the caller logs the original).
 */
export function toErrorReply(err: unknown): OpenAIErrorReply {
  if (isRouterError(err)) {
    if (err.code === RouterErrorCode.UpstreamRejected) {
      const status = typeof err.detail?.status === "number" ? err.detail.status : 400;
      const upstream = (err.detail?.body as { error?: Record<string, unknown> } | undefined)?.error;
      const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
      return {
        status,
        body: {
          error: {
            message: err.message,
            type: str(upstream?.type) ?? "invalid_request_error",
            param: str(upstream?.param),
            code: str(upstream?.code),
          },
        },
      };
    }
    const m = MAPPING[err.code as RouterErrorCode] ?? { status: 500, type: "server_error", code: null };
    return {
      status: m.status,
      body: { error: { message: err.message, type: m.type, param: err.param, code: m.code } },
    };
  }
  return {
    status: 500,
    body: {
      error: {
        message: `internal router error: ${errorMessage(err)}`,
        type: "server_error",
        param: null,
        code: "internal_error",
      },
    },
  };
}
