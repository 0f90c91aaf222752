/**
 * Raw HTTP: JSON-RPC error cases, batches, the CometBFT GET/URI form, body limits and CORS.
 * After every bad input the server must keep serving.
 */
import assert from "node:assert/strict";
import { request } from "node:http";
import { createRpcServer, type RpcServer } from "../../../../chain/core/rpc/index.js";
import { fixtureBlocks, MemoryBackend, RECIPIENT_A, sha256 } from "./memoryBackend.js";

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  json: any;
}

async function reply(res: Response): Promise<Reply> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

describe("rpc server over raw HTTP", () => {
  let backend: MemoryBackend;
  let server: RpcServer;

  const post = async (body: unknown, raw = false): Promise<Reply> =>
    reply(
      await fetch(`${server.url}/`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: raw ? String(body) : JSON.stringify(body),
      }),
    );
  const call = (method: string, params?: unknown, id: unknown = 1) =>
    post({ jsonrpc: "2.0", id, method, params });
  const get = async (path: string, init?: RequestInit) => reply(await fetch(`${server.url}${path}`, init));

  /** The server still answers a normal call. */
  const assertServing = async () => {
    const r = await call("health", {}, 99);
    assert.deepEqual(r.json, { jsonrpc: "2.0", id: 99, result: {} });
  };

  before(async () => {
    backend = new MemoryBackend({ blocks: fixtureBlocks() });
    server = await createRpcServer(backend, { port: 0, maxBodyBytes: 4096, maxBatchSize: 3 });
  });

  after(async () => {
    await server.close();
  });

  it("malformed JSON → -32700 with HTTP 200 and id null", async () => {
    const r = await post('{"jsonrpc":"2.0",', true);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("content-type"), "application/json");
    assert.equal(r.json.id, null);
    assert.equal(r.json.error.code, -32700);
    assert.equal(r.json.error.message, "Parse error");
    assert.match(r.json.error.data, /error unmarshaling request/);
    await assertServing();
  });

  it("invalid requests → -32600", async () => {
    for (const body of [
      42,
      "x",
      { id: 1, method: "status" },
      { jsonrpc: "2.0", id: 1 },
      { jsonrpc: "2.0", id: {}, method: "status" },
    ]) {
      const r = await post(body);
      assert.equal(r.status, 200);
      assert.equal(r.json.error.code, -32600, JSON.stringify(body));
    }
    await assertServing();
  });

  it("unknown method → -32601, and subscribe is WebSocket-only", async () => {
    const r = await call("no_such_method", {}, "abc");
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.id, "abc");
    assert.equal(r.json.error.code, -32601);
    assert.equal(r.json.error.message, "Method not found");
    const s = await call("subscribe", { query: "tm.event='NewBlock'" });
    assert.equal(s.json.error.code, -32601);
    assert.match(s.json.error.data, /websocket/);
    await assertServing();
  });

  it("bad params → -32602 with a message naming the param", async () => {
    const cases: [string, unknown, RegExp][] = [
      ["block", { height: "abc" }, /invalid param "height": expected an integer/],
      ["block", { height: 1.5 }, /invalid param "height"/],
      ["block", { height: true }, /invalid param "height"/],
      ["block", "not-an-object", /params must be an object or an array/],
      ["broadcast_tx_sync", { tx: "%%%not base64" }, /invalid param "tx": expected base64/],
      ["broadcast_tx_sync", {}, /missing required param "tx"/],
      ["broadcast_tx_sync", { tx: "" }, /the transaction is empty/],
      ["abci_query", { path: "/x", data: "zz" }, /invalid param "data": expected hex/],
      ["abci_query", { path: 5 }, /invalid param "path": expected a string/],
      ["tx", { hash: "not a hash" }, /invalid param "hash"/],
      ["tx_search", { query: "tx.height=5", order_by: "sideways" }, /order_by/],
      ["tx_search", { query: "tx.height <" }, /invalid query/],
      ["tx_search", { query: "tx.height>'abc'" }, /operator > needs a number operand/],
      ["tx_search", { query: "a.b='x' OR c.d='y'" }, /expected an operator after OR|expected AND/],
      ["validators", [1, 2, 3, 4], /at most 3 positional params/],
    ];
    for (const [method, params, data] of cases) {
      const r = await call(method, params);
      assert.equal(r.status, 200);
      assert.equal(r.json.error?.code, -32602, `${method} ${JSON.stringify(params)}: ${r.text}`);
      assert.match(r.json.error.data, data);
    }
    await assertServing();
  });

  it("heights out of range → -32602 when never valid, -32603 above the tip, with CometBFT's texts", async () => {
    const invalid = { code: -32602, message: "Invalid params" };
    const internal = { code: -32603, message: "Internal error" };
    const cases: [string, unknown, typeof invalid, string][] = [
      ["block", { height: "-1" }, invalid, "height must be greater than 0, but got -1"],
      ["block", { height: 0 }, invalid, "height must be greater than 0, but got 0"],
      [
        "block",
        { height: "6" },
        internal,
        "height 6 must be less than or equal to the current blockchain height 5",
      ],
      [
        "block_results",
        { height: 99 },
        internal,
        "height 99 must be less than or equal to the current blockchain height 5",
      ],
      [
        "commit",
        { height: 7 },
        internal,
        "height 7 must be less than or equal to the current blockchain height 5",
      ],
      [
        "validators",
        { height: 7 },
        internal,
        "height 7 must be less than or equal to the current blockchain height 6",
      ],
      ["abci_query", { path: "/x", height: "-3" }, invalid, "height must be non-negative, but got -3"],
      ["blockchain", { minHeight: "-1" }, invalid, "heights must be non-negative"],
    ];
    for (const [method, params, error, data] of cases) {
      const r = await call(method, params);
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.error, { ...error, data }, method);
    }
    await assertServing();
  });

  it("positional params work like named ones", async () => {
    const r = await call("block", ["2"]);
    assert.equal(r.json.result.block.header.height, "2");
  });

  it("a backend failure becomes -32603 without its text, and the server keeps serving", async () => {
    backend.failNextQuery = true;
    const r = await call("abci_query", { path: "/x", data: "" });
    assert.equal(r.json.error.code, -32603);
    assert.equal(r.json.error.message, "Internal error");
    assert.match(
      r.json.error.data,
      /^internal error \(ref [0-9a-f]{8}\); the details are in the node's log$/,
    );
    assert.doesNotMatch(r.text, /disk on fire/);
    await assertServing();
  });

  it("batches: responses in order, notifications skipped, limits", async () => {
    const r = await post([
      { jsonrpc: "2.0", id: 1, method: "health" },
      { jsonrpc: "2.0", method: "health" },
      { jsonrpc: "2.0", id: 2, method: "block", params: { height: "1" } },
    ]);
    assert.equal(r.status, 200);
    assert.equal(r.json.length, 2);
    assert.deepEqual(r.json[0], { jsonrpc: "2.0", id: 1, result: {} });
    assert.equal(r.json[1].id, 2);
    assert.equal(r.json[1].result.block.last_commit.height, "0");

    const mixed = await post([{ jsonrpc: "2.0", id: "a", method: "nope" }, 5]);
    assert.equal(mixed.json[0].error.code, -32601);
    assert.equal(mixed.json[1].error.code, -32600);

    assert.equal((await post([])).json.error.code, -32600);
    const tooMany = await post([1, 2, 3, 4].map((id) => ({ jsonrpc: "2.0", id, method: "health" })));
    assert.match(tooMany.json.error.data, /exceeds the limit of 3/);

    const onlyNotifications = await post([{ jsonrpc: "2.0", method: "health" }]);
    assert.equal(onlyNotifications.status, 200);
    assert.equal(onlyNotifications.text, "");
    await assertServing();
  });

  it("oversize body → 413 with a JSON-RPC error, and the server keeps serving", async () => {
    const big = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "broadcast_tx_sync",
      params: { tx: "A".repeat(8000) },
    });
    const r = await post(big, true);
    assert.equal(r.status, 413);
    assert.equal(r.json.error.code, -32600);
    assert.match(r.json.error.data, /exceeds the limit of 4096 bytes/);

    // Chunked, without a Content-Length: the limit is enforced while reading.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${server.url}/`,
        { method: "POST", headers: { "Transfer-Encoding": "chunked" } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.write(big.slice(0, 3000));
      req.end(big.slice(3000));
    });
    assert.equal(chunked, 413);
    await assertServing();
  });

  it("GET URI form: quoted strings, bare numbers, 0x hashes, id -1", async () => {
    const status = await get("/status");
    assert.equal(status.status, 200);
    assert.equal(status.json.id, -1);
    assert.equal(status.json.result.node_info.version, "0.38.17");

    const block = await get("/block?height=2");
    assert.equal(block.json.result.block.header.height, "2");
    assert.equal(block.json.result.block.data.txs.length, 10);

    const search = await get(`/tx_search?query=${encodeURIComponent('"tx.height=3"')}&per_page=5&page=2`);
    assert.equal(search.json.result.total_count, "20");
    assert.equal(search.json.result.txs.length, 5);
    assert.equal(search.json.result.txs[0].index, 5);

    const byRecipient = await get(
      `/tx_search?query=${encodeURIComponent(`"transfer.recipient='${RECIPIENT_A}'"`)}`,
    );
    assert.equal(byRecipient.json.result.total_count, "35");

    const target = backend.blocks[3]!.block.txs[0]!;
    const hex = Buffer.from(sha256(target)).toString("hex");
    const tx = await get(`/tx?hash=0x${hex}`);
    assert.equal(tx.json.result.hash, hex.toUpperCase());
    assert.equal(tx.json.result.height, "4");

    const q = await get(`/abci_query?path=${encodeURIComponent('"/a/b"')}&data=0xABCD&prove=false`);
    assert.equal(q.json.result.response.key, Buffer.from([0xab, 0xcd]).toString("base64"));

    const bad = await get("/block?height=abc");
    assert.equal(bad.status, 200);
    assert.equal(bad.json.error.code, -32602);

    const unknown = await get("/nope");
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.error.code, -32601);

    const index = await get("/");
    assert.match(index.headers.get("content-type") ?? "", /text\/html/);
    assert.match(index.text, /\/tx_search\?query=_&#38;prove=_/);
    await assertServing();
  });

  it("encodes the JSON shapes exactly: strings for int64, numbers for int32, uppercase hex, RFC3339 nanos", async () => {
    const r = await call("block", { height: "3" });
    const b = r.json.result;
    assert.equal(b.block_id.parts.total, 1);
    assert.match(b.block_id.hash, /^[0-9A-F]{64}$/);
    assert.deepEqual(b.block.header.version, { block: "11", app: "1" });
    assert.equal(b.block.header.time, "2025-06-01T12:00:03.123456789Z");
    assert.equal(b.block.header.evidence_hash, "");
    assert.equal(b.block.last_commit.round, 0);
    assert.deepEqual(b.block.last_commit.signatures[1], {
      block_id_flag: 1,
      validator_address: "",
      timestamp: "0001-01-01T00:00:00Z",
      signature: null,
    });
    assert.equal(b.block.last_commit.signatures[0].timestamp, "2025-06-01T12:00:03.123456789Z");

    const h1 = (await call("block", { height: 1 })).json.result.block;
    assert.deepEqual(h1.header.last_block_id, { hash: "", parts: { total: 0, hash: "" } });
    assert.deepEqual(h1.last_commit, {
      height: "0",
      round: 0,
      block_id: { hash: "", parts: { total: 0, hash: "" } },
      signatures: [],
    });

    const t = (await call("tx_search", { query: "tx.height=2", per_page: "1" })).json.result;
    assert.equal(t.total_count, "10");
    assert.equal(typeof t.txs[0].index, "number");
    assert.equal(t.txs[0].tx_result.gas_used, "65432");
    assert.equal(t.txs[0].tx_result.code, 0);
    assert.deepEqual(t.txs[0].tx_result.events[0].attributes[0], {
      key: "action",
      value: "/cosmos.bank.v1beta1.MsgSend",
      index: true,
    });

    const v = (await call("validators", {})).json.result;
    assert.deepEqual(v.validators[0].pub_key, {
      type: "tendermint/PubKeyEd25519",
      value: Buffer.alloc(32, 7).toString("base64"),
    });
    assert.equal(v.validators[0].proposer_priority, "-5");

    const byHash = (await call("block_by_hash", { hash: b.block_id.hash })).json.result;
    assert.equal(byHash.block.header.height, "3");
    const noBlock = (await call("block_by_hash", { hash: "00".repeat(32) })).json.result;
    assert.equal(noBlock.block, null);

    const net = (await call("net_info")).json.result;
    // CometBFT 0.38 `ResultNetInfo`: each peer's full DefaultNodeInfo, direction and remote IP.
    assert.deepEqual(net, {
      listening: true,
      listeners: ["Listener(@0.0.0.0:26656)"],
      n_peers: "1",
      peers: [
        {
          node_info: {
            protocol_version: { p2p: "8", block: "11", app: "0" },
            id: "ab".repeat(20),
            listen_addr: "tcp://10.0.0.2:26656",
            network: "strata-test-1",
            version: "0.38.17",
            channels: "40202122233038606100",
            moniker: "node1",
            other: { tx_index: "on", rpc_address: "tcp://10.0.0.2:26657" },
          },
          is_outbound: true,
          connection_status: { Duration: "5000000000" },
          remote_ip: "10.0.0.2",
        },
      ],
    });
    const header1 = (await call("header", { height: "1" })).json.result.header;
    assert.deepEqual(header1.last_block_id, { hash: "", parts: { total: 0, hash: "" } });
    assert.equal(header1.height, "1");
    const byHashHeader = (await call("header_by_hash", { hash: b.block_id.hash })).json.result.header;
    assert.equal(byHashHeader.height, "3");
    assert.equal((await call("header_by_hash", { hash: "00".repeat(32) })).json.result.header, null);
    const commit1 = (await call("commit", { height: "1" })).json.result.signed_header;
    assert.deepEqual(commit1.header.last_block_id, { hash: "", parts: { total: 0, hash: "" } });
    const unconfirmed = (await call("unconfirmed_txs", { limit: "2" })).json.result;
    assert.equal(unconfirmed.n_txs, String(Math.min(2, backend.mempool.length)));
  });
});

