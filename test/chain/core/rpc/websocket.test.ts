/**
 * WebSocket transport: the unmodified cosmjs Comet38Client over ws:// (calls and
 * subscribeNewBlock / subscribeTx), plus raw `ws` checks of the CometBFT event messages,
 * query filtering, unsubscribe and errors.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { Comet38Client, type comet38, WebsocketClient } from "@cosmjs/tendermint-rpc";
import WebSocket from "ws";
import type { Listener, Stream } from "xstream";
import { createRpcServer, type RpcServer } from "../../../../chain/core/rpc/index.js";
import {
  CHAIN_ID,
  fixtureBlocks,
  MemoryBackend,
  makeSendTx,
  RECIPIENT_A,
  RECIPIENT_B,
  sha256,
} from "./memoryBackend.js";

/** Resolves with the first event of `stream`, then stops listening. */
function firstEvent<T>(stream: Stream<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener: Listener<T> = {
      next: (value) => {
        stream.removeListener(listener);
        resolve(value);
      },
      error: reject,
      complete: () => reject(new Error("stream completed without an event")),
    };
    stream.addListener(listener);
  });
}

/**
 * Disconnects a cosmjs WebSocket client for good. cosmjs 0.39's ReconnectingSocket treats its own
 * `disconnect()` as a dropped connection and schedules a reconnect (then retries forever), which
 * would keep the test process alive; the client is used unmodified, only this cleanup clears
 * that private timer. Fails loudly if the internals change.
 */
function disconnectForGood(client: Comet38Client): void {
  client.disconnect();
  const socket = (client as unknown as { client?: { socket?: { reconnectTimeout?: unknown } } }).client
    ?.socket;
  if (!socket || !("reconnectTimeout" in socket)) {
    throw new Error("cosmjs internals changed: cannot cancel the WebsocketClient reconnect timer");
  }
  clearTimeout(socket.reconnectTimeout as NodeJS.Timeout);
  socket.reconnectTimeout = null;
}

