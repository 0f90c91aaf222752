import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../chain/core/log/index.js";
import type { AdmissionQueue, Dispatcher, DispatchOutcome, RunOptions } from "../dispatch/index.js";
import type { GenerationRequest, ServedModel } from "../inference/index.js";
import type { RouterMetrics } from "../metrics/index.js";

/** One request's L2 task, prepared by {@link ChainGateway.begin}. */
export interface ChainTask {
  /** 64 lowercase hex: the response's `id` and `x-strata-task-id`. */
  taskId: string;
  /** The request to dispatch: the session's L2 model id and the task context. */
  request: GenerationRequest;
  /** The model as this router serves it (context size checks), when it executes it itself. */
  servedModel: ServedModel | null;
  /** Executors (the L2 registry's) and redundancy (the session's) for the dispatcher. */
  run: RunOptions;
  /**
   * Journals the task's receipts and outputs (durably) for the recorder. Resolves once they are
   * on disk; never throws (a task that cannot be recorded is logged and counted).
   */
  complete(outcome: DispatchOutcome): Promise<void>;
  /** The request failed: nothing is recorded and the session's hold is released. */
  abandon(): void;
}

/**
 * The L2 side of the gateway, present when the router runs with `--l2`. Declared here (the
 * consumer); implemented by `router-node/chain`.
 */
export interface ChainGateway {
  /**
   * Authenticates the bearer key, checks the session and prepares the task.
   * @throws RouterError InvalidApiKey (401), InsufficientQuota (402), PermissionDenied (403),
   *   ModelNotFound (400), NoExecutorAvailable (503), L2Unavailable (503).
   */
  begin(
    authorization: string | undefined,
    request: GenerationRequest,
    promptBytes: number,
  ): Promise<ChainTask>;
  /**
   * A task's report: the chain's, or `pending recording` while it waits in the journal.
   * @throws RouterError TaskNotFound (404), L2Unavailable (503).
   */
  taskStatus(id: string): Promise<unknown>;
  /** Serves `POST /strata/v1/execute` (a peer router's task); returns the status for metrics. */
  handleExecute(req: IncomingMessage, res: ServerResponse): Promise<string>;
  /** The L2 link's state for `/health`. */
  health(): Record<string, unknown>;
}

/** Everything the gateway's handlers share. */
export interface GatewayContext {
  dispatcher: Dispatcher;
  admission: AdmissionQueue;
  metrics: RouterMetrics;
  logger: Logger;
  /** Per-request deadline, queue wait included. A client may shorten it with `x-strata-deadline-ms`. */
  deadlineMs: number;
  /** Largest accepted request body. */
  maxBodyBytes: number;
  /** `max_tokens` when the client sends none (lowered to fit the context). */
  defaultMaxTokens: number;
  /** Monotonic milliseconds (latency metrics). */
  now(): number;
  /** Wall-clock milliseconds (the `created` field). */
  wallClock(): number;
  /** The L2 link (`--l2`): sessions, executors from the registry, task recording. */
  chain?: ChainGateway;
}
