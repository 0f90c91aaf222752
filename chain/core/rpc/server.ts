/**
 * HTTP transport of the CometBFT-compatible RPC: JSON-RPC POST on `/` (single and batch),
 * CometBFT URI calls on `GET /<method>?param=…`, and the WebSocket upgrade on `/websocket`.
 * JSON-RPC errors go out with HTTP 200 (cosmjs throws away the body of any status >= 400).
 *
 * The server is exposed to anyone who can reach the port, and it shares the process (and its
 * file descriptors) with consensus, so every resource a client can hold is bounded: connections
 * in total and per address, time to send a request, idle time, WebSocket clients, their
 * subscriptions and the bytes queued for them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import { type Logger, nullLogger } from "../log/index.js";
import type { RpcBackend } from "./backend.js";
import { clientAddress, createConnectionLimiter } from "./connectionLimiter.js";
import { createCorsPolicy, type RpcCorsOptions } from "./cors.js";
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
  /**
   * Browser origins allowed to call the RPC (CORS, and the `Origin` of WebSocket upgrades);
   * default none. A boolean is the retired on/off switch: it no longer enables a wildcard and
   * allows no origin (a warning is logged for `true`).
   */
  cors?: RpcCorsOptions;
  /** Open connections (HTTP and WebSocket) beyond which new ones are refused; default 900 (CometBFT `max_open_connections`). */
  maxConnections?: number;
  /** Open connections from one client address beyond which its new ones are refused; default 100. */
  maxConnectionsPerAddress?: number;
  /** Open WebSocket connections beyond which upgrades get 503; default 100 (CometBFT `max_subscription_clients`). */
  maxWebsocketConnections?: number;
  /** Bytes queued for a WebSocket client after which it is disconnected as not reading; default 1 MiB. */
  maxWebsocketBufferedBytes?: number;
  /** WebSocket keep-alive ping interval; a client that missed the previous ping is dropped; default 30 000 ms. */
  websocketPingIntervalMs?: number;
  /** Time a client has to send a request's headers (also closes connections that send nothing); default 10 000 ms. */
  headersTimeoutMs?: number;
  /** Time a client has to send a whole request; default 30 000 ms. */
  requestTimeoutMs?: number;
  /** Idle time of a kept-alive HTTP connection between requests; default 65 000 ms. */
  keepAliveTimeoutMs?: number;
  /** How long `broadcast_tx_commit` waits for the commit; default 10 000 ms (CometBFT `timeout_broadcast_tx_commit`). */
  txCommitTimeoutMs?: number;
  /** Most requests in one JSON-RPC batch; default 100. */
  maxBatchSize?: number;
  /** Subscriptions per WebSocket connection; default 5 (CometBFT `max_subscriptions_per_client`). */
  maxSubscriptionsPerClient?: number;
}

/** Counters of a running {@link RpcServer}. */
export interface RpcServerStats {
  /** Open connections, HTTP and WebSocket. */
  connections: number;
  /** Connections refused at accept because a connection limit was reached. */
  refusedConnections: number;
  /** Open WebSocket connections. */
  websocketConnections: number;
  /** WebSocket upgrades refused at the WebSocket limit. */
  refusedWebsockets: number;
  /** WebSocket clients disconnected for not reading or not answering pings. */
  droppedWebsockets: number;
  /** Bytes queued for WebSocket clients, over all connections. */
  websocketBufferedBytes: number;
}

/** A running RPC server. */
export interface RpcServer {
  /** `http://host:port` (WebSocket clients use `ws://host:port`, path `/websocket`). */
  url: string;
  /** The bound port. */
  port: number;
  /** Connection counters (for metrics and tests). */
  stats(): RpcServerStats;
  /** Closes every connection (HTTP and WebSocket) and stops listening; idempotent. */
  close(): Promise<void>;
}

