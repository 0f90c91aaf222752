import { RouterError, RouterErrorCode } from "../errors.js";
import type { GenerationHooks, GenerationRequest, InferenceBackend } from "../inference/index.js";

/**
 * Faults a backend can be told to inject, for tests and drills of redundancy, retry and
 * cancellation. Never enable in production: an altered executor is exactly what guards slash.
 */
export interface FaultSpec {
  /** Swap the case of every ASCII letter of the output (same length, different text). */
  alterOutput?: boolean;
  /** Hold each text chunk back this long (a slow executor). */
  delayMs?: number;
  /** Crash the process after this many chunks (0: before the first token). */
  crashAfter?: number;
  /** Fail the generation with an error after this many chunks; the process keeps serving. */
  failAfter?: number;
}

/** Dependencies of {@link withFaults}. */
export interface FaultDeps {
  /**
   * How to crash for `crashAfter` (the CLI kills its own process with SIGKILL). Without it the
   * crash is a failed generation.
   */
  crash?: () => void;
}

/**
 * Parses a fault list such as `alter-output,delay:20,crash-after:3` (the `--fault` CLI flag).
 *
 * @throws RouterError `InvalidConfig` on an unknown fault or a bad number.
 */
export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = {};
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, arg] = item.split(":", 2) as [string, string | undefined];
    const n = arg === undefined ? Number.NaN : Number(arg);
    const needInt = (): number => {
      if (!Number.isInteger(n) || n < 0) {
        throw new RouterError(
          RouterErrorCode.InvalidConfig,
          `fault ${name} needs a non-negative integer, got "${arg}"`,
        );
      }
      return n;
    };
    if (name === "alter-output") spec.alterOutput = true;
    else if (name === "delay") spec.delayMs = needInt();
    else if (name === "crash-after") spec.crashAfter = needInt();
    else if (name === "fail-after") spec.failAfter = needInt();
    else {
      throw new RouterError(
        RouterErrorCode.InvalidConfig,
        `unknown fault "${name}" (known: alter-output, delay:MS, crash-after:N, fail-after:N)`,
      );
    }
  }
  return spec;
}

function swapCase(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

// Lets the chunks already written reach the socket before the process dies.
const CRASH_FLUSH_MS = 30;

/**
 * Wraps a backend so it misbehaves as `faults` says. The wrapper reports the same models and
 * digests as the backend it wraps: an altered executor lies about what it ran.
 */
export function withFaults(
  backend: InferenceBackend,
  faults: FaultSpec,
  deps: FaultDeps = {},
): InferenceBackend {
  const generate = async (req: GenerationRequest, hooks: GenerationHooks) => {
    const inner = new AbortController();
    const onOuterAbort = (): void => inner.abort(hooks.signal.reason);
    if (hooks.signal.aborted) inner.abort(hooks.signal.reason);
    hooks.signal.addEventListener("abort", onOuterAbort, { once: true });
    let emitted = 0;
    let tripped = false;
    let crashing = false;
    // Resolves never; rejects when the generation is aborted (used while the crash timer runs).
    const untilAborted = (): Promise<never> =>
      new Promise<never>((_, reject) => {
        if (inner.signal.aborted) reject(inner.signal.reason);
        else inner.signal.addEventListener("abort", () => reject(inner.signal.reason), { once: true });
      });

    // True when a crash or failure fault fires now, i.e. after `emitted` chunks.
    const trip = (): boolean => {
      if (faults.crashAfter === emitted) {
        tripped = true;
        if (deps.crash) {
          crashing = true;
          setTimeout(deps.crash, CRASH_FLUSH_MS);
        } else {
          inner.abort(
            new RouterError(RouterErrorCode.ExecutorFailed, `fault injected: crash after ${emitted} tokens`),
          );
        }
        return true;
      }
      if (faults.failAfter === emitted) {
        tripped = true;
        inner.abort(
          new RouterError(RouterErrorCode.ExecutorFailed, `fault injected: failure after ${emitted} tokens`),
        );
        return true;
      }
      return false;
    };
    const emit = (text: string): void => {
      if (tripped || trip()) return;
      emitted++;
      hooks.onText(faults.alterOutput ? swapCase(text) : text);
    };
    let paced: Promise<void> = Promise.resolve();
    const onText =
      faults.delayMs === undefined
        ? emit
        : (text: string): void => {
            paced = paced.then(() => sleep(faults.delayMs!, inner.signal)).then(() => emit(text));
            // Rejections are reported through the awaited chain below, not as unhandled ones.
            paced.catch(() => {});
          };

    try {
      if (trip()) return await untilAborted();
      const result = await backend.generate(req, { signal: inner.signal, onText });
      await paced;
      // Crashing: the timer ends the process; the answer must not complete before it does.
      if (crashing) return await untilAborted();
      if (inner.signal.aborted) throw inner.signal.reason;
      return result;
    } finally {
      hooks.signal.removeEventListener("abort", onOuterAbort);
    }
  };
  return { kind: backend.kind, models: backend.models, generate, close: () => backend.close() };
}
