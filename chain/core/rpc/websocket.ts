/**
 * JSON-RPC over WebSocket (`/websocket`) and event subscriptions. Every method works here;
 * `subscribe` / `unsubscribe` / `unsubscribe_all` only work here. Events are pushed as
 * `{"jsonrpc":"2.0","id":<subscribe id>,"result":{"query","data","events"}}`: cosmjs routes
 * them by the id of the subscribe request and tells them from the ack by `result.query`.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../log/index.js";
import type { EventQuery, RpcBackend } from "./backend.js";
import { internalError } from "./errors.js";
import { newBlockEvent, newBlockHeaderEvent, type RpcEvent, txEvent } from "./events.js";
import { type DispatchContext, handleJsonRpcText, type JsonRpcId } from "./jsonrpc.js";
import { matchesQuery } from "./query.js";
import type { SubscriptionSession } from "./routes.js";

/** Options of {@link createWebsocketHub}. */
export interface WebsocketHubOptions {
  logger: Logger;
  /** Dispatch settings shared with HTTP (the session is added per connection). */
  dispatch: Omit<DispatchContext, "session">;
  /** Largest incoming message; bigger ones close the connection (1009). */
  maxPayloadBytes: number;
  /** Subscriptions one connection may hold (CometBFT `max_subscriptions_per_client`). */
  maxSubscriptionsPerClient: number;
  /** Open WebSocket connections beyond which upgrades get 503 (CometBFT `max_subscription_clients`). */
  maxConnections: number;
  /** Unsent bytes after which a client that does not read is disconnected. */
  maxBufferedBytes: number;
  /** Interval of the keep-alive ping; a client that has not answered the previous one is dropped. */
  pingIntervalMs: number;
}

/** Counters of a {@link WebsocketHub}. */
export interface WebsocketHubStats {
  /** Open connections. */
  connections: number;
  /** Upgrades refused because {@link WebsocketHubOptions.maxConnections} was reached. */
  refused: number;
  /** Clients disconnected for not reading or not answering pings. */
  dropped: number;
  /** Bytes queued for sending, over every connection. */
  bufferedBytes: number;
}

/** Accepts WebSocket upgrades and fans node events out to subscribers. */
export interface WebsocketHub {
  /** Completes an HTTP upgrade already routed to `/websocket`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Number of open connections. */
  connections(): number;
  /** Counters (connections, refusals, drops, queued bytes). */
  stats(): WebsocketHubStats;
  /** Stops listening to the node and terminates every connection. */
  close(): Promise<void>;
}

/** How long {@link WebsocketHub.close} waits for clients to finish the close handshake. */
const CLOSE_GRACE_MS = 1000;

interface Subscription {
  id: JsonRpcId;
  query: string;
  parsed: EventQuery;
}

class Session implements SubscriptionSession {
  readonly subscriptions = new Map<string, Subscription>();
  /** Whether the client answered (or sent anything) since the last ping. */
  alive = true;

  constructor(
    readonly ws: WebSocket,
    private readonly opts: WebsocketHubOptions,
    private readonly log: Logger,
    private readonly drop: (session: Session, reason: string, fields: Record<string, unknown>) => void,
  ) {}

  subscribe(id: JsonRpcId, query: string, parsed: EventQuery): void {
    // [REJECT] texts of CometBFT `rpc/core/events.go` / `libs/pubsub`.
    if (this.subscriptions.has(query)) throw internalError(`already subscribed to ${JSON.stringify(query)}`);
    const max = this.opts.maxSubscriptionsPerClient;
    if (this.subscriptions.size >= max) throw internalError(`max_subscriptions_per_client ${max} reached`);
    this.subscriptions.set(query, { id, query, parsed });
    this.log.debug("subscribed", { query });
  }

  unsubscribe(query: string): void {
    if (!this.subscriptions.delete(query))
      throw internalError(`subscription not found: ${JSON.stringify(query)}`);
    this.log.debug("unsubscribed", { query });
  }

  unsubscribeAll(): void {
    this.subscriptions.clear();
  }

  send(text: string): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    // [REJECT] a client that does not read: checked before every send, so what the server holds
    // for one client stays below the bound plus one message. Like CometBFT cancelling a
    // subscription whose client does not pull messages fast enough.
    if (this.ws.bufferedAmount > this.opts.maxBufferedBytes) {
      this.drop(this, "websocket client does not read", {
        buffered: this.ws.bufferedAmount,
        max: this.opts.maxBufferedBytes,
      });
      return;
    }
    this.ws.send(text, (err) => {
      if (err) this.log.debug("websocket send failed", { err });
    });
  }

  deliver(event: RpcEvent): void {
    for (const sub of this.subscriptions.values()) {
      if (!matchesQuery(sub.parsed, event.events)) continue;
      this.send(
        `{"jsonrpc":"2.0","id":${JSON.stringify(sub.id)},"result":{"query":${JSON.stringify(sub.query)},` +
          `"data":${event.dataJson()},"events":${event.eventsJson()}}}`,
      );
    }
  }
}

