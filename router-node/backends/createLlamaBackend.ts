import { basename } from "node:path";
import type {
  ChatHistoryItem,
  ChatWrapper,
  LlamaContext,
  LlamaContextSequence,
  LlamaModel,
  LlamaText,
  Token,
} from "node-llama-cpp";
import type { Logger } from "../../chain/core/log/index.js";
import { RouterError, RouterErrorCode } from "../errors.js";
import type {
  ChatMessage,
  GenerationHooks,
  GenerationRequest,
  GenerationResult,
  InferenceBackend,
  ServedModel,
} from "../inference/index.js";
import { digestFile } from "../model/index.js";
import { acquireLlama, releaseLlama } from "./llamaRuntime.js";

/** Options of {@link createLlamaBackend}. */
export interface LlamaBackendOptions {
  /** Path of the GGUF file. */
  modelPath: string;
  /** Model id clients use; default the file name without `.gguf`. */
  modelId?: string;
  /** CPU threads per evaluation. Default 1: on small machines more threads make decoding far slower. */
  threads?: number;
  /** Context window per sequence, in tokens (llama.cpp rounds it up to a multiple of 256). Default 2048. */
  contextSize?: number;
  /** Tokens evaluated per batch; default llama.cpp's (512, or the context size if smaller). */
  batchSize?: number;
  /** Parallel sequences, i.e. requests generated at once; more wait for a free one. Default 1. */
  parallel?: number;
}

/** Dependencies of {@link createLlamaBackend}. */
export interface LlamaBackendDeps {
  logger: Logger;
}

/** A fixed set of context sequences handed out one request at a time, FIFO. */
class SequencePool {
  private readonly free: LlamaContextSequence[] = [];
  private readonly waiters: { resolve(s: LlamaContextSequence): void; reject(e: unknown): void }[] = [];

  constructor(context: LlamaContext, size: number) {
    for (let i = 0; i < size; i++) this.free.push(context.getSequence());
  }

  acquire(signal: AbortSignal): Promise<LlamaContextSequence> {
    const seq = this.free.pop();
    if (seq) return Promise.resolve(seq);
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: (s: LlamaContextSequence) => {
          signal.removeEventListener("abort", onAbort);
          resolve(s);
        },
        reject,
      };
      const onAbort = (): void => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(seq: LlamaContextSequence): void {
    const next = this.waiters.shift();
    if (next) next.resolve(seq);
    else this.free.push(seq);
  }
}

function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m): ChatHistoryItem => {
    switch (m.role) {
      case "system":
      case "developer":
        return { type: "system", text: m.content };
      case "assistant":
        return { type: "model", response: [m.content] };
      default:
        return { type: "user", text: m.content };
    }
  });
  // The empty model turn at the end is where the answer goes.
  history.push({ type: "model", response: [] });
  return history;
}

// Keys whose absence makes llama.cpp abort the whole process (GGML_ASSERT) instead of failing
// the load, per architecture: checked up front so a bad file is an error, not a crash.
const ABORTING_KEYS: Record<string, string[]> = {
  llama: ["feed_forward_length", "attention.head_count"],
};

async function preflight(path: string): Promise<{ maxTokenBytes: number }> {
  const { readGgufFileInfo } = await import("node-llama-cpp");
  let info: Awaited<ReturnType<typeof readGgufFileInfo>>;
  try {
    info = await readGgufFileInfo(path, { readTensorInfo: false, logWarnings: false });
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.ModelLoadFailed,
      `${path} is not a readable GGUF file: ${(err as Error).message}`,
    );
  }
  const arch = String(info.metadata.general?.architecture);
  const archMeta = (info.metadata as unknown as Record<string, Record<string, unknown>>)[arch] ?? {};
  for (const key of ABORTING_KEYS[arch] ?? []) {
    const value = key
      .split(".")
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], archMeta);
    // [REJECT] llama.cpp asserts these are >= 1
    if (!(typeof value === "number" && value >= 1)) {
      throw new RouterError(
        RouterErrorCode.ModelLoadFailed,
        `${path}: GGUF key ${arch}.${key} is missing or not >= 1`,
      );
    }
  }
  const tokenizer = (info.metadata as unknown as { tokenizer?: { ggml?: Record<string, unknown> } }).tokenizer
    ?.ggml;
  return { maxTokenBytes: maxTokenBytes((tokenizer ?? {}) as Parameters<typeof maxTokenBytes>[0]) };
}

// GGUF `tokenizer.ggml.token_type` values (llama.cpp's `llama_token_attr` ancestry).
const TOKEN_TYPE_CONTROL = 3;
const TOKEN_TYPE_UNUSED = 5;
const TOKEN_TYPE_BYTE = 6;

