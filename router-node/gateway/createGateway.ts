import http from "node:http";
import { RouterError, RouterErrorCode } from "../errors.js";
import { PROMETHEUS_CONTENT_TYPE } from "../metrics/index.js";
import { toErrorReply } from "./errorBody.js";
import { handleGeneration, sendJson } from "./handleGeneration.js";
import { modelJson } from "./openaiWire.js";
import type { GatewayContext } from "./types.js";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<string> | string;

/**
 * Creates the gateway's HTTP server (not yet listening): the OpenAI-compatible API
 * (`/v1/models`, `/v1/chat/completions`, `/v1/completions`), `/health` and `/metrics`.
 * Every error answer is an OpenAI error object.
 */
export function createGateway(ctx: GatewayContext): http.Server {
  const startedAt = Math.floor(ctx.wallClock() / 1000);

  const listModels: Handler = (_req, res) => {
    const status = ctx.dispatcher.status();
    const data = ctx.dispatcher.models().map((m) =>
      modelJson(
        m,
        startedAt,
        status.filter((e) => e.models.includes(m.id)).map((e) => e.id),
      ),
    );
    sendJson(res, 200, { object: "list", data });
    return "200";
  };

  const getModel =
    (id: string): Handler =>
    (_req, res) => {
      const m = ctx.dispatcher.models().find((x) => x.id === id);
      if (!m) {
        throw new RouterError(RouterErrorCode.RouteNotFound, `The model '${id}' does not exist`, {
          param: "model",
        });
      }
      const executors = ctx.dispatcher
        .status()
        .filter((e) => e.models.includes(id))
        .map((e) => e.id);
      sendJson(res, 200, modelJson(m, startedAt, executors));
      return "200";
    };

  const health: Handler = (_req, res) => {
    const executors = ctx.dispatcher.status();
    sendJson(res, 200, {
      status: executors.some((e) => e.healthy) ? "ok" : "degraded",
      models: ctx.dispatcher.models().map((m) => m.id),
      executors,
      queue: { depth: ctx.admission.depth, active: ctx.admission.active },
      ...(ctx.chain ? ctx.chain.health() : {}),
    });
    return "200";
  };

  const taskStatus =
    (taskId: string): Handler =>
    async (_req, res) => {
      if (!ctx.chain) {
        throw new RouterError(RouterErrorCode.RouteNotFound, "task status needs a router on L2 (--l2)");
      }
      sendJson(res, 200, await ctx.chain.taskStatus(taskId));
      return "200";
    };

  const metrics: Handler = (_req, res) => {
    const text = ctx.metrics.registry.render();
    res.writeHead(200, {
      "content-type": PROMETHEUS_CONTENT_TYPE,
      "content-length": Buffer.byteLength(text),
    });
    res.end(text);
    return "200";
  };

  const routes: Record<string, Partial<Record<string, Handler>>> = {
    "/health": { GET: health },
    "/metrics": { GET: metrics },
    "/v1/models": { GET: listModels },
    "/v1/chat/completions": { POST: (req, res) => handleGeneration("chat", req, res, ctx) },
    "/v1/completions": { POST: (req, res) => handleGeneration("completion", req, res, ctx) },
    "/strata/v1/execute": {
      POST: (req, res) => {
        if (!ctx.chain) {
          throw new RouterError(RouterErrorCode.RouteNotFound, "peer execution needs a router on L2 (--l2)");
        }
        return ctx.chain.handleExecute(req, res);
      },
    },
  };
  const routeLabel: Record<string, string> = {
    "/health": "health",
    "/metrics": "metrics",
    "/v1/models": "models",
    "/v1/chat/completions": "chat",
    "/v1/completions": "completions",
    "/strata/v1/execute": "execute",
  };

  const resolve = (method: string, path: string): { label: string; handler: Handler } => {
    if (path.startsWith("/v1/models/") && method === "GET") {
      return { label: "models", handler: getModel(decodeURIComponent(path.slice("/v1/models/".length))) };
    }
    for (const prefix of ["/v1/tasks/", "/strata/v1/tasks/"]) {
      if (path.startsWith(prefix) && method === "GET") {
        return { label: "tasks", handler: taskStatus(decodeURIComponent(path.slice(prefix.length))) };
      }
    }
    const byMethod = routes[path];
    const handler = byMethod?.[method];
    if (handler) return { label: routeLabel[path]!, handler };
    if (byMethod) {
      throw new RouterError(RouterErrorCode.MethodNotAllowed, `${method} is not allowed on ${path}`);
    }
    throw new RouterError(RouterErrorCode.RouteNotFound, `Unknown request URL: ${method} ${path}`);
  };

  return http.createServer({ noDelay: true, keepAliveTimeout: 30_000 }, (req, res) => {
    const started = ctx.now();
    const path = (req.url ?? "/").split("?", 1)[0]!;
    let label = "other";
    const done = (status: string): void =>
      ctx.metrics.requestDone(label, status, (ctx.now() - started) / 1000);
    try {
      const route = resolve(req.method ?? "GET", path);
      label = route.label;
      Promise.resolve(route.handler(req, res)).then(done, (err: unknown) => {
        ctx.logger.error("handler crashed", { path, error: err });
        if (!res.headersSent) sendJson(res, 500, toErrorReply(err).body);
        else res.destroy();
        done("500");
      });
    } catch (err) {
      const reply = toErrorReply(err);
      // The body of an unknown route is not read: close rather than reuse the connection.
      sendJson(res, reply.status, reply.body, { connection: "close" });
      done(String(reply.status));
    }
  });
}
