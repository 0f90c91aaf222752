import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isRouterError, RouterError, RouterErrorCode } from "../errors.js";
import type { GenerationRequest } from "../inference/index.js";
import { toErrorReply } from "./errorBody.js";
import {
  completionJson,
  finishChunkJson,
  type GenerationKind,
  type ResponseHeader,
  strataJson,
  textChunkEncoder,
  usageChunkJson,
} from "./openaiWire.js";
import { parseChatRequest, parseCompletionRequest } from "./parseRequest.js";
import { readJsonBody } from "./readJsonBody.js";
import type { ChainTask, GatewayContext } from "./types.js";

const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
  connection: "keep-alive",
};

function sse(res: ServerResponse, value: unknown): void {
  res.write(`data: ${JSON.stringify(value)}\n\n`);
}

/** Sends a JSON reply (and its length, so keep-alive works). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** UTF-8 bytes of a request's text (the session's deposit check estimates its tokens from it). */
function promptBytesOf(request: GenerationRequest): number {
  if (request.input.kind === "completion") return Buffer.byteLength(request.input.prompt);
  return request.input.messages.reduce((n, m) => n + Buffer.byteLength(m.content), 0);
}

function deadlineOf(req: IncomingMessage, configured: number): number {
  const asked = Number(req.headers["x-strata-deadline-ms"]);
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, configured) : configured;
}

/**
 * Serves `POST /v1/chat/completions` and `POST /v1/completions`: decode, admit, dispatch, then
 * answer as one JSON object or as server-sent events. SSE headers go out with the first token,
 * so any failure before it (retries exhausted, bad prompt) is still a plain HTTP error status.
 * Returns the status recorded in metrics.
 */
export async function handleGeneration(
  kind: GenerationKind,
  req: IncomingMessage,
  res: ServerResponse,
  ctx: GatewayContext,
): Promise<string> {
  const route = kind === "chat" ? "chat" : "completions";
  const started = ctx.now();
  const abort = new AbortController();
  const deadlineMs = deadlineOf(req, ctx.deadlineMs);
  const deadline = setTimeout(
    () =>
      abort.abort(
        new RouterError(RouterErrorCode.DeadlineExceeded, `request deadline of ${deadlineMs} ms exceeded`),
      ),
    deadlineMs,
  );
  // `close` before the response finished means the client went away: cancel everything.
  res.on("close", () => {
    if (!res.writableFinished) abort.abort(new RouterError(RouterErrorCode.Cancelled, "client disconnected"));
  });

  let id = `${kind === "chat" ? "chatcmpl" : "cmpl"}-${randomUUID().replaceAll("-", "")}`;
  let release: (() => void) | undefined;
  let streaming = false;
  let task: ChainTask | undefined;
  const idHeaders = (): Record<string, string> =>
    task ? { "x-strata-request-id": id, "x-strata-task-id": task.taskId } : { "x-strata-request-id": id };
  try {
    const body = await readJsonBody(req, ctx.maxBodyBytes);
    const defaults = { maxTokens: ctx.defaultMaxTokens };
    const parsed =
      kind === "chat" ? parseChatRequest(body, defaults) : parseCompletionRequest(body, defaults);
    const { request } = parsed;
    if (ctx.chain) {
      // On L2 the session's key authenticates the request; the task id is the response's id.
      task = await ctx.chain.begin(req.headers.authorization, request, promptBytesOf(request));
      id = task.taskId;
    }
    const model = task ? task.servedModel : ctx.dispatcher.models().find((m) => m.id === request.model);
    // [REJECT] the model must be served by some executor
    if (!model && !task) {
      throw new RouterError(RouterErrorCode.ModelNotFound, `The model '${request.model}' does not exist`, {
        param: "model",
      });
    }
    // [REJECT] an explicit max_tokens cannot exceed the model's whole context
    if (
      model &&
      !request.params.fitToContext &&
      model.contextSize !== null &&
      request.params.maxTokens > model.contextSize
    ) {
      throw new RouterError(
        RouterErrorCode.InvalidRequest,
        `max_tokens is too large: ${request.params.maxTokens}. This model supports at most ${model.contextSize} tokens.`,
        { param: "max_tokens" },
      );
    }
    release = await ctx.admission.acquire(abort.signal);

    const header: ResponseHeader = { id, created: Math.floor(ctx.wallClock() / 1000), model: request.model };
    const wantStream = parsed.stream;
    const encode = textChunkEncoder(kind, header);
    let text = "";
    let first = true;
    // Tokens produced in the same event-loop turn (several upstream reads in one poll phase, or
    // one read holding several events) leave in one write: a syscall per token is most of a
    // streaming proxy's CPU.
    let corked = false;
    const uncork = (): void => {
      corked = false;
      res.uncork();
    };
    const outcome = await ctx.dispatcher.run(
      task ? task.request : request,
      {
        signal: abort.signal,
        onServe(executor) {
          ctx.metrics.timeToFirstToken(route, (ctx.now() - started) / 1000);
          if (!wantStream) return;
          streaming = true;
          res.writeHead(200, { ...SSE_HEADERS, ...idHeaders(), "x-strata-served-by": executor });
        },
        onText(chunk) {
          if (wantStream) {
            if (!corked) {
              corked = true;
              res.cork();
              setImmediate(uncork);
            }
            res.write(encode(chunk, first));
            first = false;
          } else {
            text += chunk;
          }
        },
      },
      task?.run,
    );
    ctx.metrics.tokens(outcome.result.usage.promptTokens, outcome.result.usage.completionTokens);
    // The task's receipts and outputs are on disk before the answer completes.
    if (task) await task.complete(outcome);

    if (!wantStream) {
      sendJson(res, 200, completionJson(kind, header, text, outcome), {
        ...idHeaders(),
        "x-strata-served-by": outcome.served,
        "x-strata-agreement": outcome.agreement.level,
      });
      return "200";
    }
    // A generation with no token at all still opens with the role.
    if (first) res.write(encode("", true));
    const strata = { strata: strataJson(outcome) };
    sse(res, finishChunkJson(kind, header, outcome.result.finishReason, parsed.includeUsage ? {} : strata));
    if (parsed.includeUsage) sse(res, usageChunkJson(kind, header, outcome.result.usage, strata));
    res.end("data: [DONE]\n\n");
    return "200";
  } catch (err) {
    task?.abandon();
    if (isRouterError(err, RouterErrorCode.Cancelled) || res.destroyed) {
      ctx.logger.debug("request cancelled", { id, route });
      return "cancelled";
    }
    const reply = toErrorReply(err);
    if (reply.status >= 500)
      ctx.logger.warn("request failed", { id, route, status: reply.status, error: err });
    if (streaming) {
      // Headers are gone: the error travels as an SSE event, which the openai client raises.
      sse(res, reply.body);
      res.end();
    } else {
      // An oversized body was not read to the end: close rather than reuse the connection.
      const close = isRouterError(err, RouterErrorCode.PayloadTooLarge) ? { connection: "close" } : undefined;
      sendJson(res, reply.status, reply.body, { ...idHeaders(), ...close });
    }
    return String(reply.status);
  } finally {
    clearTimeout(deadline);
    release?.();
  }
}
