import { RouterError, RouterErrorCode } from "../../../router-node/index.js";
import type {
  GenerationHooks,
  GenerationResult,
  InferenceBackend,
} from "../../../router-node/inference/index.js";

/** What a scripted backend does for each request. */
export interface Script {
  /** Chunks to emit, one per macrotask turn (so other attempts interleave). */
  chunks: string[];
  /** Fail after emitting this many chunks (0: before the first). */
  failAfter?: number;
  /** The error to fail with; default an `ExecutorFailed` RouterError. */
  error?: Error;
  /** Wait this long before each chunk. */
  delayMs?: number;
  /** Never finish on its own (until aborted) after the chunks. */
  hang?: boolean;
}

/** An in-memory {@link InferenceBackend} for dispatcher unit tests; counts calls and aborts. */
export interface ScriptedBackend extends InferenceBackend {
  calls: number;
  aborted: number;
}

/** Creates a backend serving `model` that follows `script` on every request. */
export function scriptedBackend(model: string, script: Script, digest = "d".repeat(64)): ScriptedBackend {
  const b: ScriptedBackend = {
    kind: "scripted",
    models: [{ id: model, digest, contextSize: 512, ownedBy: "test" }],
    calls: 0,
    aborted: 0,
    async generate(_req, hooks: GenerationHooks): Promise<GenerationResult> {
      b.calls++;
      const wait = (ms: number): Promise<void> =>
        new Promise((resolve, reject) => {
          if (hooks.signal.aborted) {
            b.aborted++;
            reject(hooks.signal.reason);
            return;
          }
          const t = setTimeout(() => {
            hooks.signal.removeEventListener("abort", onAbort);
            resolve();
          }, ms);
          const onAbort = (): void => {
            clearTimeout(t);
            b.aborted++;
            reject(hooks.signal.reason);
          };
          hooks.signal.addEventListener("abort", onAbort, { once: true });
        });
      for (let i = 0; i <= script.chunks.length; i++) {
        if (script.failAfter === i) {
          throw (
            script.error ?? new RouterError(RouterErrorCode.ExecutorFailed, `scripted failure after ${i}`)
          );
        }
        if (i === script.chunks.length) break;
        await wait(script.delayMs ?? 0);
        hooks.onText(script.chunks[i]!);
      }
      if (script.hang) await wait(2 ** 30);
      return { finishReason: "stop", usage: { promptTokens: 3, completionTokens: script.chunks.length } };
    },
    async close() {},
  };
  return b;
}