/** A raw JSON-RPC WebSocket client that queues every message it receives. */
class RawWs {
  private queue: unknown[] = [];
  private waiting: ((m: unknown) => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const msg: unknown = JSON.parse(String(data));
      const w = this.waiting.shift();
      if (w) w(msg);
      else this.queue.push(msg);
    });
  }

  static async open(url: string): Promise<RawWs> {
    const ws = new WebSocket(url);
    await once(ws, "open");
    return new RawWs(ws);
  }

  send(msg: unknown): void {
    this.ws.send(typeof msg === "string" ? msg : JSON.stringify(msg));
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  next(): Promise<any> {
    const m = this.queue.shift();
    if (m !== undefined) return Promise.resolve(m);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  async call(id: number, method: string, params: object = {}): Promise<any> {
    this.send({ jsonrpc: "2.0", id, method, params });
    return this.next();
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close();
    await once(this.ws, "close");
  }
}

describe("rpc server over WebSocket", () => {
  let backend: MemoryBackend;
  let server: RpcServer;
  let wsUrl: string;

  beforeEach(async () => {
    backend = new MemoryBackend({ blocks: fixtureBlocks() });
    server = await createRpcServer(backend, { port: 0 });
    wsUrl = server.url.replace("http://", "ws://");
  });

  afterEach(async () => {
    await server.close();
  });

  it("cosmjs Comet38Client over ws:// serves ordinary calls", async () => {
    const client = await Comet38Client.connect(wsUrl);
    try {
      const s = await client.status();
      assert.equal(s.nodeInfo.network, CHAIN_ID);
      const b = await client.block(2);
      assert.equal(b.block.txs.length, 10);
    } finally {
      disconnectForGood(client);
    }
  });

  it("cosmjs subscribeNewBlock receives committed blocks", async () => {
    const client = await Comet38Client.connect(wsUrl);
    try {
      const event = firstEvent(client.subscribeNewBlock());
      // Requests on one socket are handled in order: once status answers, the subscription exists.
      await client.status();
      backend.commit([makeSendTx(RECIPIENT_A, 1)]);
      const block: comet38.NewBlockEvent = await event;
      assert.equal(block.header.height, 6);
      assert.equal(block.header.chainId, CHAIN_ID);
      assert.equal(block.txs.length, 1);
      assert.equal(block.lastCommit?.height, 5);
    } finally {
      disconnectForGood(client);
    }
  });

  it("cosmjs decodes the NewBlock event of block 1 (no last block id, empty last commit)", async () => {
    const empty = new MemoryBackend({ blocks: [] });
    const fresh = await createRpcServer(empty, { port: 0 });
    // `create` skips the `status` call `connect` makes: the chain has no block yet.
    const client = Comet38Client.create(new WebsocketClient(fresh.url.replace("http://", "ws://")));
    try {
      const event = firstEvent(client.subscribeNewBlock());
      await client.health();
      empty.commit([]);
      const block: comet38.NewBlockEvent = await event;
      assert.equal(block.header.height, 1);
      assert.equal(block.header.lastBlockId, null);
      assert.equal(block.lastCommit, null);
    } finally {
      disconnectForGood(client);
      await fresh.close();
    }
  });

  it("cosmjs subscribeTx with a transfer.recipient condition gets only matching txs", async () => {
    const client = await Comet38Client.connect(wsUrl);
    try {
      const event = firstEvent(client.subscribeTx(`transfer.recipient='${RECIPIENT_B}'`));
      await client.status();
      const other = makeSendTx(RECIPIENT_A, 5);
      const wanted = makeSendTx(RECIPIENT_B, 6);
      // The non-matching tx is committed first; if it leaked, it would be the first event.
      backend.commit([other, wanted]);
      const tx: comet38.TxEvent = await event;
      assert.deepEqual(tx.tx, wanted);
      assert.deepEqual(tx.hash, sha256(wanted));
      assert.equal(tx.height, 6);
      assert.equal(tx.result.code, 0);
      assert.ok(tx.result.events.some((e) => e.type === "transfer"));
    } finally {
      disconnectForGood(client);
    }
  });

  it("pushes CometBFT-shaped event messages with the subscribe id and the events map", async () => {
    const c = await RawWs.open(`${wsUrl}/websocket`);
    try {
      assert.deepEqual(await c.call(7, "subscribe", { query: "tm.event='NewBlock'" }), {
        jsonrpc: "2.0",
        id: 7,
        result: {},
      });
      assert.deepEqual((await c.call(8, "subscribe", { query: "tm.event='Tx' AND tx.height=6" })).result, {});
      const tx = makeSendTx(RECIPIENT_A, 11);
      backend.commit([tx]);

      const nb = await c.next();
      assert.equal(nb.id, 7);
      assert.equal(nb.result.query, "tm.event='NewBlock'");
      assert.equal(nb.result.data.type, "tendermint/event/NewBlock");
      assert.equal(nb.result.data.value.block.header.height, "6");
      assert.equal(nb.result.data.value.block_id.parts.total, 1);
      assert.equal(nb.result.data.value.result_finalize_block.tx_results[0].gas_used, "65432");
      assert.deepEqual(nb.result.events["tm.event"], ["NewBlock"]);
      assert.deepEqual(nb.result.events["coin_spent.amount"], ["1ustake"]);

      const te = await c.next();
      assert.equal(te.id, 8);
      assert.equal(te.result.data.type, "tendermint/event/Tx");
      assert.deepEqual(te.result.data.value.TxResult, {
        height: "6",
        index: 0,
        tx: Buffer.from(tx).toString("base64"),
        result: te.result.data.value.TxResult.result,
      });
      assert.equal(te.result.data.value.TxResult.result.code, 0);
      assert.deepEqual(te.result.events["tm.event"], ["Tx"]);
      assert.deepEqual(te.result.events["tx.hash"], [Buffer.from(sha256(tx)).toString("hex").toUpperCase()]);
      assert.deepEqual(te.result.events["tx.height"], ["6"]);
      assert.deepEqual(te.result.events["transfer.recipient"], [RECIPIENT_A]);
    } finally {
      await c.close();
    }
  });

  it("unsubscribe and unsubscribe_all stop events; errors for bad queries, duplicates and limits", async () => {
    const c = await RawWs.open(`${wsUrl}/websocket`);
    try {
      const bad = await c.call(1, "subscribe", { query: "tm.event='NewBlock' AND" });
      assert.equal(bad.error.code, -32602);
      assert.match(bad.error.data, /invalid query .* expected a tag, got end of query/);

      assert.deepEqual((await c.call(2, "subscribe", { query: "tm.event='NewBlock'" })).result, {});
      const dup = await c.call(3, "subscribe", { query: "tm.event='NewBlock'" });
      assert.match(dup.error.data, /already subscribed/);
      for (let i = 0; i < 4; i++) {
        assert.deepEqual((await c.call(10 + i, "subscribe", { query: `tx.height=${100 + i}` })).result, {});
      }
      const over = await c.call(20, "subscribe", { query: "tx.height=999" });
      assert.match(over.error.data, /max_subscriptions_per_client 5 reached/);

      assert.deepEqual((await c.call(4, "unsubscribe", { query: "tm.event='NewBlock'" })).result, {});
      const missing = await c.call(5, "unsubscribe", { query: "tm.event='NewBlock'" });
      assert.match(missing.error.data, /subscription not found/);
      assert.deepEqual((await c.call(6, "unsubscribe_all")).result, {});

      backend.commit([makeSendTx(RECIPIENT_A, 1)]);
      // Nothing is pushed: the next message is the answer to this call.
      const s = await c.call(30, "status");
      assert.equal(s.id, 30);
      assert.equal(s.result.sync_info.latest_block_height, "6");
    } finally {
      await c.close();
    }
  });

  it("answers parse errors and batches on the socket and survives garbage", async () => {
    const c = await RawWs.open(`${wsUrl}/websocket`);
    try {
      c.send("{not json");
      assert.equal((await c.next()).error.code, -32700);
      c.send([
        { jsonrpc: "2.0", id: 1, method: "health" },
        { jsonrpc: "2.0", id: 2, method: "nope" },
      ]);
      const batch = await c.next();
      assert.deepEqual(batch[0], { jsonrpc: "2.0", id: 1, result: {} });
      assert.equal(batch[1].error.code, -32601);
      assert.equal((await c.call(3, "health")).id, 3);
    } finally {
      await c.close();
    }
  });

  it("drops subscriptions when the socket closes, and close() ends open connections", async () => {
    const a = await RawWs.open(`${wsUrl}/websocket`);
    await a.call(1, "subscribe", { query: "tm.event='Tx'" });
    await a.close();
    backend.commit([makeSendTx(RECIPIENT_A, 1)]); // must not throw into the node

    const b = await RawWs.open(`${wsUrl}/websocket`);
    await b.call(1, "subscribe", { query: "tm.event='Tx'" });
    const closed = once(b.ws, "close");
    await server.close();
    await closed;
    assert.equal(backend.listenerCount(), 0, "the server stops listening to the node");
  });

  it("rejects upgrades on other paths", async () => {
    const ws = new WebSocket(`${wsUrl}/elsewhere`);
    const [err] = await once(ws, "error");
    assert.match(String(err), /Unexpected server response: 404/);
  });
});
