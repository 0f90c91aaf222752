/**
 * The guard's own copy of a model: re-runs a task's request through the router node's llama.cpp
 * backend and returns the whole output text.
 */
import type { Logger } from "../../chain/core/log/index.js";
import { createLlamaBackend } from "../../router-node/index.js";
import type { GenerationRequest } from "../../router-node/inference/index.js";

/** Options of {@link createReexecutor}. */
export interface ReexecutorOptions {
  /** The GGUF file. */
  modelPath: string;
  /** llama.cpp threads (default 1). */
  threads?: number;
  /** Context window, tokens (default 2048, the router's default: a default `max_tokens` is fitted to it as executors do). */
  contextSize?: number;
  /** Longest a re-execution may take (default 120 s). */
  timeoutMs?: number;
}

/** A loaded model that re-runs requests. */
export interface Reexecutor {
  /** sha256 of the model file: tasks of model versions with another digest are not re-executed. */
  readonly digest: string;
  /**
   * Runs `req` and returns its output text.
   * @throws RouterError from the backend (context exceeded, generation failed) or a timeout.
   */
  run(req: GenerationRequest): Promise<string>;
  /** Releases the model. Idempotent. */
  close(): Promise<void>;
}

/**
 * Loads `modelPath` with the llama backend.
 * @throws RouterError `InvalidModelFile` / `ModelLoadFailed` when the file cannot be read or loaded.
 */
export async function createReexecutor(
  opts: ReexecutorOptions,
  deps: { logger: Logger },
): Promise<Reexecutor> {
  const backend = await createLlamaBackend(
    {
      modelPath: opts.modelPath,
      threads: opts.threads ?? 1,
      contextSize: opts.contextSize ?? 2048,
      parallel: 1,
    },
    { logger: deps.logger },
  );
  const model = backend.models[0]!;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return {
    digest: model.digest!,
    async run(req) {
      let text = "";
      await backend.generate(
        { ...req, model: model.id },
        {
          signal: AbortSignal.timeout(timeoutMs),
          onText: (t) => {
            text += t;
          },
        },
      );
      return text;
    },
    close: () => backend.close(),
  };
}
