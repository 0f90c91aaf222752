import type { Llama } from "node-llama-cpp";
import type { Logger } from "../../chain/core/log/index.js";

// One native llama.cpp runtime per process: loading it costs ~0.5 s and it is process-wide
// state anyway. Backends borrow it and the last one to close disposes it, so a test process
// holds no native handle once its routers are closed.
let runtime: Promise<Llama> | null = null;
let borrowers = 0;

/**
 * Borrows the process-wide llama.cpp runtime (CPU only, prebuilt binary only: a missing binary
 * fails fast instead of compiling llama.cpp for minutes). Pair every call with
 * {@link releaseLlama}. llama.cpp's own warnings and errors go to `logger` (the first
 * borrower's, since the runtime is shared).
 *
 * @throws Error from node-llama-cpp when no prebuilt binary fits this machine.
 */
export async function acquireLlama(logger: Logger): Promise<Llama> {
  borrowers++;
  runtime ??= startRuntime(logger);
  try {
    return await runtime;
  } catch (err) {
    borrowers--;
    runtime = null;
    throw err;
  }
}

// node-llama-cpp is imported on first use: a gateway-only router or `strata model digest`
// never pays for loading it.
async function startRuntime(logger: Logger): Promise<Llama> {
  const { getLlama, LlamaLogLevel } = await import("node-llama-cpp");
  return getLlama({
    gpu: false,
    build: "never",
    progressLogs: false,
    logLevel: LlamaLogLevel.warn,
    logger: (level, message) => {
      const line = message.trim();
      if (line === "") return;
      if (level === LlamaLogLevel.error || level === LlamaLogLevel.fatal) logger.error("llama.cpp", { line });
      else logger.warn("llama.cpp", { line });
    },
  });
}

/** Returns a runtime borrowed with {@link acquireLlama}; the last return disposes it. */
export async function releaseLlama(): Promise<void> {
  borrowers--;
  if (borrowers > 0 || runtime === null) return;
  const held = runtime;
  runtime = null;
  await (await held).dispose();
}
