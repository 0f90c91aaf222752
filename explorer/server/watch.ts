/**
 * Watches one chain: a WebSocket subscription to `NewBlockHeader` on the node's `/websocket`, each
 * new height read back as a block meta through `blockchain`; while the socket is down the chain is
 * reported down and `status` is polled until it answers, then the socket reconnects.
 */
import WebSocket from "ws";
import { errorMessage } from "../../chain/core/errors/index.js";
import type { Logger } from "../../chain/core/log/index.js";
import type { BlockMeta } from "../shared/api.js";
import type { ChainRpc } from "./rpc.js";

/** Most metas one `blockchain` call returns (the node's limit). */
const METAS_PER_CALL = 20;

/** The `blockchain` RPC result, as far as the explorer reads it. */
export interface RpcBlockMeta {
  block_id: { hash: string };
  header: { height: string; time: string; proposer_address: string };
  num_txs: string;
}

/** A block meta of the `blockchain` RPC as the explorer keeps it. */
export function toBlockMeta(m: RpcBlockMeta): BlockMeta {
  return {
    height: Number(m.header.height),
    hash: m.block_id.hash,
    time: m.header.time,
    numTxs: Number(m.num_txs),
    proposer: m.header.proposer_address,
  };
}

/**
 * Block metas of `from..to` (inclusive), ascending, `blockchain` calls of 20 at a time.
 * @throws ExplorerError when the node is down or refuses.
 */
export async function fetchBlockMetas(rpc: ChainRpc, from: number, to: number): Promise<BlockMeta[]> {
  const out: BlockMeta[] = [];
  for (let max = to; max >= from; max -= METAS_PER_CALL) {
    const min = Math.max(from, max - METAS_PER_CALL + 1);
    const r = await rpc.call<{ block_metas: RpcBlockMeta[] }>("blockchain", {
      minHeight: String(min),
      maxHeight: String(max),
    });
    out.push(...r.block_metas.map(toBlockMeta));
  }
  return out.sort((a, b) => a.height - b.height);
}

/** What a watcher reports. */
export interface WatchDeps {
  logger: Logger;
  /** Each new block, in height order (missed heights are fetched, at most 20 at once). */
  onBlock(block: BlockMeta): void;
  /** The chain went down or came back. */
  onStatus(up: boolean, height: number, error?: string): void;
}

/** A running watcher. */
export interface ChainWatcher {
  up(): boolean;
  /** Why the chain is down (when it is). */
  error(): string | undefined;
  /** Highest height seen. */
  height(): number;
  /** Stops watching: closes the socket, clears timers. Idempotent. */
  close(): Promise<void>;
}

/** The `ws://…/websocket` URL of an RPC URL. */
export function websocketUrl(rpcUrl: string): string {
  const url = new URL(rpcUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = `${url.pathname.replace(/\/$/, "")}/websocket`;
  return url.toString();
}

/** Starts watching the chain of `rpc`; `retryMs` paces reconnections while it is down. */
export function watchChain(rpc: ChainRpc, deps: WatchDeps, retryMs = 1000): ChainWatcher {
  const log = deps.logger.child({ chain: rpc.key });
  let up = false;
  let error: string | undefined = "not connected yet";
  let last = 0;
  let stopped = false;
  let socket: WebSocket | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Heights are read back one after another, so blocks are reported in order.
  let queue: Promise<void> = Promise.resolve();

  const setStatus = (nowUp: boolean, why?: string): void => {
    if (nowUp === up && why === error) return;
    const changed = nowUp !== up;
    up = nowUp;
    error = why;
    if (changed) {
      if (up) log.info("chain answers", { url: rpc.url, height: last });
      else log.warn("chain is down", { url: rpc.url, error: why });
    }
    deps.onStatus(up, last, why);
  };

  const reached = (height: number): void => {
    queue = queue.then(async () => {
      if (stopped || height <= last) return;
      const from = last === 0 ? height : Math.max(last + 1, height - METAS_PER_CALL + 1);
      try {
        for (const b of await fetchBlockMetas(rpc, from, height)) {
          if (b.height <= last) continue;
          last = b.height;
          deps.onBlock(b);
        }
      } catch (err) {
        log.debug("cannot read new blocks", { error: errorMessage(err) });
      }
    });
  };

  const schedule = (): void => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect();
    }, retryMs);
  };

  const connect = (): void => {
    if (stopped) return;
    const ws = new WebSocket(websocketUrl(rpc.url));
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
      // The tip now, so the overview does not wait for the next block.
      rpc
        .call<{ sync_info: { latest_block_height: string } }>("status")
        .then((s) => {
          setStatus(true);
          reached(Number(s.sync_info.latest_block_height));
        })
        .catch((err) => setStatus(false, errorMessage(err)));
    });
    ws.on("message", (data) => {
      let msg: { result?: { data?: { value?: { header?: { height?: string } } } } };
      try {
        msg = JSON.parse(data.toString());
      } catch {
        return;
      }
      const h = Number(msg.result?.data?.value?.header?.height);
      if (Number.isSafeInteger(h) && h > 0) {
        setStatus(true);
        reached(h);
      }
    });
    ws.on("error", (err) => {
      // `close` follows and reconnects; the reason is what a page shows.
      error = `${rpc.key} node at ${rpc.url} does not answer (${(err as { code?: string }).code ?? errorMessage(err)})`;
    });
    ws.on("close", () => {
      if (socket !== ws) return;
      socket = undefined;
      if (stopped) return;
      setStatus(
        false,
        error && error !== "not connected yet"
          ? error
          : `${rpc.key} node at ${rpc.url} closed the connection`,
      );
      schedule();
    });
  };

  connect();

  return {
    up: () => up,
    error: () => error,
    height: () => last,
    async close() {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      const ws = socket;
      socket = undefined;
      if (ws && ws.readyState !== WebSocket.CLOSED) {
        const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
        ws.terminate();
        await closed;
      }
      await queue;
    },
  };
}
