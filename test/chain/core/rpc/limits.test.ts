/**
 * Resource limits of the RPC server: connections in total and per address, silent connections,
 * WebSocket clients, clients that do not read and clients that do not answer pings. Every limit
 * is checked by its effect (refused, dropped, closed), never by how long something took.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import WebSocket from "ws";
import { createRpcServer, type RpcServer } from "../../../../chain/core/rpc/index.js";
import { fixtureBlocks, MemoryBackend, makeSendTx, RECIPIENT_A } from "./memoryBackend.js";
import { RawConnection, rawSubscriber, until } from "./rawClients.js";

const NEW_BLOCK = "tm.event='NewBlock'";

describe("rpc server resource limits", () => {
  let server: RpcServer | undefined;
  const open: { close(): void }[] = [];
  const track = <T extends { close(): void }>(c: T): T => {
    open.push(c);
    return c;
  };
  /** A `ws` client closed for good after the test, whatever state it is in. */
  const wsClient = (url: string): WebSocket => {
    const ws = new WebSocket(url);
    ws.on("error", () => {});
    track({ close: () => ws.readyState !== WebSocket.CLOSED && ws.terminate() });
    return ws;
  };

  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await server?.close();
    server = undefined;
  });

  it("refuses connections over the total limit with 503; existing ones keep working; freed slots are reused", async () => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), {
      port: 0,
      maxConnections: 3,
    });
    const kept = [];
    for (let i = 0; i < 3; i++) {
      const c = track(await RawConnection.open(server.url));
      assert.match(await c.health(), /^HTTP\/1\.1 200/);
      kept.push(c);
    }
    assert.equal(server.stats().connections, 3);

    const extra = track(await RawConnection.open(server.url));
    await extra.waitClosed();
    assert.match(extra.received, /^HTTP\/1\.1 503 Service Unavailable/);
    assert.match(extra.received, /"code":-32000.*"data":"too many connections"/);
    assert.equal(server.stats().refusedConnections, 1);

    // The connections already admitted are served as before.
    assert.match(await kept[0]!.health(), /^HTTP\/1\.1 200/);

    kept[1]!.close();
    const srv = server;
    await until(() => srv.stats().connections === 2);
    const again = track(await RawConnection.open(server.url));
    assert.match(await again.health(), /^HTTP\/1\.1 200/);
    assert.equal(server.stats().refusedConnections, 1);
  });

  it("refuses a client address over its own limit while other addresses are served", async () => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), {
      port: 0,
      maxConnections: 10,
      maxConnectionsPerAddress: 2,
    });
    for (let i = 0; i < 2; i++) {
      const c = track(await RawConnection.open(server.url, "127.0.0.1"));
      assert.match(await c.health(), /^HTTP\/1\.1 200/);
    }
    const third = track(await RawConnection.open(server.url, "127.0.0.1"));
    await third.waitClosed();
    assert.match(third.received, /^HTTP\/1\.1 503/);
    const other = track(await RawConnection.open(server.url, "127.0.0.2"));
    assert.match(await other.health(), /^HTTP\/1\.1 200/);
  });

  it("closes a connection that never sends a request (headers timeout) and frees its slot", async () => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), {
      port: 0,
      headersTimeoutMs: 200,
    });
    const silent = track(await RawConnection.open(server.url));
    const partial = track(await RawConnection.open(server.url));
    partial.socket.write("POST / HTTP/1.1\r\nHost: x\r\n");
    await silent.waitClosed();
    await partial.waitClosed();
    assert.match(partial.received, /^HTTP\/1\.1 408/);
    const srv = server;
    await until(() => srv.stats().connections === 0);
  });

  it("WebSocket connections count against the limits; upgrades over the WebSocket limit get 503", async () => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), {
      port: 0,
      maxWebsocketConnections: 1,
    });
    const wsUrl = `${server.url.replace("http://", "ws://")}/websocket`;
    const first = wsClient(wsUrl);
    await once(first, "open");
    assert.equal(server.stats().websocketConnections, 1);
    assert.equal(server.stats().connections, 1);

    const second = wsClient(wsUrl);
    const [, res] = await once(second, "unexpected-response");
    assert.equal(res.statusCode, 503);
    res.resume();
    assert.equal(server.stats().refusedWebsockets, 1);

    first.close();
    await once(first, "close");
    const srv = server;
    await until(() => srv.stats().websocketConnections === 0);
    const third = wsClient(wsUrl);
    await once(third, "open");
  });

  it("drops a subscriber that stops reading; what it costs the server stays bounded", async () => {
    const backend = new MemoryBackend({ blocks: fixtureBlocks() });
    const maxBuffered = 64 * 1024;
    server = await createRpcServer(backend, { port: 0, maxWebsocketBufferedBytes: maxBuffered });
    const srv = server;

    // A well-behaved subscriber, to show the others are unaffected and to size one event.
    const reader = wsClient(`${server.url.replace("http://", "ws://")}/websocket`);
    await once(reader, "open");
    let received = 0;
    let largest = 0;
    reader.on("message", (data) => {
      received++;
      largest = Math.max(largest, (data as Buffer).length);
    });
    reader.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "subscribe", params: { query: NEW_BLOCK } }));
    await until(() => received === 1);

    const stuck = track(await rawSubscriber(server.url, NEW_BLOCK));
    stuck.socket.pause();

    // Big blocks: 40 txs with 1 KiB memos each (about 100 KiB per NewBlock event).
    const txs = Array.from({ length: 40 }, (_, i) => makeSendTx(RECIPIENT_A, i + 1, "m".repeat(1024)));
    let commits = 0;
    let maxHeld = 0;
    while (srv.stats().droppedWebsockets === 0) {
      // Kernel buffers on loopback hold a few MiB; far fewer blocks than this fill them.
      assert.ok(commits < 2000, "the non-reading subscriber was never dropped");
      backend.commit(txs);
      commits++;
      await new Promise((r) => setImmediate(r));
      maxHeld = Math.max(maxHeld, srv.stats().websocketBufferedBytes);
    }
    assert.equal(srv.stats().websocketConnections, 1, "only the reading subscriber is left");
    // Checked before every send: the bound, plus the message that crossed it, plus what the
    // reading client has in flight.
    assert.ok(
      maxHeld <= maxBuffered + 3 * largest,
      `held ${maxHeld} bytes, bound ${maxBuffered} + 3×${largest}`,
    );

    // The dropped client sees its connection end once it reads again.
    stuck.socket.resume();
    await stuck.waitClosed();
    // The reading subscriber got every block.
    await until(() => received === 1 + commits);
  });

  it("drops a WebSocket client that does not answer pings; one that does stays", async () => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), {
      port: 0,
      websocketPingIntervalMs: 100,
    });
    const srv = server;
    const live = wsClient(`${server.url.replace("http://", "ws://")}/websocket`);
    await once(live, "open");
    // The raw client never answers a ping (it does not even read).
    const mute = track(await rawSubscriber(server.url, NEW_BLOCK));
    mute.socket.pause();
    await until(() => srv.stats().droppedWebsockets === 1);
    assert.equal(srv.stats().websocketConnections, 1);
    assert.equal(live.readyState, WebSocket.OPEN);
  });
});
