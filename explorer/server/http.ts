/**
 * The explorer's HTTP server: the page (one HTML shell, its bundled script and stylesheet), the
 * JSON API under `/api/`, the live feed as server-sent events on `/events`, and `/health`. Every
 * answer carries a strict Content-Security-Policy: scripts and styles only from this origin, no
 * inline code, so even a value that slipped into the DOM as markup could not run.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorMessage, isStrataError } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import type { ErrorResponse, LiveEvent } from "../shared/api.js";
import * as api from "./api/index.js";
import type { PageBundle } from "./bundle.js";
import { ExplorerError, ExplorerErrorCode } from "./errors.js";

/** The policy of every answer. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>strata explorer</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<noscript>The strata explorer needs JavaScript.</noscript>
<div id="app"></div>
</body>
</html>
`;

/** Page paths the shell answers with 200 (anything else: the shell with 404, which shows "not found"). */
const PAGES = [
  /^\/$/,
  /^\/block\/[a-z0-9]+\/[^/]+$/,
  /^\/tx\/[a-z0-9]+\/[^/]+$/,
  /^\/account\/[^/]+$/,
  /^\/models$/,
  /^\/model\/[^/]+$/,
  /^\/nodes$/,
  /^\/node\/[^/]+$/,
  /^\/sessions$/,
  /^\/session\/[^/]+$/,
  /^\/task\/[^/]+$/,
  /^\/l3$/,
  /^\/l3\/[^/]+$/,
  /^\/search$/,
];

/** The API routes: path pattern → handler of its captures. */
const ROUTES: [RegExp, (ctx: api.ApiContext, m: string[], url: URL) => unknown][] = [
  [/^\/api\/overview$/, (ctx) => api.overview(ctx)],
  [/^\/api\/block\/([^/]+)\/([^/]+)$/, (ctx, m) => api.block(ctx, m[1]!, m[2]!)],
  [/^\/api\/tx\/([^/]+)\/([^/]+)$/, (ctx, m) => api.tx(ctx, m[1]!, m[2]!)],
  [/^\/api\/account\/([^/]+)$/, (ctx, m) => api.account(ctx, m[1]!)],
  [/^\/api\/models$/, (ctx) => api.models(ctx)],
  [/^\/api\/model\/([^/]+)$/, (ctx, m) => api.model(ctx, m[1]!)],
  [/^\/api\/nodes$/, (ctx) => api.nodes(ctx)],
  [/^\/api\/node\/([^/]+)$/, (ctx, m) => api.node(ctx, m[1]!)],
  [/^\/api\/sessions$/, (ctx) => api.sessions(ctx)],
  [/^\/api\/session\/([^/]+)$/, (ctx, m) => api.session(ctx, m[1]!)],
  [/^\/api\/task\/([^/]+)$/, (ctx, m) => api.task(ctx, m[1]!)],
  [/^\/api\/l3$/, (ctx) => api.l3(ctx)],
  [/^\/api\/l3\/([^/]+)$/, (ctx, m) => api.l3Chain(ctx, m[1]!)],
  [/^\/api\/search$/, (ctx, _m, url) => api.search(ctx, url.searchParams.get("q") ?? "")],
];

/** Most open `/events` streams (one per open page). */
export const MAX_STREAMS = 200;

/** The running HTTP side. */
export interface ExplorerHttp {
  server: Server;
  url: string;
  /** Sends an event to every open `/events` stream. */
  broadcast(event: LiveEvent): void;
  close(): Promise<void>;
}

function headers(type: string): Record<string, string> {
  return {
    "content-type": type,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, headers("application/json; charset=utf-8"));
  res.end(JSON.stringify(body));
}

function errorAnswer(err: unknown): [number, ErrorResponse] {
  if (err instanceof ExplorerError) {
    switch (err.code) {
      case ExplorerErrorCode.notFound:
        return [404, { error: "not_found", message: err.message }];
      case ExplorerErrorCode.badRequest:
        return [400, { error: "bad_request", message: err.message }];
      case ExplorerErrorCode.chainDown:
        return [
          503,
          { error: "chain_down", message: err.message, ...(err.chain ? { chain: err.chain } : {}) },
        ];
      default:
        return [502, { error: "internal", message: err.message }];
    }
  }
  // A chain query's own refusal (e.g. an invalid address) is the request's fault.
  if (isStrataError(err)) return [400, { error: "bad_request", message: errorMessage(err) }];
  return [500, { error: "internal", message: "the explorer failed to answer; see its log" }];
}

/**
 * Starts the HTTP server on `host:port` (0: any free port).
 * @throws when the port cannot be bound.
 */
export async function startHttp(
  opts: { host: string; port: number },
  deps: { ctx: api.ApiContext; bundle: PageBundle; logger: Logger; health: () => Record<string, unknown> },
): Promise<ExplorerHttp> {
  const log = deps.logger.child({ component: "http" });
  const streams = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://explorer.invalid");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers("text/plain; charset=utf-8"), allow: "GET, HEAD" });
      res.end("method not allowed\n");
      return;
    }
    const path = url.pathname;
    if (path === "/health") return sendJson(res, 200, deps.health());
    if (path === "/favicon.ico") {
      res.writeHead(204, headers("image/x-icon"));
      res.end();
      return;
    }
    if (path === "/assets/app.js") {
      res.writeHead(200, headers("text/javascript; charset=utf-8"));
      res.end(deps.bundle.js);
      return;
    }
    if (path === "/assets/app.css") {
      res.writeHead(200, headers("text/css; charset=utf-8"));
      res.end(deps.bundle.css);
      return;
    }
    if (path === "/events") {
      // [REJECT] more live streams than MAX_STREAMS: each holds a socket open
      if (streams.size >= MAX_STREAMS) {
        res.writeHead(503, headers("text/plain; charset=utf-8"));
        res.end("too many live streams\n");
        return;
      }
      res.writeHead(200, { ...headers("text/event-stream; charset=utf-8"), connection: "keep-alive" });
      res.write("retry: 1000\n\n");
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return;
    }
    if (path.startsWith("/api/")) {
      for (const [re, fn] of ROUTES) {
        const m = re.exec(path);
        if (!m) continue;
        let captures: string[];
        try {
          captures = m.map((s) => decodeURIComponent(s));
        } catch {
          return sendJson(res, 400, { error: "bad_request", message: "malformed path" });
        }
        try {
          return sendJson(res, 200, await fn(deps.ctx, captures, url));
        } catch (err) {
          const [status, body] = errorAnswer(err);
          if (status >= 500 && status !== 503) log.error("api request failed", { path, err });
          return sendJson(res, status, body);
        }
      }
      return sendJson(res, 404, { error: "not_found", message: `no API route ${path}` });
    }
    res.writeHead(PAGES.some((re) => re.test(path)) ? 200 : 404, headers("text/html; charset=utf-8"));
    res.end(SHELL);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      log.error("request failed", { err });
      if (!res.headersSent) sendJson(res, 500, { error: "internal", message: "internal error" });
      else res.end();
    });
  });
  // A page keeps its event stream open; a heartbeat keeps proxies from closing it.
  const heartbeat = setInterval(() => {
    for (const s of streams) s.write(": heartbeat\n\n");
  }, 15_000);
  heartbeat.unref();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.address.includes(":") ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${host}:${addr.port}`,
    broadcast(event) {
      const line = `data: ${JSON.stringify(event)}\n\n`;
      for (const s of streams) s.write(line);
    },
    async close() {
      clearInterval(heartbeat);
      for (const s of streams) s.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