/**
 * The most bytes of input text one token of this vocabulary can stand for, or `Infinity` when no
 * such bound is known. Only for the byte-pair (`gpt2`) and SentencePiece (`llama`) tokenizers,
 * whose every token covers a fixed piece of text (unknown input falls back to one token per byte
 * or character); WordPiece-like tokenizers map a whole unknown word to one token, so no bound.
 * The GGUF token strings are an upper bound on their text: SentencePiece writes a space as `▁`
 * (3 bytes), byte-level BPE writes each byte as a 1–2 byte character, byte tokens (`<0x41>`)
 * count 1. Control and unused tokens never come out of plain text and are skipped. A floor of 4
 * (one UTF-8 character) keeps it safe for an unknown character mapped to one token.
 */
export function maxTokenBytes(tokenizer: {
  model?: unknown;
  tokens?: readonly unknown[];
  token_type?: readonly unknown[];
}): number {
  if (tokenizer.model !== "llama" && tokenizer.model !== "gpt2") return Number.POSITIVE_INFINITY;
  if (!Array.isArray(tokenizer.tokens) || tokenizer.tokens.length === 0) return Number.POSITIVE_INFINITY;
  let max = 4;
  for (let i = 0; i < tokenizer.tokens.length; i++) {
    const type = tokenizer.token_type?.[i];
    if (type === TOKEN_TYPE_CONTROL || type === TOKEN_TYPE_UNUSED) continue;
    const bytes = type === TOKEN_TYPE_BYTE ? 1 : Buffer.byteLength(String(tokenizer.tokens[i]), "utf8");
    if (bytes > max) max = bytes;
  }
  return max;
}

// Bytes of the text a request puts in the prompt, whitespace at the ends of each part excluded
// (templates and `trimLeadingSpace` may drop it); the rendered prompt holds at least these.
function promptTextBytes(req: GenerationRequest): number {
  if (req.input.kind === "completion") return Buffer.byteLength(req.input.prompt.trim(), "utf8");
  let n = 0;
  for (const m of req.input.messages) n += Buffer.byteLength(m.content.trim(), "utf8");
  return n;
}

/**
 * Loads a GGUF model with node-llama-cpp (CPU, prebuilt binary) and serves it: chat requests are
 * rendered with the model's own chat template (node-llama-cpp picks the wrapper from the GGUF),
 * completions use the raw prompt. Reports the sha256 of the file as the model digest.
 *
 * @throws RouterError `InvalidModelFile` when the file cannot be read, `ModelLoadFailed` when
 *   the llama.cpp runtime is missing or rejects the file.
 */
