import { createHash } from "node:crypto";
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import { isRouterError, RouterError, RouterErrorCode } from "../errors.js";
import type { GenerationRequest, GenerationResult, ServedModel } from "../inference/index.js";
import { type Agreement, compareOutputs } from "./compareOutputs.js";
import { DEFAULT_SELECTION_POLICY, type SelectionPolicy, selectExecutors } from "./selectExecutors.js";
import { type AttemptStatus, type DispatchMetrics, type Executor, noDispatchMetrics } from "./types.js";

/** Options of {@link createDispatcher}. */
export interface DispatcherOptions {
  executors: readonly Executor[];
  /** Executors each request is sent to (k); capped by how many can serve. Default 1. */
  redundancy?: number;
  policy?: SelectionPolicy;
  /** How long an executor that failed ranks last in selection. Default 5 s. */
  failureCooldownMs?: number;
  /** Attempts per request, retries included. Default redundancy + 2. */
  maxAttempts?: number;
  /** After the served answer completes, how long to wait for the redundant ones. Default 10 s. */
  redundancyWaitMs?: number;
}

/** Dependencies of {@link createDispatcher}. */
export interface DispatcherDeps {
  logger: Logger;
  metrics?: DispatchMetrics;
  /** Monotonic milliseconds; default `performance.now`. */
  now?: () => number;
}

/** Callbacks of one dispatched request. */
export interface DispatchHooks {
  /** Aborting cancels every attempt; its reason is what {@link Dispatcher.run} rejects with. */
  signal: AbortSignal;
  /** Called once, when the executor whose output the client gets is known (at its first token). */
  onServe(executorId: string): void;
  /** The served executor's text, in order. */
  onText(text: string): void;
}

/** The record of one attempt, as response metadata shows it. */
export interface AttemptReport {
  executor: string;
  kind: string;
  digest: string | null;
  status: AttemptStatus;
  /** True for the attempt whose text the client received. */
  served: boolean;
  /** Whether its output equals the reference output (null when it produced none). */
  agreed: boolean | null;
  /** sha256 (hex) of its full output text, when it finished. */
  outputSha256: string | null;
  completionTokens: number | null;
  /** Milliseconds from dispatch to its first token. */
  firstTokenMs: number | null;
  durationMs: number;
  /** Why it failed, when it did. */
  error: string | null;
}

/** The full output of one executor that finished (for receipts and reveals). */
export interface ExecutorOutcome {
  executor: string;
  text: string;
  result: GenerationResult;
}

/** Outcome of one dispatched request. */
export interface DispatchOutcome {
  served: string;
  result: GenerationResult;
  attempts: AttemptReport[];
  agreement: Agreement;
  redundancy: { requested: number; used: number };
  /** Every executor that finished, the served one first, then in start order. */
  outputs: ExecutorOutcome[];
}

/** Per-request choices that override the dispatcher's configuration. */
export interface RunOptions {
  /**
   * The executors to choose from for this request (e.g. the L2 registry's executors of the
   * session's model) instead of the configured ones. Load and cooldown are tracked by executor id
   * across requests.
   */
  executors?: readonly Executor[];
  /** Executors this request is sent to (k), e.g. the session's redundancy. */
  redundancy?: number;
}

/** What `/health` and metrics show about an executor. */
export interface ExecutorStatus {
  id: string;
  kind: string;
  models: string[];
  price: number;
  capacity: number;
  reputation: number;
  inFlight: number;
  /** False while cooling down after a failure. */
  healthy: boolean;
}

/** Sends requests to executors: selection, redundancy, retry before the first token, cancellation. */
export interface Dispatcher {
  /**
   * Runs one request to completion.
   *
   * @throws RouterError `ModelNotFound`, `NoExecutorAvailable`, `ExecutorFailed` (every attempt
   *   failed, or the served one failed after its first token), a client error relayed from a
   *   backend (`ContextLengthExceeded`, `UpstreamRejected`, …), or the signal's reason.
   */
  run(req: GenerationRequest, hooks: DispatchHooks, opts?: RunOptions): Promise<DispatchOutcome>;
  /** Models served by at least one executor (first executor's entry per id). */
  models(): ServedModel[];
  /** Live executor status. */
  status(): ExecutorStatus[];
}

// Errors that say the request itself is wrong: every executor would answer the same.
const CLIENT_ERRORS = new Set<number>([
  RouterErrorCode.InvalidRequest,
  RouterErrorCode.ContextLengthExceeded,
  RouterErrorCode.UpstreamRejected,
]);

interface ExecutorState {
  ex: Executor;
  inFlight: number;
  downUntil: number;
}

interface Attempt {
  state: ExecutorState;
  abort: AbortController;
  status: AttemptStatus;
  text: string;
  chunks: number;
  startedAt: number;
  firstTokenAt: number | null;
  endedAt: number | null;
  result: GenerationResult | null;
  error: string | null;
}

