import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nullLogger } from "../../../../chain/core/log/index.js";
import {
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  type RunningChainNode,
  startChainNode,
  writeConfig,
} from "../../../../chain/core/node/index.js";
import { buildL1Genesis, makeL1NodeApp } from "../../../../chain/l1/index.js";

async function rpc(url: string, method: string, params: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return (await res.json()) as { result?: { total_count: string }; error?: { code: number; data: string } };
}

describe("tx_search over RPC: the per-request bound (rpc.maxSearchScan)", function () {
  this.timeout(60_000);
  let root: string;
  let node: RunningChainNode | undefined;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "strata-search-limit-"));
    const home = join(root, "node");
    await writeConfig(home, {
      ...DEFAULT_CONFIG,
      rpc: { host: "127.0.0.1", port: 0, maxSearchScan: 0 },
      p2p: { host: "127.0.0.1", port: 0, persistentPeers: [] },
      blockIntervalMs: 100,
      logLevel: "error",
    });
    const key = await generateKeyFile(homePaths(home).validatorKey);
    await generateKeyFile(homePaths(home).nodeKey);
    const genesis = buildL1Genesis({
      chainId: "search-limit-1",
      genesisTime: new Date().toISOString(),
      validators: [{ name: "v", pubKey: Buffer.from(key.pubKey).toString("base64"), power: "1" }],
      accounts: [],
    });
    await writeFile(homePaths(home).genesis, JSON.stringify(genesis));
    node = await startChainNode({ home }, { makeApp: makeL1NodeApp, logger: nullLogger });
    while (node.node.latestHeight() < 1) await new Promise((r) => setTimeout(r, 50));
  });

  after(async () => {
    await node?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("answers -32602 naming the bound and how to narrow the query, never a scan of the chain", async () => {
    const body = await rpc(node!.rpc.url, "tx_search", { query: `tx.hash='${"AB".repeat(32)}'` });
    assert.equal(body.error?.code, -32602, JSON.stringify(body));
    assert.match(body.error!.data, /more than 0 index entries; narrow it with a tx\.height range/);
    // A query that reads nothing is still answered.
    const empty = await rpc(node!.rpc.url, "tx_search", { query: "tx.height>0" });
    assert.equal(empty.result?.total_count, "0");
  });
});
