/**
 * JSON-RPC error codes: a param no chain state could make valid is -32602 (invalid params); a
 * well-formed request the node cannot answer now stays -32603 with CometBFT's text.
 */
import assert from "node:assert/strict";
import { createRpcServer, type RpcServer } from "../../../../chain/core/rpc/index.js";
import { fixtureBlocks, MemoryBackend } from "./memoryBackend.js";

describe("rpc param errors", () => {
  let server: RpcServer;
  before(async () => {
    server = await createRpcServer(new MemoryBackend({ blocks: fixtureBlocks() }), { port: 0 });
  });
  after(async () => {
    await server.close();
  });

  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  const call = async (method: string, params: unknown): Promise<any> => {
    const res = await fetch(`${server.url}/`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    return ((await res.json()) as { error?: unknown }).error;
  };

  const invalid: [string, unknown, RegExp][] = [
    ["block", { height: "0" }, /height must be greater than 0/],
    ["block_results", { height: "-5" }, /height must be greater than 0/],
    ["commit", { height: 0 }, /height must be greater than 0/],
    ["validators", { height: "1", page: "0" }, /page should be within \[1, 1\] range, given 0/],
    ["validators", { height: "1", page: "-2" }, /page should be within/],
    ["tx_search", { query: "tx.height=2", page: "0" }, /page should be greater than 0, given 0/],
    ["abci_query", { path: "/x", height: "-1" }, /height must be non-negative/],
    ["blockchain", { minHeight: "-1", maxHeight: "3" }, /heights must be non-negative/],
  ];
  for (const [method, params, data] of invalid) {
    it(`${method} ${JSON.stringify(params)} → -32602`, async () => {
      const error = await call(method, params);
      assert.equal(error?.code, -32602);
      assert.equal(error.message, "Invalid params");
      assert.match(error.data, data);
    });
  }

  it("a page past the last one, or a height above the tip, stays -32603 (it depends on the chain)", async () => {
    assert.equal((await call("validators", { height: "1", page: "9" })).code, -32603);
    assert.equal((await call("block", { height: "999" })).code, -32603);
  });
});
