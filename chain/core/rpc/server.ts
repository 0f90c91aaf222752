/**
 * HTTP transport of the CometBFT-compatible RPC: JSON-RPC POST on `/` (single and batch),
 * CometBFT URI calls on `GET /<method>?param=…`, and the WebSocket upgrade on `/websocket`.
 * JSON-RPC errors go out with HTTP 200 (cosmjs throws away the body of any status >= 400).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type Logger, nullLogger } from "../log/index.js";
import type { RpcBackend } from "./backend.js";
import { RpcError, RpcErrorCode } from "./errors.js";
import {
  callMethod,
  type DispatchContext,
  failure,
  handleJsonRpcText,
  serializeResponse,
  URI_REQUEST_ID,
} from "./jsonrpc.js";
import { ROUTES } from "./routes.js";
import { createWebsocketHub } from "./websocket.js";

/** Options of {@link createRpcServer}. */
export interface RpcServerOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port; default 26657. 0 picks a free port (see {@link RpcServer.port}). */
  port?: number;
  /** Structured logger; default {@link nullLogger}. */
  logger?: Logger;
  /** Largest HTTP body or WebSocket message; default 1 000 000 (CometBFT `max_body_bytes`). */
  maxBodyBytes?: number;
  /** Send `Access-Control-Allow-Origin: *` and answer preflights; default false. */
  cors?: boolean;
  /** How long `broadcast_tx_commit` waits for the commit; default 10 000 ms (CometBFT `timeout_broadcast_tx_commit`). */
  txCommitTimeoutMs?: number;
  /** Most requests in one JSON-RPC batch; default 100. */
  maxBatchSize?: number;
  /** Subscriptions per WebSocket connection; default 5 (CometBFT `max_subscriptions_per_client`). */
  maxSubscriptionsPerClient?: number;
}

/** A running RPC server. */
export interface RpcServer {
  /** `http://host:port` (WebSocket clients use `ws://host:port`, path `/websocket`). */
  url: string;
  /** The bound port. */
  port: number;
  /** Closes every connection (HTTP and WebSocket) and stops listening; idempotent. */
  close(): Promise<void>;
}

const DEFAULT_PORT = 26657;
const DEFAULT_MAX_BODY_BYTES = 1_000_000;
const DEFAULT_TX_COMMIT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BATCH_SIZE = 100;
const DEFAULT_MAX_SUBSCRIPTIONS = 5;
/** Unsent WebSocket bytes after which a client is considered stuck. */
const MAX_WS_BUFFERED_BYTES = 16 * 1024 * 1024;

const JSON_HEADERS = { "Content-Type": "application/json" };

type BodyResult = { ok: true; text: string } | { ok: false; reason: "too-large" | "aborted" };

function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes)
    return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (r: BodyResult): void => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) settle({ ok: false, reason: "too-large" });
      else chunks.push(chunk);
    });
    req.on("end", () => settle({ ok: true, text: Buffer.concat(chunks).toString("utf8") }));
    req.on("error", () => settle({ ok: false, reason: "aborted" }));
    req.on("close", () => settle({ ok: false, reason: "aborted" }));
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...JSON_HEADERS, ...extra });
  res.end(body);
}

