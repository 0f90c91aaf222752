import type { Logger } from "../../chain/core/log/index.js";
import type { AdmissionQueue, Dispatcher } from "../dispatch/index.js";
import type { RouterMetrics } from "../metrics/index.js";

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
}