describe("rpc server options", () => {
  it("answers CORS preflights and sets the header for an allowed origin only", async () => {
    const server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), {
      port: 0,
      cors: { allowedOrigins: ["https://wallet.example"] },
    });
    try {
      const origin = { Origin: "https://wallet.example" };
      const pre = await fetch(`${server.url}/`, { method: "OPTIONS", headers: origin });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get("access-control-allow-origin"), "https://wallet.example");
      const r = await fetch(`${server.url}/health`, { headers: origin });
      assert.equal(r.headers.get("access-control-allow-origin"), "https://wallet.example");
      await r.text();
    } finally {
      await server.close();
    }
  });

  it("has no CORS header by default and rejects other HTTP methods with 405", async () => {
    const server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), { port: 0 });
    try {
      const r = await fetch(`${server.url}/health`);
      assert.equal(r.headers.get("access-control-allow-origin"), null);
      await r.text();
      const put = await fetch(`${server.url}/`, { method: "PUT", body: "x" });
      assert.equal(put.status, 405);
      await put.text();
    } finally {
      await server.close();
    }
  });

  it("fails to start on a taken port and can be closed twice", async () => {
    const a = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), { port: 0 });
    try {
      await assert.rejects(
        createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), { port: a.port }),
        /EADDRINUSE/,
      );
    } finally {
      await a.close();
      await a.close();
    }
  });
});
