/**
 * CORS and WebSocket origins: nothing is allowed unless the operator lists the origin; clients
 * outside a browser (cosmjs under Node) send no Origin header and are served as always.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import WebSocket from "ws";
import { createRpcServer, type RpcServer, type RpcServerOptions } from "../../../../chain/core/rpc/index.js";
import { CHAIN_ID, fixtureBlocks, MemoryBackend } from "./memoryBackend.js";

const WALLET = "https://wallet.example";
const EVIL = "https://evil.example";

describe("rpc CORS and WebSocket origins", () => {
  let server: RpcServer | undefined;
  const start = async (opts: RpcServerOptions) => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), { port: 0, ...opts });
    return server;
  };
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const get = async (s: RpcServer, origin?: string, method = "GET") => {
    const res = await fetch(`${s.url}/health`, { method, headers: origin ? { Origin: origin } : {} });
    await res.text();
    return { status: res.status, allow: res.headers.get("access-control-allow-origin") };
  };

  /** Upgrade status for a WebSocket with this Origin (101 = open). */
  const upgrade = async (s: RpcServer, origin?: string): Promise<number> => {
    const ws = new WebSocket(`${s.url.replace("http://", "ws://")}/websocket`, origin ? { origin } : {});
    ws.on("error", () => {});
    const [event, res] = (await Promise.race([once(ws, "open"), once(ws, "unexpected-response")]).then(
      (args) => (args.length === 0 ? ["open"] : ["refused", args[1]]),
    )) as [string, { statusCode: number; resume(): void } | undefined];
    if (event === "open") {
      ws.close();
      await once(ws, "close");
      return 101;
    }
    res!.resume();
    ws.terminate();
    return res!.statusCode;
  };

  it("by default: no CORS header for any origin, preflights refused, browser WebSockets refused", async () => {
    const s = await start({});
    assert.deepEqual(await get(s, WALLET), { status: 200, allow: null });
    assert.deepEqual(await get(s, WALLET, "OPTIONS"), { status: 403, allow: null });
    assert.equal(await upgrade(s, WALLET), 403);
    // No Origin header (cosmjs, curl, the CLI): served.
    assert.deepEqual(await get(s), { status: 200, allow: null });
    assert.equal(await upgrade(s), 101);
  });

  it("allowed origins get CORS headers and WebSockets; other origins get neither", async () => {
    const s = await start({ cors: { allowedOrigins: [WALLET] } });
    assert.deepEqual(await get(s, WALLET), { status: 200, allow: WALLET });
    assert.deepEqual(await get(s, WALLET, "OPTIONS"), { status: 204, allow: WALLET });
    assert.equal(await upgrade(s, WALLET), 101);
    assert.deepEqual(await get(s, EVIL), { status: 200, allow: null });
    assert.deepEqual(await get(s, EVIL, "OPTIONS"), { status: 403, allow: null });
    assert.equal(await upgrade(s, EVIL), 403);
  });

  it('an operator may still allow every origin explicitly with "*"', async () => {
    const s = await start({ cors: { allowedOrigins: ["*"] } });
    assert.deepEqual(await get(s, EVIL), { status: 200, allow: "*" });
    assert.equal(await upgrade(s, EVIL), 101);
  });

  it("cosmjs (no Origin header) works with origins configured", async () => {
    const s = await start({ cors: { allowedOrigins: [WALLET] } });
    const http = await Comet38Client.connect(s.url);
    assert.equal((await http.status()).nodeInfo.network, CHAIN_ID);
    http.disconnect();
  });
});