/**
 * Creates the dispatcher. Selection is {@link selectExecutors} over live load; with redundancy
 * k the request goes to k executors at once, the first to produce a token is streamed to the
 * client, and every output is kept and compared.
 */
export function createDispatcher(opts: DispatcherOptions, deps: DispatcherDeps): Dispatcher {
  const log = deps.logger.child({ component: "dispatch" });
  const metrics = deps.metrics ?? noDispatchMetrics;
  const now = deps.now ?? (() => performance.now());
  const defaultK = Math.max(1, opts.redundancy ?? 1);
  const policy = opts.policy ?? DEFAULT_SELECTION_POLICY;
  const cooldownMs = opts.failureCooldownMs ?? 5000;
  const maxAttemptsOpt = opts.maxAttempts;
  const redundancyWaitMs = opts.redundancyWaitMs ?? 10_000;
  const configured: ExecutorState[] = opts.executors.map((ex) => ({ ex, inFlight: 0, downUntil: 0 }));
  // Executors given per request (the L2 registry's) keep their load and cooldown by id.
  const dynamic = new Map<string, ExecutorState>();

  function stateOf(ex: Executor): ExecutorState {
    let s = dynamic.get(ex.id);
    if (!s) {
      s = { ex, inFlight: 0, downUntil: 0 };
      dynamic.set(ex.id, s);
    }
    // Terms (price, reputation, capacity) and the backend follow the latest registry reading.
    s.ex = ex;
    return s;
  }

  function run(
    req: GenerationRequest,
    hooks: DispatchHooks,
    runOpts: RunOptions = {},
  ): Promise<DispatchOutcome> {
    const k = Math.max(1, runOpts.redundancy ?? defaultK);
    const maxAttempts = maxAttemptsOpt ?? k + 2;
    const candidates = runOpts.executors ? runOpts.executors.map(stateOf) : configured;
    const pool = candidates.filter((s) => s.ex.backend.models.some((m) => m.id === req.model));
    if (pool.length === 0) {
      return Promise.reject(
        new RouterError(RouterErrorCode.ModelNotFound, `The model '${req.model}' does not exist`, {
          param: "model",
        }),
      );
    }
    const t = now();
    const selection = selectExecutors(
      pool.map((s) => ({
        id: s.ex.id,
        price: s.ex.price,
        capacity: s.ex.capacity,
        load: s.inFlight,
        reputation: s.ex.reputation,
        healthy: s.downUntil <= t,
        ...(s.ex.stake !== undefined ? { stake: s.ex.stake } : {}),
      })),
      k,
      policy,
    );
    if (selection.chosen.length === 0) {
      return Promise.reject(
        new RouterError(
          RouterErrorCode.NoExecutorAvailable,
          `no executor available for model '${req.model}'`,
          {
            detail: { excluded: selection.excluded },
          },
        ),
      );
    }
    const byId = new Map(pool.map((s) => [s.ex.id, s]));
    const spares = selection.spares.map((id) => byId.get(id)!);
    const attempts: Attempt[] = [];
    let served: Attempt | null = null;

    return new Promise<DispatchOutcome>((resolve, reject) => {
      let finished = false;
      let graceTimer: NodeJS.Timeout | undefined;

      const report = (a: Attempt, agreement: Agreement): AttemptReport => {
        const model = a.state.ex.backend.models.find((m) => m.id === req.model);
        const done = a.status === "ok";
        return {
          executor: a.state.ex.id,
          kind: a.state.ex.backend.kind,
          digest: model?.digest ?? null,
          status: a.status,
          served: a === served,
          agreed: done ? agreement.agreeing.includes(a.state.ex.id) : null,
          outputSha256: done ? createHash("sha256").update(a.text).digest("hex") : null,
          completionTokens: a.result?.usage.completionTokens ?? null,
          firstTokenMs:
            a.firstTokenAt === null ? null : Math.round((a.firstTokenAt - a.startedAt) * 100) / 100,
          durationMs: Math.round(((a.endedAt ?? now()) - a.startedAt) * 100) / 100,
          error: a.error,
        };
      };

      const finish = (err?: unknown): void => {
        if (finished) return;
        finished = true;
        clearTimeout(graceTimer);
        hooks.signal.removeEventListener("abort", onAbort);
        for (const a of attempts) {
          if (a.status === "running") {
            a.status = err === undefined ? "timeout" : "cancelled";
            a.abort.abort(new RouterError(RouterErrorCode.Cancelled, "attempt no longer needed"));
          }
        }
        if (err !== undefined) {
          reject(err);
          return;
        }
        const done = attempts.filter((a) => a.status === "ok");
        const outputs = [served!, ...done.filter((a) => a !== served)]
          .filter((a) => a.status === "ok")
          .map((a) => ({ executor: a.state.ex.id, text: a.text, result: a.result! }));
        const agreement = compareOutputs(
          done.map((a) => ({ id: a.state.ex.id, text: a.text })),
          served!.state.ex.id,
        );
        if (k > 1) metrics.redundancyOutcome(agreement.level);
        if (agreement.disagreeing.length > 0) {
          log.warn("redundant outputs disagree", {
            model: req.model,
            agreeing: agreement.agreeing,
            disagreeing: agreement.disagreeing,
          });
        }
        resolve({
          served: served!.state.ex.id,
          result: served!.result!,
          attempts: attempts.map((a) => report(a, agreement)),
          agreement,
          redundancy: { requested: k, used: attempts.length },
          outputs,
        });
      };

      const settleCheck = (): void => {
        if (finished) return;
        const running = attempts.some((a) => a.status === "running");
        if (served?.status === "ok") {
          if (!running) finish();
          else graceTimer ??= setTimeout(() => finish(), redundancyWaitMs);
          return;
        }
        if (!running && served === null) {
          const reasons = attempts.map((a) => `${a.state.ex.id}: ${a.error}`).join("; ");
          finish(
            new RouterError(
              RouterErrorCode.ExecutorFailed,
              `every executor failed before answering (${reasons})`,
              {
                detail: { attempts: attempts.map((a) => ({ executor: a.state.ex.id, error: a.error })) },
              },
            ),
          );
        }
      };

      const start = (state: ExecutorState): void => {
        const a: Attempt = {
          state,
          abort: new AbortController(),
          status: "running",
          text: "",
          chunks: 0,
          startedAt: now(),
          firstTokenAt: null,
          endedAt: null,
          result: null,
          error: null,
        };
        attempts.push(a);
        state.inFlight++;
        const becomeServed = (): void => {
          if (served !== null) return;
          served = a;
          hooks.onServe(state.ex.id);
        };
        state.ex.backend
          .generate(req, {
            signal: a.abort.signal,
            onText: (text) => {
              if (a.status !== "running") return;
              if (a.firstTokenAt === null) {
                a.firstTokenAt = now();
                becomeServed();
              }
              a.text += text;
              a.chunks++;
              if (a === served) hooks.onText(text);
            },
          })
          .then(
            (result) => {
              if (a.status !== "running") return;
              a.status = "ok";
              a.result = result;
              // An answer with no token at all is still an answer.
              becomeServed();
            },
            (err: unknown) => {
              if (a.status !== "running") return;
              a.status = "failed";
              a.error = errorMessage(err);
              const clientError = isRouterError(err) && CLIENT_ERRORS.has(err.code);
              // A request-level error before anything was served is the answer: fail fast.
              if (clientError && served === null) {
                finish(err);
                return;
              }
              if (!clientError) state.downUntil = now() + cooldownMs;
              log.warn("executor failed", { executor: state.ex.id, error: a.error, tokens: a.chunks });
              if (a === served) {
                finish(
                  new RouterError(
                    RouterErrorCode.ExecutorFailed,
                    `executor ${state.ex.id} failed after streaming ${a.chunks} chunks: ${a.error}`,
                    { detail: { executor: state.ex.id } },
                  ),
                );
                return;
              }
              // [RETRY] only an attempt that produced nothing is replaced, on an executor not yet tried.
              if (
                !clientError &&
                a.firstTokenAt === null &&
                spares.length > 0 &&
                attempts.length < maxAttempts
              ) {
                const next = spares.shift()!;
                metrics.retried(state.ex.id);
                log.info("retrying on another executor", { failed: state.ex.id, next: next.ex.id });
                start(next);
              }
            },
          )
          .finally(() => {
            a.endedAt = now();
            state.inFlight--;
            metrics.attemptFinished(state.ex.id, a.status);
            settleCheck();
          });
      };

      const onAbort = (): void => {
        // The served answer is complete: a deadline only cuts the redundant ones short (the answer
        // stands). A hang-up, or a deadline before the answer is complete, fails the request.
        if (
          served?.status === "ok" &&
          hooks.signal.reason instanceof RouterError &&
          hooks.signal.reason.code === RouterErrorCode.DeadlineExceeded
        ) {
          finish();
        } else {
          finish(hooks.signal.reason);
        }
      };
      if (hooks.signal.aborted) {
        reject(hooks.signal.reason);
        return;
      }
      hooks.signal.addEventListener("abort", onAbort, { once: true });
      for (const id of selection.chosen) start(byId.get(id)!);
    });
  }

  return {
    run,
    models() {
      const seen = new Map<string, ServedModel>();
      for (const s of [...configured, ...dynamic.values()])
        for (const m of s.ex.backend.models) if (!seen.has(m.id)) seen.set(m.id, m);
      return [...seen.values()];
    },
    status() {
      const t = now();
      return [...configured, ...dynamic.values()].map((s) => ({
        id: s.ex.id,
        kind: s.ex.backend.kind,
        models: s.ex.backend.models.map((m) => m.id),
        price: s.ex.price,
        capacity: s.ex.capacity,
        reputation: s.ex.reputation,
        inFlight: s.inFlight,
        healthy: s.downUntil <= t,
      }));
    },
  };
}
