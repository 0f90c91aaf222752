/**
 * Domain types of one inference request, decoded once at the gateway edge and shared by the
 * dispatcher and every backend. Nothing here knows about HTTP or the OpenAI wire format.
 */

/** Roles a chat message may carry. */
export type ChatRole = "system" | "developer" | "user" | "assistant" | "tool";

/** One chat message with its text content. */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** What to generate from: a chat transcript or a raw prompt. */
export type GenerationInput =
  | { kind: "chat"; messages: ChatMessage[] }
  | { kind: "completion"; prompt: string };

/** Sampling and length parameters, already validated and defaulted. */
export interface GenerationParams {
  /** Upper bound on generated tokens (>= 1). */
  maxTokens: number;
  /**
   * True when `maxTokens` is a default, not the client's: a backend that knows its context then
   * lowers it to what the prompt leaves free instead of rejecting the request.
   */
  fitToContext: boolean;
  /** 0 means greedy decoding. */
  temperature: number;
  /** Nucleus sampling threshold, or null for the backend default. */
  topP: number | null;
  /** Sampling seed, or null for the backend default. */
  seed: number | null;
  /** Texts that end the generation; the stop text itself is not returned. */
  stop: string[];
}

/** One inference request as the dispatcher and backends see it. */
export interface GenerationRequest {
  /** Model id as listed by `GET /v1/models`. */
  model: string;
  input: GenerationInput;
  params: GenerationParams;
  /**
   * The L2 task this generation is for, when the router records on L2: executors then commit to
   * their output and sign a receipt for it.
   */
  task?: TaskContext;
}

/** The L2 task a generation belongs to (RULES.md, tasks). */
export interface TaskContext {
  /** 64 lowercase hex characters (32 random bytes). */
  taskId: string;
  sessionId: number;
  /** sha256 of the request's canonical text (`canonicalRequest`), the receipts' `prompt_sha256`. */
  promptSha256: string;
}

/**
 * What an executor commits to for a task: its signed receipt (the chain's `Receipt`, signature
 * over `receiptSignBytes`) and the salt that opens its commitment.
 */
export interface TaskAttestation {
  /** 64 lowercase hex characters: `commitment = sha256(utf8(output) ‖ salt)`. */
  salt: string;
  receipt: {
    taskId: string;
    sessionId: number;
    /** The executor's operator account (bech32). */
    executor: string;
    modelSha256: string;
    promptSha256: string;
    commitment: string;
    inputTokens: number;
    outputTokens: number;
    /** 64-byte ed25519 signature by the executor's registered node key. */
    signature: Uint8Array;
  };
}

/** Why a generation ended, in OpenAI's terms. */
export type FinishReason = "stop" | "length";

/** Token counts of one generation. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** The end of a successful generation (the text itself went through `onText`). */
export interface GenerationResult {
  finishReason: FinishReason;
  usage: Usage;
  /** The executor's commitment to its output, for a request with a `task`. */
  attestation?: TaskAttestation;
}

/** Callbacks and cancellation for one generation. */
export interface GenerationHooks {
  /** Aborting it cancels the work; the returned promise then rejects. */
  signal: AbortSignal;
  /** Receives the output text in order, as it is produced (one or more tokens per call). */
  onText(text: string): void;
}

/** A model a backend serves, with the digest it claims for it. */
export interface ServedModel {
  /** Id clients send as `model`. */
  id: string;
  /** sha256 (hex) of the weights file, or null when the upstream gives none and none is configured. */
  digest: string | null;
  /** Context window in tokens, when known. */
  contextSize: number | null;
  /** Who serves it, for `owned_by` in `/v1/models`. */
  ownedBy: string;
}

/**
 * The one streaming interface every inference backend implements (llama.cpp in process, an
 * OpenAI-compatible upstream over HTTP, fault-injection wrappers).
 */
export interface InferenceBackend {
  /** Short kind tag for logs and metadata (`llama`, `openai`). */
  readonly kind: string;
  /** Models this backend serves. */
  readonly models: readonly ServedModel[];
  /**
   * Runs one generation, streaming text through `hooks.onText`.
   *
   * @throws RouterError `ContextLengthExceeded`/`UpstreamRejected`/`InvalidRequest` when the
   *   request itself is at fault (not worth retrying elsewhere); `ExecutorFailed` or
   *   `UpstreamUnavailable` when this backend failed; the signal's reason when aborted.
   */
  generate(req: GenerationRequest, hooks: GenerationHooks): Promise<GenerationResult>;
  /** Releases the model, sockets and native memory. Idempotent. */
  close(): Promise<void>;
}
