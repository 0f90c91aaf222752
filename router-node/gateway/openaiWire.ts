import type { DispatchOutcome } from "../dispatch/index.js";
import type { FinishReason, ServedModel, Usage } from "../inference/index.js";

/**
 * Encoders of the OpenAI wire format (chat completions, legacy completions, model list), plus
 * the `strata` extension object. The `openai` client ignores fields it does not know, so the
 * extension rides in the same JSON.
 */

/** Which OpenAI endpoint a generation answers. */
export type GenerationKind = "chat" | "completion";

/** Fields every object of one response shares. */
export interface ResponseHeader {
  id: string;
  created: number;
  model: string;
}

function usageJson(u: Usage): Record<string, number> {
  return {
    prompt_tokens: u.promptTokens,
    completion_tokens: u.completionTokens,
    total_tokens: u.promptTokens + u.completionTokens,
  };
}

/** The `strata` object: who served, who else ran it, and whether their outputs agreed. */
export function strataJson(o: DispatchOutcome): Record<string, unknown> {
  return {
    served_by: o.served,
    redundancy: o.redundancy,
    agreement: o.agreement.level,
    served_agrees: o.agreement.servedAgrees,
    executors: o.attempts.map((a) => ({
      id: a.executor,
      kind: a.kind,
      digest: a.digest,
      status: a.status,
      served: a.served,
      agreed: a.agreed,
      output_sha256: a.outputSha256,
      completion_tokens: a.completionTokens,
      first_token_ms: a.firstTokenMs,
      duration_ms: a.durationMs,
      error: a.error,
    })),
  };
}

/** A whole (non-streamed) response. */
export function completionJson(
  kind: GenerationKind,
  h: ResponseHeader,
  text: string,
  o: DispatchOutcome,
): unknown {
  const common = { id: h.id, created: h.created, model: h.model };
  const finish = o.result.finishReason;
  if (kind === "chat") {
    return {
      ...common,
      object: "chat.completion",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: text, refusal: null },
          logprobs: null,
          finish_reason: finish,
        },
      ],
      usage: usageJson(o.result.usage),
      system_fingerprint: null,
      strata: strataJson(o),
    };
  }
  return {
    ...common,
    object: "text_completion",
    choices: [{ index: 0, text, logprobs: null, finish_reason: finish }],
    usage: usageJson(o.result.usage),
    strata: strataJson(o),
  };
}

/**
 * Encoder of the streamed chunks that carry text, as whole SSE events. The constant parts are
 * formatted once per response and only the text is escaped per chunk: this runs once per token
 * on the router's hot path. `first` adds the assistant role to a chat delta.
 */
export function textChunkEncoder(
  kind: GenerationKind,
  h: ResponseHeader,
): (text: string, first: boolean) => string {
  const head = `data: {"id":${JSON.stringify(h.id)},"object":"${kind === "chat" ? "chat.completion.chunk" : "text_completion"}","created":${h.created},"model":${JSON.stringify(h.model)},"choices":[{"index":0,`;
  if (kind === "chat") {
    const tail = '},"logprobs":null,"finish_reason":null}]}\n\n';
    return (text, first) =>
      `${head}"delta":{${first ? '"role":"assistant",' : ""}"content":${JSON.stringify(text)}${tail}`;
  }
  const tail = ',"logprobs":null,"finish_reason":null}]}\n\n';
  return (text) => `${head}"text":${JSON.stringify(text)}${tail}`;
}

/** The chunk that ends the choice, with its finish reason. */
export function finishChunkJson(
  kind: GenerationKind,
  h: ResponseHeader,
  finish: FinishReason,
  extra: Record<string, unknown>,
): unknown {
  const choice =
    kind === "chat"
      ? { index: 0, delta: {}, logprobs: null, finish_reason: finish }
      : { index: 0, text: "", logprobs: null, finish_reason: finish };
  return {
    id: h.id,
    object: kind === "chat" ? "chat.completion.chunk" : "text_completion",
    created: h.created,
    model: h.model,
    choices: [choice],
    ...extra,
  };
}

/** The usage chunk sent when `stream_options.include_usage` is set (no choices). */
export function usageChunkJson(
  kind: GenerationKind,
  h: ResponseHeader,
  usage: Usage,
  extra: Record<string, unknown>,
): unknown {
  return {
    id: h.id,
    object: kind === "chat" ? "chat.completion.chunk" : "text_completion",
    created: h.created,
    model: h.model,
    choices: [],
    usage: usageJson(usage),
    ...extra,
  };
}

/** One entry of `GET /v1/models`, with the digest and context in the `strata` extension. */
export function modelJson(m: ServedModel, created: number, executors: string[]): unknown {
  return {
    id: m.id,
    object: "model",
    created,
    owned_by: m.ownedBy,
    strata: { digest: m.digest, context_size: m.contextSize, executors },
  };
}