const DEFAULT_PORT = 26657;
const DEFAULT_MAX_BODY_BYTES = 1_000_000;
const DEFAULT_TX_COMMIT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BATCH_SIZE = 100;
const DEFAULT_MAX_SUBSCRIPTIONS = 5;
const DEFAULT_MAX_CONNECTIONS = 900;
const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 100;
const DEFAULT_MAX_WEBSOCKETS = 100;
const DEFAULT_MAX_WS_BUFFERED_BYTES = 1024 * 1024;
const DEFAULT_WS_PING_INTERVAL_MS = 30_000;
const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
// A node busy executing a large block can run its timers late; Node's 5 s keep-alive default
// then closes idle sockets just as clients reuse them (ECONNRESET). Keep them longer.
const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** What a connection over a limit gets before it is closed: no parsing, no routing. */
const REFUSAL = (() => {
  const body = JSON.stringify({
    jsonrpc: "2.0",
    id: null,
    error: { code: RpcErrorCode.ServerError, message: "Server error", data: "too many connections" },
  });
  return (
    "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: application/json\r\n" +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
})();

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
  const cors = createCorsPolicy(opts.cors);
  const limiter = createConnectionLimiter({
    max: opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    perAddress: opts.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  });
  let refusedConnections = 0;
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
    maxConnections: opts.maxWebsocketConnections ?? DEFAULT_MAX_WEBSOCKETS,
    maxBufferedBytes: opts.maxWebsocketBufferedBytes ?? DEFAULT_MAX_WS_BUFFERED_BYTES,
    pingIntervalMs: opts.websocketPingIntervalMs ?? DEFAULT_WS_PING_INTERVAL_MS,
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
    const origin = req.headers.origin;
    for (const [name, value] of Object.entries(cors.headers(origin))) res.setHeader(name, value);
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
    } else if (req.method === "OPTIONS") {
      // A preflight: allowed origins got their headers above; others learn nothing more.
      res.writeHead(origin !== undefined && cors.allows(origin) ? 204 : 403);
      res.end();
    } else {
      res.writeHead(405, { Allow: "GET, POST" });
      res.end();
    }
  };

  const requestTimeout = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // Node requires headersTimeout <= requestTimeout.
  const headersTimeout = Math.min(opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, requestTimeout);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: opts.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
      // How often Node enforces the two timeouts above (its default, 30 s, lets a silent
      // connection live 40 s instead of 10).
      connectionsCheckingInterval: Math.min(1000, headersTimeout),
    },
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        log.error("http handler failed", { err });
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    },
  );

  // [REJECT] connections beyond the total or per-address limit. http.Server serves every socket
  // its 'connection' listeners see, so the limit wraps them: a refused socket gets a fixed 503
  // and is closed without ever reaching the HTTP parser, a route or the WebSocket hub.
  const serveConnection = server.listeners("connection") as ((socket: Socket) => void)[];
  server.removeAllListeners("connection");
  server.on("connection", (socket: Socket) => {
    const address = clientAddress(socket.remoteAddress);
    const slot = limiter.acquire(address);
    if (!slot.ok) {
      refusedConnections++;
      // A flood must not flood the log too: the first refusal and every 1000th are warnings.
      const level = refusedConnections % 1000 === 1 ? "warn" : "debug";
      log[level]("refusing connection: limit reached", { address, limit: slot.reason, refusedConnections });
      socket.on("error", () => {});
      socket.end(REFUSAL, () => socket.destroy());
      // A client that does not take the answer must not keep the descriptor either.
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    socket.once("close", () => limiter.release(address));
    for (const listener of serveConnection) listener.call(server, socket);
  });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", (err) => log.debug("upgrade socket error", { err }));
    if (pathOf(req.url)?.pathname !== "/websocket") {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    // [REJECT] WebSockets from browser origins the operator did not allow (browsers apply no
    // CORS to WebSockets; a page on any site could otherwise use a local node's connection).
    if (!cors.allows(req.headers.origin)) {
      log.debug("refusing websocket from origin", { origin: req.headers.origin });
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    hub.handleUpgrade(req, socket, head);
  });
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    log.debug("http client error", { err });
    // Node reports a request or headers timeout here too; it is a 408, not a malformed request.
    const status = err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
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
    stats() {
      const ws = hub.stats();
      return {
        connections: limiter.open(),
        refusedConnections,
        websocketConnections: ws.connections,
        refusedWebsockets: ws.refused,
        droppedWebsockets: ws.dropped,
        websocketBufferedBytes: ws.bufferedBytes,
      };
    },
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