export async function createLlamaBackend(
  opts: LlamaBackendOptions,
  deps: LlamaBackendDeps,
): Promise<InferenceBackend> {
  const log = deps.logger.child({ backend: "llama" });
  const digest = await digestFile(opts.modelPath);
  const { maxTokenBytes: tokenBytes } = await preflight(opts.modelPath);
  let llama: Awaited<ReturnType<typeof acquireLlama>>;
  try {
    llama = await acquireLlama(log);
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.ModelLoadFailed,
      `llama.cpp runtime unavailable: ${(err as Error).message}`,
    );
  }
  const { LlamaCompletion, resolveChatWrapper } = await import("node-llama-cpp");
  let model: LlamaModel | undefined;
  let context: LlamaContext;
  try {
    model = await llama.loadModel({ modelPath: opts.modelPath });
    context = await model.createContext({
      contextSize: opts.contextSize ?? 2048,
      threads: opts.threads ?? 1,
      sequences: opts.parallel ?? 1,
      ...(opts.batchSize !== undefined ? { batchSize: opts.batchSize } : {}),
    });
  } catch (err) {
    await model?.dispose();
    await releaseLlama();
    throw new RouterError(
      RouterErrorCode.ModelLoadFailed,
      `llama.cpp cannot load ${opts.modelPath}: ${(err as Error).message}`,
      {
        detail: { path: opts.modelPath },
      },
    );
  }
  const loaded = model;
  const chatWrapper: ChatWrapper = resolveChatWrapper(loaded);
  const pool = new SequencePool(context, opts.parallel ?? 1);
  const contextSize = context.contextSize;
  const bos = loaded.tokens.shouldPrependBosToken ? loaded.tokens.bos : null;
  const served: ServedModel = {
    id: opts.modelId ?? basename(opts.modelPath).replace(/\.gguf$/i, ""),
    digest,
    contextSize,
    ownedBy: "strata-router",
  };
  log.info("model loaded", {
    model: served.id,
    digest,
    contextSize,
    wrapper: chatWrapper.wrapperName,
    maxTokenBytes: tokenBytes,
  });
  // A prompt with more bytes than this needs more tokens than the context holds: it is refused
  // without tokenizing (llama.cpp's tokenizer is synchronous; megabytes of text would hold the
  // event loop for most of a second).
  const maxPromptBytes = contextSize * tokenBytes;
  let closed = false;

  // Tokens of the prompt without the leading BOS (LlamaCompletion always prepends it), plus the
  // stop triggers the chat template implies (end-of-turn tokens).
  const renderPrompt = (req: GenerationRequest): { tokens: Token[]; stops: (string | LlamaText)[] } => {
    if (req.input.kind === "completion") {
      return { tokens: loaded.tokenize(req.input.prompt, false, "trimLeadingSpace"), stops: [] };
    }
    const state = chatWrapper.generateContextState({ chatHistory: toChatHistory(req.input.messages) });
    const tokens = state.contextText.tokenize(loaded.tokenizer);
    if (bos !== null && tokens[0] === bos) tokens.shift();
    return { tokens, stops: state.stopGenerationTriggers };
  };

  const generate = async (req: GenerationRequest, hooks: GenerationHooks): Promise<GenerationResult> => {
    if (closed) throw new RouterError(RouterErrorCode.ExecutorFailed, "llama backend is closed");
    const textBytes = promptTextBytes(req);
    // [REJECT] a prompt longer in bytes than the context's tokens can cover cannot fit: refused
    // before tokenizing it (each token covers at most `tokenBytes` bytes of text).
    if (textBytes > maxPromptBytes) {
      throw new RouterError(
        RouterErrorCode.ContextLengthExceeded,
        `This model's maximum context length is ${contextSize} tokens. However, your prompt is ` +
          `${textBytes} bytes, more than ${contextSize} tokens of at most ${tokenBytes} bytes each ` +
          `can hold. Reduce the prompt.`,
        { param: req.input.kind === "chat" ? "messages" : "prompt" },
      );
    }
    const { tokens, stops } = renderPrompt(req);
    const promptTokens = tokens.length + (bos === null ? 0 : 1);
    const maxTokens = req.params.fitToContext
      ? Math.min(req.params.maxTokens, contextSize - promptTokens)
      : req.params.maxTokens;
    // [REJECT] prompt + max_tokens must fit the context: the router never shifts context silently.
    if (maxTokens < 1 || promptTokens + maxTokens > contextSize) {
      throw new RouterError(
        RouterErrorCode.ContextLengthExceeded,
        `This model's maximum context length is ${contextSize} tokens. However, you requested ` +
          `${promptTokens + Math.max(1, maxTokens)} tokens (${promptTokens} in the prompt, ` +
          `${Math.max(1, maxTokens)} in the completion). Reduce the prompt or max_tokens.`,
        { param: req.input.kind === "chat" ? "messages" : "prompt" },
      );
    }
    const sequence = await pool.acquire(hooks.signal);
    const completion = new LlamaCompletion({ contextSequence: sequence });
    let completionTokens = 0;
    try {
      // A fresh history per request keeps outputs independent of what ran before on the sequence.
      await sequence.clearHistory();
      const res = await completion.generateCompletionWithMeta(tokens, {
        signal: hooks.signal,
        maxTokens,
        temperature: req.params.temperature,
        ...(req.params.topP !== null ? { topP: req.params.topP } : {}),
        ...(req.params.seed !== null ? { seed: req.params.seed } : {}),
        repeatPenalty: false,
        disableContextShift: true,
        customStopTriggers: [...stops, ...req.params.stop],
        onToken: (t) => {
          completionTokens += t.length;
        },
        onTextChunk: hooks.onText,
      });
      return {
        finishReason: res.metadata.stopReason === "maxTokens" ? "length" : "stop",
        usage: { promptTokens, completionTokens },
      };
    } catch (err) {
      if (hooks.signal.aborted) throw hooks.signal.reason;
      throw new RouterError(
        RouterErrorCode.ExecutorFailed,
        `llama.cpp generation failed: ${(err as Error).message}`,
      );
    } finally {
      completion.dispose({ disposeSequence: false });
      pool.release(sequence);
    }
  };

  return {
    kind: "llama",
    models: [served],
    generate,
    async close() {
      if (closed) return;
      closed = true;
      await context.dispose();
      await loaded.dispose();
      await releaseLlama();
    },
  };
}