/**
 * Closes with 1001 "going away" and waits for the close handshake (terminating after
 * {@link CLOSE_GRACE_MS}). A clean close matters: cosmjs treats an unclean one as a dropped
 * connection and starts reconnecting.
 */
function closeGracefully(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
    ws.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    if (ws.readyState === WebSocket.OPEN) ws.close(1001, "server shutting down");
  });
}

function messageText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
}

/**
 * Creates the WebSocket side of the RPC server and subscribes to `backend` events.
 * Node events are delivered synchronously to every matching subscription.
 */
export function createWebsocketHub(backend: RpcBackend, opts: WebsocketHubOptions): WebsocketHub {
  const log = opts.logger;
  const sessions = new Set<Session>();
  let upgrading = 0;
  let refused = 0;
  let dropped = 0;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxPayloadBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  let closed = false;

  const publish = (make: () => RpcEvent[]): void => {
    if (sessions.size === 0) return;
    try {
      const events = make();
      for (const session of sessions) for (const event of events) session.deliver(event);
    } catch (err) {
      // A listener must never throw into the node's commit path.
      log.error("failed to publish event", { err });
    }
  };

  const stopListening = backend.subscribe({
    newBlock: (block, results) => publish(() => [newBlockEvent(block, results), newBlockHeaderEvent(block)]),
    tx: (tx) => publish(() => [txEvent(tx)]),
  });

  const drop = (session: Session, reason: string, fields: Record<string, unknown>): void => {
    if (!sessions.has(session)) return;
    sessions.delete(session);
    session.unsubscribeAll();
    dropped++;
    log.warn(`disconnecting: ${reason}`, fields);
    session.ws.terminate();
  };

  // One timer for every connection: ping, and drop whoever did not answer the previous ping
  // (a vanished peer would otherwise hold its socket until the OS gives up on it).
  const heartbeat = setInterval(() => {
    for (const session of sessions) {
      if (!session.alive) {
        drop(session, "websocket client does not answer pings", {});
        continue;
      }
      session.alive = false;
      if (session.ws.readyState === WebSocket.OPEN) session.ws.ping();
    }
  }, opts.pingIntervalMs);
  heartbeat.unref();

  const onConnection = (ws: WebSocket, req: IncomingMessage): void => {
    const remote = `${req.socket.remoteAddress ?? "?"}:${req.socket.remotePort ?? "?"}`;
    const session = new Session(ws, opts, log.child({ remote }), drop);
    sessions.add(session);
    log.debug("websocket connected", { remote });
    const ctx: DispatchContext = { ...opts.dispatch, session };
    ws.on("pong", () => {
      session.alive = true;
    });
    ws.on("message", (data) => {
      session.alive = true;
      handleJsonRpcText(messageText(data), ctx).then(
        (out) => {
          if (out !== undefined) session.send(out);
        },
        (err: unknown) => log.error("websocket request failed", { err }),
      );
    });
    ws.on("error", (err) => log.debug("websocket error", { remote, err }));
    ws.on("close", () => {
      sessions.delete(session);
      session.unsubscribeAll();
      log.debug("websocket closed", { remote });
    });
  };

  return {
    handleUpgrade(req, socket, head) {
      if (closed) {
        socket.destroy();
        return;
      }
      // [REJECT] upgrades beyond the connection limit: answered at once, nothing allocated
      if (sessions.size + upgrading >= opts.maxConnections) {
        refused++;
        const level = refused % 1000 === 1 ? "warn" : "debug";
        log[level]("refusing websocket: connection limit reached", { max: opts.maxConnections, refused });
        socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", () =>
          socket.destroy(),
        );
        return;
      }
      upgrading++;
      let counted = true;
      const settle = (): void => {
        if (counted) upgrading--;
        counted = false;
      };
      socket.once("close", settle);
      wss.handleUpgrade(req, socket, head, (ws) => {
        settle();
        socket.off("close", settle);
        onConnection(ws, req);
      });
    },
    connections: () => sessions.size,
    stats() {
      let bufferedBytes = 0;
      for (const s of sessions) bufferedBytes += s.ws.bufferedAmount;
      return { connections: sessions.size, refused, dropped, bufferedBytes };
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      stopListening();
      await Promise.all([...sessions].map((s) => closeGracefully(s.ws)));
      sessions.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
