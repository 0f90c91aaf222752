import type { IncomingMessage } from "node:http";
import type { Logger } from "../../chain/core/log/index.js";
import { RouterError, RouterErrorCode } from "../errors.js";
import type {
  FinishReason,
  GenerationHooks,
  GenerationRequest,
  GenerationResult,
  InferenceBackend,
  ServedModel,
} from "../inference/index.js";
import { createUpstreamHttp, readText } from "./httpClient.js";
import { createSseParser } from "./sseParser.js";

/** Options of {@link createOpenAIBackend}. */
export interface OpenAIBackendOptions {
  /** Base URL including the API prefix, e.g. `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  /** Upstream model id to serve; default every model its `GET /models` lists. */
  model?: string;
  /** sha256 (hex) the operator vouches the upstream serves (used when the upstream gives none). */
  digest?: string;
  /** Bearer token for the upstream, if it needs one. */
  apiKey?: string;
  /** How long to keep retrying `GET /models` at start (the upstream may still be starting). Default 10 s. */
  discoveryTimeoutMs?: number;
  /** Label for `owned_by`; default the upstream's host. */
  ownedBy?: string;
}

/** Dependencies of {@link createOpenAIBackend}. */
export interface OpenAIBackendDeps {
  logger: Logger;
}

interface UpstreamModel {
  id?: unknown;
  owned_by?: unknown;
  // A strata router publishes the digest and context of what it serves here.
  strata?: { digest?: unknown; context_size?: unknown };
}

function errorMessageOf(body: string, status: number): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string };
    if (typeof parsed.error === "string") return parsed.error;
    if (typeof parsed.error?.message === "string") return parsed.error.message;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.trim().slice(0, 300) || `HTTP ${status}`;
}

/**
 * Serves models of any OpenAI-compatible upstream (Ollama, vLLM, llama.cpp server, another strata
 * router) over HTTP. Requests are always streamed upstream so text reaches the client as it is
 * made. The reported digest is the upstream's own claim (a strata peer publishes it), else the
 * configured one, else null.
 *
 * @throws RouterError `UpstreamUnavailable` when the upstream's model list cannot be read within
 *   `discoveryTimeoutMs`, `InvalidConfig` when the URL is invalid or the upstream lists no model.
 */