function setCors(res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  res.setHeader("Access-Control-Allow-Headers", "Origin, Accept, Content-Type, X-Requested-With");
  res.setHeader("Access-Control-Max-Age", "600");
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function endpointList(): string {
  const items = [...ROUTES.entries()]
    .filter(([, r]) => !r.wsOnly)
    .map(([name, r]) => {
      const args = r.params.map((p) => `${p}=_`).join("&");
      return `<li><a href="/${name}">/${name}${args ? `?${escapeHtml(args)}` : ""}</a></li>`;
    });
  return `<!doctype html><html><body><p>Available endpoints (JSON-RPC POST on /, WebSocket on /websocket):</p><ul>${items.join("")}</ul></body></html>`;
}

function pathOf(rawUrl: string | undefined): URL | undefined {
  try {
    return new URL(rawUrl ?? "/", "http://localhost");
  } catch {
    return undefined;
  }
}

/**
 * Starts the CometBFT 0.38-compatible JSON-RPC server over `backend`.
 * @throws Error (from `listen`) when the address cannot be bound.
 */
export async function createRpcServer(backend: RpcBackend, opts: RpcServerOptions = {}): Promise<RpcServer> {
  const log = (opts.logger ?? nullLogger).child({ module: "rpc" });
  const host = opts.host ?? "127.0.0.1";
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const cors = opts.cors ?? false;
  const ctx: DispatchContext = {
    backend,
    logger: log,
    txCommitTimeoutMs: opts.txCommitTimeoutMs ?? DEFAULT_TX_COMMIT_TIMEOUT_MS,
    maxBatchSize: opts.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
  };
  const hub = createWebsocketHub(backend, {
    logger: log,
    dispatch: ctx,
    maxPayloadBytes: maxBodyBytes,
    maxSubscriptionsPerClient: opts.maxSubscriptionsPerClient ?? DEFAULT_MAX_SUBSCRIPTIONS,
    maxBufferedBytes: MAX_WS_BUFFERED_BYTES,
  });

  const handlePost = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok) {
      if (body.reason === "aborted") return;
      log.debug("request body too large", { max: maxBodyBytes });
      const err = new RpcError(
        RpcErrorCode.InvalidRequest,
        `request body exceeds the limit of ${maxBodyBytes} bytes`,
      );
      // Close the connection: the rest of the body is not read.
      sendJson(res, 413, serializeResponse(failure(null, err)), { Connection: "close" });
      return;
    }
    const out = await handleJsonRpcText(body.text, ctx);
    if (out === undefined) {
      res.writeHead(200);
      res.end();
    } else sendJson(res, 200, out);
  };

  const handleGet = async (url: URL, res: ServerResponse): Promise<void> => {
    if (url.pathname === "/") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(endpointList());
      return;
    }
    const method = url.pathname.slice(1);
    const route = ROUTES.get(method);
    const response = await callMethod(
      method,
      { source: "uri", value: url.searchParams },
      URI_REQUEST_ID,
      ctx,
    );
    sendJson(res, route && !route.wsOnly ? 200 : 404, serializeResponse(response));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (cors) setCors(res);
    const url = pathOf(req.url);
    if (!url) {
      const err = new RpcError(RpcErrorCode.InvalidRequest, "malformed request URL");
      sendJson(res, 400, serializeResponse(failure(null, err)));
      return;
    }
    log.debug("http request", { method: req.method, path: url.pathname });
    if (req.method === "POST") {
      if (url.pathname !== "/") {
        const err = new RpcError(RpcErrorCode.MethodNotFound, "JSON-RPC requests are served on POST /");
        sendJson(res, 404, serializeResponse(failure(null, err)));
        return;
      }
      await handlePost(req, res);
    } else if (req.method === "GET") {
      await handleGet(url, res);
    } else if (req.method === "OPTIONS" && cors) {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(405, { Allow: "GET, POST" });
      res.end();
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error("http handler failed", { err });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // A node busy executing a large block can run its timers late; Node's 5 s keep-alive default
  // then closes idle sockets just as clients reuse them (ECONNRESET). Keep them longer.
  server.keepAliveTimeout = 65_000;
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", (err) => log.debug("upgrade socket error", { err }));
    if (pathOf(req.url)?.pathname !== "/websocket") {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    hub.handleUpgrade(req, socket, head);
  });
  server.on("clientError", (err, socket) => {
    log.debug("http client error", { err });
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch(async (err: unknown) => {
    await hub.close();
    throw err;
  });
  server.on("error", (err) => log.error("rpc server error", { err }));

  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log.info("rpc server listening", { url });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        await hub.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        log.info("rpc server closed", { url });
      })();
      return closing;
    },
  };
}
