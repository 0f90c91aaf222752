import { RouterError, RouterErrorCode } from "../errors.js";
import type { ChatMessage, ChatRole, GenerationParams, GenerationRequest } from "../inference/index.js";

/** A decoded `/v1/chat/completions` or `/v1/completions` body. */
export interface ParsedGeneration {
  request: GenerationRequest;
  /** Whether the client asked for server-sent events. */
  stream: boolean;
  /** `stream_options.include_usage`: send a usage chunk before `[DONE]`. */
  includeUsage: boolean;
}

/** Defaults applied while decoding. */
export interface ParseDefaults {
  /** `max_tokens` when the client gives none. */
  maxTokens: number;
}

/** Largest `max_tokens` accepted before the model is even known (per-model limits come after). */
export const MAX_TOKENS_HARD_LIMIT = 1_000_000;
const ROLES = new Set<ChatRole>(["system", "developer", "user", "assistant", "tool"]);

function invalid(message: string, param: string): RouterError {
  return new RouterError(RouterErrorCode.InvalidRequest, message, { param });
}

function asObject(body: unknown): Record<string, unknown> {
  // [REJECT] the body must be a JSON object
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new RouterError(RouterErrorCode.InvalidRequest, "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function parseModel(o: Record<string, unknown>): string {
  // [REJECT] model must be a non-empty string
  if (typeof o.model !== "string" || o.model === "")
    throw invalid("you must provide a model parameter", "model");
  return o.model;
}

function parseContent(content: unknown, i: number): string {
  if (typeof content === "string") return content;
  if (content === null || content === undefined) return "";
  // [REJECT] array content may only hold text parts
  if (Array.isArray(content)) {
    return content
      .map((part: unknown, j) => {
        const p = part as { type?: unknown; text?: unknown };
        if (p?.type !== "text" || typeof p.text !== "string") {
          throw invalid(
            `messages[${i}].content[${j}] must be a text part; other content types are not supported`,
            `messages[${i}].content`,
          );
        }
        return p.text;
      })
      .join("");
  }
  throw invalid(
    `messages[${i}].content must be a string or an array of text parts`,
    `messages[${i}].content`,
  );
}

function parseMessages(o: Record<string, unknown>): ChatMessage[] {
  // [REJECT] messages must be a non-empty array
  if (!present(o.messages)) throw invalid("Missing required parameter: 'messages'.", "messages");
  if (!Array.isArray(o.messages) || o.messages.length === 0) {
    throw invalid("'messages' must be a non-empty array.", "messages");
  }
  return o.messages.map((m: unknown, i): ChatMessage => {
    const msg = m as { role?: unknown; content?: unknown };
    // [REJECT] every message has a known role
    if (typeof msg !== "object" || msg === null || !ROLES.has(msg.role as ChatRole)) {
      throw invalid(`messages[${i}].role must be one of ${[...ROLES].join(", ")}`, `messages[${i}].role`);
    }
    return { role: msg.role as ChatRole, content: parseContent(msg.content, i) };
  });
}

function parsePrompt(o: Record<string, unknown>): string {
  // [REJECT] prompt is a string (or a list holding one string); token arrays are not supported
  if (typeof o.prompt === "string") return o.prompt;
  if (Array.isArray(o.prompt) && o.prompt.length === 1 && typeof o.prompt[0] === "string") return o.prompt[0];
  if (!present(o.prompt)) throw invalid("Missing required parameter: 'prompt'.", "prompt");
  throw invalid("'prompt' must be a string or an array of one string.", "prompt");
}

function parseParams(o: Record<string, unknown>, defaults: ParseDefaults): GenerationParams {
  const maxKey = present(o.max_completion_tokens) ? "max_completion_tokens" : "max_tokens";
  const max = o[maxKey];
  // [REJECT] max_tokens is an integer in [1, MAX_TOKENS_HARD_LIMIT]
  if (present(max) && (!Number.isInteger(max) || (max as number) < 1)) {
    throw invalid(
      `Invalid '${maxKey}': ${JSON.stringify(max)}. It must be an integer of at least 1.`,
      maxKey,
    );
  }
  if (present(max) && (max as number) > MAX_TOKENS_HARD_LIMIT) {
    throw invalid(`Invalid '${maxKey}': ${max} is too large; the limit is ${MAX_TOKENS_HARD_LIMIT}.`, maxKey);
  }
  // [REJECT] temperature is a number in [0, 2]
  const temperature = present(o.temperature) ? o.temperature : 1;
  if (typeof temperature !== "number" || !(temperature >= 0 && temperature <= 2)) {
    throw invalid("'temperature' must be a number between 0 and 2.", "temperature");
  }
  // [REJECT] top_p is a number in (0, 1]
  const topP = present(o.top_p) ? o.top_p : null;
  if (topP !== null && (typeof topP !== "number" || !(topP > 0 && topP <= 1))) {
    throw invalid("'top_p' must be a number greater than 0 and at most 1.", "top_p");
  }
  // [REJECT] seed is a safe integer
  const seed = present(o.seed) ? o.seed : null;
  if (seed !== null && !Number.isSafeInteger(seed)) throw invalid("'seed' must be an integer.", "seed");
  // [REJECT] stop is a string or up to 4 non-empty strings
  let stop: string[] = [];
  if (typeof o.stop === "string") stop = [o.stop];
  else if (Array.isArray(o.stop)) stop = o.stop as string[];
  else if (present(o.stop)) throw invalid("'stop' must be a string or an array of strings.", "stop");
  if (stop.length > 4 || stop.some((s) => typeof s !== "string" || s === "")) {
    throw invalid("'stop' holds at most 4 non-empty strings.", "stop");
  }
  // [REJECT] only one choice per request (n = 1)
  if (present(o.n) && o.n !== 1) throw invalid("Only n = 1 is supported.", "n");
  return {
    maxTokens: present(max) ? (max as number) : defaults.maxTokens,
    fitToContext: !present(max),
    temperature,
    topP: topP as number | null,
    seed: seed as number | null,
    stop,
  };
}

function parseStreaming(o: Record<string, unknown>): { stream: boolean; includeUsage: boolean } {
  // [REJECT] stream is a boolean
  if (present(o.stream) && typeof o.stream !== "boolean")
    throw invalid("'stream' must be a boolean.", "stream");
  const opts = o.stream_options as { include_usage?: unknown } | null | undefined;
  return { stream: o.stream === true, includeUsage: o.stream === true && opts?.include_usage === true };
}

/**
 * Decodes a chat completion body into a {@link GenerationRequest}. Unknown fields are ignored
 * (clients send many); known ones are checked against the rules cited inline.
 *
 * @throws RouterError `InvalidRequest` (with `param`) on the first rule broken.
 */
export function parseChatRequest(body: unknown, defaults: ParseDefaults): ParsedGeneration {
  const o = asObject(body);
  const model = parseModel(o);
  const messages = parseMessages(o);
  const params = parseParams(o, defaults);
  return { request: { model, input: { kind: "chat", messages }, params }, ...parseStreaming(o) };
}

/**
 * Decodes a (legacy) completion body into a {@link GenerationRequest}.
 *
 * @throws RouterError `InvalidRequest` (with `param`) on the first rule broken.
 */
export function parseCompletionRequest(body: unknown, defaults: ParseDefaults): ParsedGeneration {
  const o = asObject(body);
  const model = parseModel(o);
  const prompt = parsePrompt(o);
  const params = parseParams(o, defaults);
  return { request: { model, input: { kind: "completion", prompt }, params }, ...parseStreaming(o) };
}