export async function createOpenAIBackend(
  opts: OpenAIBackendOptions,
  deps: OpenAIBackendDeps,
): Promise<InferenceBackend> {
  let base: URL;
  try {
    base = new URL(opts.baseUrl);
  } catch {
    throw new RouterError(RouterErrorCode.InvalidConfig, `invalid upstream URL: ${opts.baseUrl}`);
  }
  if (base.protocol !== "http:" && base.protocol !== "https:") {
    throw new RouterError(RouterErrorCode.InvalidConfig, `upstream URL must be http(s): ${opts.baseUrl}`);
  }
  const log = deps.logger.child({ backend: "openai", upstream: base.origin });
  const http = createUpstreamHttp(base, opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {});
  const ownedBy = opts.ownedBy ?? base.host;

  let models: ServedModel[];
  try {
    models = await discoverModels();
  } catch (err) {
    http.close();
    throw err;
  }
  log.info("upstream ready", { models: models.map((m) => m.id) });

  async function listModels(): Promise<UpstreamModel[]> {
    const res = await http.request("GET", "/models", undefined, AbortSignal.timeout(5000));
    const text = await readText(res);
    if (res.statusCode !== 200) {
      throw new RouterError(
        RouterErrorCode.UpstreamUnavailable,
        `upstream GET /models: ${errorMessageOf(text, res.statusCode ?? 0)}`,
      );
    }
    const data = (JSON.parse(text) as { data?: unknown }).data;
    if (!Array.isArray(data))
      throw new RouterError(RouterErrorCode.UpstreamUnavailable, "upstream GET /models has no data list");
    return data as UpstreamModel[];
  }

  async function discoverModels(): Promise<ServedModel[]> {
    const deadline = Date.now() + (opts.discoveryTimeoutMs ?? 10_000);
    let listed: UpstreamModel[] | undefined;
    for (let wait = 50; listed === undefined; wait = Math.min(wait * 2, 1000)) {
      try {
        listed = await listModels();
      } catch (err) {
        if (Date.now() + wait > deadline) {
          throw new RouterError(
            RouterErrorCode.UpstreamUnavailable,
            `cannot list models of upstream ${base.href}: ${(err as Error).message}`,
          );
        }
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    const all = listed
      .filter((m): m is UpstreamModel & { id: string } => typeof m.id === "string")
      .map(
        (m): ServedModel => ({
          id: m.id,
          digest: typeof m.strata?.digest === "string" ? m.strata.digest : null,
          contextSize: typeof m.strata?.context_size === "number" ? m.strata.context_size : null,
          ownedBy,
        }),
      );
    const chosen = opts.model === undefined ? all : all.filter((m) => m.id === opts.model);
    if (opts.model !== undefined && chosen.length === 0) {
      // Some servers (vLLM aliases, proxies) accept ids they do not list; trust the operator.
      chosen.push({ id: opts.model, digest: null, contextSize: null, ownedBy });
    }
    if (chosen.length === 0)
      throw new RouterError(RouterErrorCode.InvalidConfig, `upstream ${base.href} lists no model`);
    if (opts.digest !== undefined) {
      // The operator's configured digest applies when it names one model unambiguously.
      if (chosen.length === 1) chosen[0]!.digest ??= opts.digest;
      else log.warn("digest ignored: upstream serves several models, pass --upstream-model", {});
    }
    return chosen;
  }

  function bodyOf(req: GenerationRequest): Record<string, unknown> {
    const p = req.params;
    return {
      model: req.model,
      ...(req.input.kind === "chat" ? { messages: req.input.messages } : { prompt: req.input.prompt }),
      max_tokens: p.maxTokens,
      temperature: p.temperature,
      ...(p.topP !== null ? { top_p: p.topP } : {}),
      ...(p.seed !== null ? { seed: p.seed } : {}),
      ...(p.stop.length > 0 ? { stop: p.stop } : {}),
      stream: true,
      stream_options: { include_usage: true },
    };
  }

  async function failFromStatus(res: IncomingMessage): Promise<never> {
    const status = res.statusCode ?? 0;
    const text = await readText(res);
    const message = errorMessageOf(text, status);
    // 4xx means the request itself is wrong: relay it, retrying elsewhere cannot help.
    // 408 and 429 are the upstream's own trouble and worth another executor.
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      throw new RouterError(RouterErrorCode.UpstreamRejected, message, { detail: { status, body } });
    }
    throw new RouterError(RouterErrorCode.ExecutorFailed, `upstream answered HTTP ${status}: ${message}`, {
      detail: { status },
    });
  }

  async function generate(req: GenerationRequest, hooks: GenerationHooks): Promise<GenerationResult> {
    const path = req.input.kind === "chat" ? "/chat/completions" : "/completions";
    const res = await http.request("POST", path, bodyOf(req), hooks.signal);
    if (res.statusCode !== 200) return failFromStatus(res);

    return new Promise<GenerationResult>((resolve, reject) => {
      let finishReason: FinishReason = "stop";
      let usage: { prompt_tokens?: unknown; completion_tokens?: unknown } | undefined;
      let chunks = 0;
      let settled = false;
      const settle = (err: unknown, result?: GenerationResult): void => {
        if (settled) return;
        settled = true;
        hooks.signal.removeEventListener("abort", onAbort);
        if (err !== undefined) {
          res.destroy();
          reject(err);
        } else {
          resolve(result!);
        }
      };
      const onAbort = (): void => settle(hooks.signal.reason);
      hooks.signal.addEventListener("abort", onAbort, { once: true });

      const parser = createSseParser(({ data }) => {
        if (settled) return;
        if (data === "[DONE]") {
          const completionTokens =
            typeof usage?.completion_tokens === "number" ? usage.completion_tokens : chunks;
          const promptTokens = typeof usage?.prompt_tokens === "number" ? usage.prompt_tokens : 0;
          settle(undefined, { finishReason, usage: { promptTokens, completionTokens } });
          return;
        }
        let msg: {
          error?: { message?: unknown };
          usage?: typeof usage;
          choices?: { delta?: { content?: unknown }; text?: unknown; finish_reason?: unknown }[];
        };
        try {
          msg = JSON.parse(data);
        } catch {
          settle(new RouterError(RouterErrorCode.ExecutorFailed, "upstream sent a malformed stream event"));
          return;
        }
        if (msg.error) {
          const text = typeof msg.error.message === "string" ? msg.error.message : "unknown error";
          settle(new RouterError(RouterErrorCode.ExecutorFailed, `upstream failed mid-stream: ${text}`));
          return;
        }
        if (msg.usage) usage = msg.usage;
        const choice = msg.choices?.[0];
        if (!choice) return;
        const text = req.input.kind === "chat" ? choice.delta?.content : choice.text;
        if (typeof text === "string" && text !== "") {
          chunks++;
          hooks.onText(text);
        }
        if (choice.finish_reason === "length") finishReason = "length";
      });
      res.setEncoding("utf8");
      res.on("data", (text: string) => parser.push(text));
      // A killed upstream or a dropped socket ends the body without [DONE]: never hang on it.
      // (The errors are only built when still unsettled: after [DONE] these events are routine.)
      const broken = (why: string) => (): void => {
        if (!settled) settle(new RouterError(RouterErrorCode.ExecutorFailed, why));
      };
      res.on("end", broken("upstream closed the stream before [DONE]"));
      res.on("close", broken("upstream connection closed before [DONE]"));
      res.on("error", (err) => broken(`upstream stream broke: ${err.message}`)());
    });
  }

  return {
    kind: "openai",
    models,
    generate,
    async close() {
      http.close();
    },
  };
}
