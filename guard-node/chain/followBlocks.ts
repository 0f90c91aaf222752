/**
 * Follows an L2 node's committed heights: a WebSocket subscription to `NewBlockHeader` events
 * through the node's RPC (`/websocket`), with polling of `status` while the socket is down and a
 * reconnection every `reconnectMs`. The guard reads state through queries, so headers suffice: a
 * full `NewBlock` event would carry every block's transactions for nothing.
 */
import WebSocket from "ws";
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";

/** How the follower currently learns of new blocks. */
export type FollowMode = "websocket" | "polling" | "stopped";

/** Options of {@link followBlocks}. */
export interface FollowOptions {
  /** The node's RPC URL (`http://host:port`). */
  rpcUrl: string;
  /** Polling interval while the socket is down (default 1,000 ms). */
  pollIntervalMs?: number;
  /** Delay before each reconnection attempt (default 2,000 ms). */
  reconnectMs?: number;
}

/** Dependencies of {@link followBlocks}. */
export interface FollowDeps {
  logger: Logger;
  /** Called with each new committed height, increasing (heights may be skipped while polling). */
  onHeight(height: number): void;
}

/** A running follower. */
export interface BlockFollower {
  mode(): FollowMode;
  /** Highest height seen. */
  height(): number;
  /** Stops following; closes the socket and timers. Idempotent. */
  close(): Promise<void>;
}

/** The `ws://…/websocket` URL of an RPC URL. */
export function websocketUrl(rpcUrl: string): string {
  const url = new URL(rpcUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = `${url.pathname.replace(/\/$/, "")}/websocket`;
  return url.toString();
}

/** The height in a `NewBlockHeader` (or `NewBlock`) event message, or undefined for other messages. */
export function eventHeight(message: unknown): number | undefined {
  const value = (message as { result?: { data?: { value?: Record<string, unknown> } } })?.result?.data?.value;
  const header = (value?.header ?? (value?.block as { header?: unknown } | undefined)?.header) as
    | { height?: string }
    | undefined;
  const h = Number(header?.height);
  return Number.isSafeInteger(h) && h > 0 ? h : undefined;
}

/** Starts following `opts.rpcUrl`; the first height comes from one `status` call at once. */
export function followBlocks(opts: FollowOptions, deps: FollowDeps): BlockFollower {
  const log = deps.logger.child({ component: "follow" });
  const pollIntervalMs = opts.pollIntervalMs ?? 1000;
  const reconnectMs = opts.reconnectMs ?? 2000;
  let mode: FollowMode = "polling";
  let last = 0;
  let socket: WebSocket | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let pollFailures = 0;

  const seen = (h: number): void => {
    if (stopped || h <= last) return;
    last = h;
    deps.onHeight(h);
  };

  const poll = async (): Promise<void> => {
    try {
      const res = await fetch(opts.rpcUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "status", params: {} }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await res.json()) as { result?: { sync_info?: { latest_block_height?: string } } };
      const h = Number(body.result?.sync_info?.latest_block_height);
      if (Number.isSafeInteger(h) && h > 0) seen(h);
      if (pollFailures > 0) log.info("node answers again", { height: h });
      pollFailures = 0;
    } catch (err) {
      // One line when the node goes away, not one per poll.
      if (pollFailures++ === 0)
        log.warn("cannot reach the node", { url: opts.rpcUrl, error: errorMessage(err) });
    }
  };

  const startPolling = (): void => {
    if (stopped || pollTimer) return;
    pollTimer = setInterval(() => void poll(), pollIntervalMs);
  };
  const stopPolling = (): void => {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = undefined;
  };

  const connect = (): void => {
    if (stopped) return;
    const ws = new WebSocket(websocketUrl(opts.rpcUrl));
    socket = ws;
    ws.on("open", () => {
      ws.send(
        JSON.stringify({
          jsonrpc: "2.0",
          id: 1,
          method: "subscribe",
          params: { query: "tm.event='NewBlockHeader'" },
        }),
      );
      mode = "websocket";
      stopPolling();
      log.info("following new blocks over the websocket", { url: websocketUrl(opts.rpcUrl) });
      // Blocks committed while the socket was down or connecting.
      void poll();
    });
    ws.on("message", (data) => {
      let message: unknown;
      try {
        message = JSON.parse(data.toString());
      } catch {
        return;
      }
      const h = eventHeight(message);
      if (h !== undefined) seen(h);
    });
    ws.on("error", () => {
      // `close` follows; it decides what to do.
    });
    ws.on("close", () => {
      if (socket !== ws) return;
      socket = undefined;
      if (stopped) return;
      if (mode === "websocket") log.warn("websocket closed; polling until it reconnects", { pollIntervalMs });
      mode = "polling";
      startPolling();
      reconnectTimer = setTimeout(connect, reconnectMs);
    });
  };

  void poll();
  startPolling();
  connect();

  return {
    mode: () => (stopped ? "stopped" : mode),
    height: () => last,
    async close() {
      if (stopped) return;
      stopped = true;
      stopPolling();
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const ws = socket;
      socket = undefined;
      if (ws && ws.readyState !== WebSocket.CLOSED) {
        const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
        ws.terminate();
        await closed;
      }
    },
  };
}
