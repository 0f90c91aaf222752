/**
 * "The request" of a task (RULES.md, tasks, "The request"): the canonical JSON text of what a
 * router dispatched, whose sha256 every receipt carries as `prompt_sha256` and which the router
 * reveals (`Reveal.prompt`) so guards can re-execute the task. Pure; shared by the router (which
 * hashes and reveals it) and the guard (which parses and re-runs it).
 */
import { createHash } from "node:crypto";
import { RouterError, RouterErrorCode } from "../errors.js";
import type { ChatMessage, ChatRole, GenerationRequest } from "./types.js";

const ROLES: ReadonlySet<string> = new Set<ChatRole>(["system", "developer", "user", "assistant", "tool"]);

/**
 * The canonical JSON text of a request: one object, no whitespace, keys in lexicographic order at
 * every level (RFC 8785 for these value types: strings escaped as `JSON.stringify` does, numbers
 * in ECMAScript's shortest form). Keys: `max_tokens` (the bound the router dispatched), exactly
 * one of `messages` (`[{content, role}]`) or `prompt`, `seed` (integer or null), `stop` (list of
 * strings), `temperature`, `top_p` (number or null). The model is not part of it: the task's
 * session pins the model version.
 */
export function canonicalRequest(req: GenerationRequest): string {
  const p = req.params;
  const input =
    req.input.kind === "chat"
      ? `"messages":[${req.input.messages
          .map((m) => `{"content":${JSON.stringify(m.content)},"role":${JSON.stringify(m.role)}}`)
          .join(",")}]`
      : `"prompt":${JSON.stringify(req.input.prompt)}`;
  return (
    `{"max_tokens":${JSON.stringify(p.maxTokens)},${input},"seed":${JSON.stringify(p.seed)},` +
    `"stop":${JSON.stringify(p.stop)},"temperature":${JSON.stringify(p.temperature)},` +
    `"top_p":${JSON.stringify(p.topP)}}`
  );
}

/** sha256 (64 lowercase hex) of the UTF-8 bytes of a canonical request text. */
export function canonicalRequestSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** `prompt_sha256` of a request: sha256 of its {@link canonicalRequest} text. */
export function requestSha256(req: GenerationRequest): string {
  return canonicalRequestSha256(canonicalRequest(req));
}

function invalid(message: string): RouterError {
  return new RouterError(RouterErrorCode.InvalidRequest, `not a canonical request: ${message}`);
}

const isNumberOrNull = (v: unknown): v is number | null =>
  v === null || (typeof v === "number" && Number.isFinite(v));

/**
 * Reads a canonical request text back into a request for `model`. `fitToContext` is true: a
 * recorded task ran within its executor's context, so lowering `max_tokens` to what the prompt
 * leaves free reproduces what the executor did when the bound was a default.
 *
 * @throws RouterError `InvalidRequest` when the text is not JSON of the shape above, or not in
 *   its canonical form (re-encoding must give the same text, so one request has one hash).
 */
export function parseCanonicalRequest(text: string, model: string): GenerationRequest {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw invalid(`not JSON (${(err as Error).message})`);
  }
  // [REJECT] a JSON object
  if (typeof o !== "object" || o === null || Array.isArray(o)) throw invalid("not a JSON object");
  const { max_tokens, messages, prompt, seed, stop, temperature, top_p } = o;
  // [REJECT] max_tokens is a positive integer
  if (!Number.isSafeInteger(max_tokens) || (max_tokens as number) < 1) {
    throw invalid("max_tokens must be a positive integer");
  }
  // [REJECT] seed is an integer or null; temperature a number ≥ 0; top_p a number or null
  if (seed !== null && !Number.isSafeInteger(seed)) throw invalid("seed must be an integer or null");
  if (typeof temperature !== "number" || !(temperature >= 0)) throw invalid("temperature must be ≥ 0");
  if (!isNumberOrNull(top_p)) throw invalid("top_p must be a number or null");
  // [REJECT] stop is a list of strings
  if (!Array.isArray(stop) || stop.some((s) => typeof s !== "string")) {
    throw invalid("stop must be a list of strings");
  }
  let input: GenerationRequest["input"];
  if (messages !== undefined && prompt === undefined) {
    // [REJECT] messages is a list of {content: string, role: a chat role}
    if (!Array.isArray(messages)) throw invalid("messages must be a list");
    const list: ChatMessage[] = messages.map((m: unknown) => {
      const r = m as Record<string, unknown> | null;
      if (
        typeof r !== "object" ||
        r === null ||
        typeof r.content !== "string" ||
        !ROLES.has(r.role as string)
      ) {
        throw invalid("each message needs a string content and a chat role");
      }
      return { role: r.role as ChatRole, content: r.content };
    });
    input = { kind: "chat", messages: list };
  } else if (prompt !== undefined && messages === undefined) {
    // [REJECT] prompt is a string
    if (typeof prompt !== "string") throw invalid("prompt must be a string");
    input = { kind: "completion", prompt };
  } else {
    // [REJECT] exactly one of messages and prompt
    throw invalid("exactly one of messages and prompt");
  }
  const req: GenerationRequest = {
    model,
    input,
    params: {
      maxTokens: max_tokens as number,
      fitToContext: true,
      temperature,
      topP: top_p,
      seed: seed as number | null,
      stop: stop as string[],
    },
  };
  // [REJECT] the text is the canonical encoding of what it holds (no extra keys, order, spaces)
  if (canonicalRequest(req) !== text) throw invalid("keys, order or spacing differ from the canonical form");
  return req;
}
