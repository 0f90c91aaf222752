import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryAllBalancesRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { BatcherErrorCode } from "../../batcher/errors.js";
import { syncFromL1 } from "../../batcher/sync.js";
import { blockIdOf, decodeBlock } from "../../chain/core/block/index.js";
import { isStrataError } from "../../chain/core/errors/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import {
  ChainNode,
  homePaths,
  readConfig,
  readGenesis,
  startChainNode,
} from "../../chain/core/node/index.js";
import { createL2App } from "../../chain/l2-orchestration/index.js";
import { ChildChain } from "../helpers/childChain.js";
import { copyOfChild, type L1Copy, sourceOf, tamperBlock } from "./l1Copy.js";

const makeApp = (chainId: string) => createL2App(chainId, nullLogger, { minGasPrices: [] }).app;
const BALANCES = "/cosmos.bank.v1beta1.Query/AllBalances";
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
type AbciInfo = { result: { response: { last_block_height: string; last_block_app_hash: string } } };

/** Opens a synced home's store (the same open `strata start` does) for a look. */
async function withHome<T>(home: string, f: (node: ChainNode) => Promise<T>): Promise<T> {
  const { doc, text } = await readGenesis(homePaths(home).genesis);
  const node = await ChainNode.open(
    { home, genesis: doc, genesisText: text, makeApp, mempool: { maxTxs: 1, maxBytes: 1 } },
    { logger: nullLogger, clock: () => 0n },
  );
  try {
    return await f(node);
  } finally {
    await node.stop();
  }
}

describe("strata l2 sync-from-l1: a full node's home from the parent's data (in process)", function () {
  this.timeout(60_000);
  let child: ChildChain;
  let copy: L1Copy;
  let root: string;

  before(async () => {
    child = await ChildChain.start({ chainId: "sync-child-1", validators: 2 });
    await child.produceBlocks(2);
    await child.delegate(1, 25_000_000n);
    await child.produceBlocks(7);
    assert.equal(child.height, 9);
    copy = copyOfChild(child);
    root = await mkdtemp(join(tmpdir(), "strata-sync-test-"));
  });

  after(async () => {
    await child?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("creates a home with the registered genesis bytes, fills it to --to, then resumes to the last batch", async () => {
    const home = join(root, "a");
    const first = await syncFromL1(sourceOf(copy), { home, chainId: copy.chainId, makeApp, to: 5 });
    assert.equal(first.mismatch, null, JSON.stringify(first.mismatch));
    assert.equal(first.created, true);
    assert.equal(first.height, 5);
    assert.equal(first.applied, 5);
    const genesis = await readFile(homePaths(home).genesis);
    assert.ok(
      Buffer.compare(genesis, Buffer.from(copy.genesis)) === 0,
      "genesis.json is the registered bytes",
    );
    assert.equal(first.genesisSha256, createHash("sha256").update(copy.genesis).digest("hex"));
    assert.equal((await readConfig(home)).layer, "l2");

    const applied: number[] = [];
    const second = await syncFromL1(sourceOf(copy), {
      home,
      chainId: copy.chainId,
      makeApp,
      onBlock: (h) => applied.push(h),
    });
    assert.equal(second.mismatch, null, JSON.stringify(second.mismatch));
    assert.equal(second.created, false);
    assert.equal(second.resumedFrom, 5);
    assert.deepEqual(applied, [6, 7, 8, 9]);
    assert.equal(second.height, 9);
    assert.equal(second.verifiedTo, 9);

    // The home holds the child's very blocks, and the same state (a balance through the same query).
    const req = QueryAllBalancesRequest.encode({
      address: child.delegator.address,
      resolveDenom: false,
    }).finish();
    await withHome(home, async (node) => {
      assert.equal(node.chainTip().height, 9);
      for (const h of [1, 5, 9]) {
        const stored = await node.blockWithCommit(h);
        const bytes = child.blocks[h - 1]!.block;
        assert.equal(hex(stored!.block.blockId.hash), hex(blockIdOf(decodeBlock(bytes), bytes).hash));
      }
      const q = await node.abciQuery(BALANCES, req, 0, false);
      assert.equal(q.code, 0, q.log);
      assert.equal(hex(q.value), hex(await child.query(BALANCES, req)));
    });
  });

  it("refuses an unregistered chain id and creates nothing", async () => {
    const home = join(root, "unregistered");
    await assert.rejects(
      syncFromL1(sourceOf(copy), { home, chainId: "not-registered-1", makeApp }),
      (err: unknown) => isStrataError(err) && err.code === BatcherErrorCode.NotRegistered,
    );
    assert.equal(existsSync(home), false);
  });

  it("refuses a home that holds another chain, and leaves it as it was", async () => {
    const home = join(root, "other");
    const doc = JSON.parse(Buffer.from(copy.genesis).toString("utf8"));
    doc.chainId = "another-chain-1";
    const other: L1Copy = {
      ...copy,
      chainId: "another-chain-1",
      genesis: new TextEncoder().encode(JSON.stringify(doc)),
    };
    // the other chain's home: created from its own registration (no batch accepted yet)
    const made = await syncFromL1(
      sourceOf(other, () => 0),
      { home, chainId: other.chainId, makeApp },
    );
    assert.equal(made.ok, true);
    const before = await readFile(homePaths(home).genesis);
    await assert.rejects(
      syncFromL1(sourceOf(copy), { home, chainId: copy.chainId, makeApp }),
      (err: unknown) =>
        isStrataError(err) &&
        err.code === BatcherErrorCode.HomeHoldsOtherChain &&
        /another-chain-1/.test(err.message),
    );
    assert.ok(Buffer.compare(await readFile(homePaths(home).genesis), before) === 0);
  });

  it("stops at the first altered batch (height and field), applies nothing past it, and resumes once the data is right", async () => {
    const home = join(root, "tampered");
    const bad = await syncFromL1(sourceOf(tamperBlock(copy, 4, 100)), {
      home,
      chainId: copy.chainId,
      makeApp,
    });
    assert.equal(bad.ok, false);
    assert.equal(bad.mismatch?.height, 4, JSON.stringify(bad.mismatch));
    assert.ok(bad.mismatch?.field);
    assert.equal(bad.height, 3);
    assert.equal(bad.verifiedTo, 3);
    await withHome(home, async (node) => assert.equal(node.chainTip().height, 3));
    const good = await syncFromL1(sourceOf(copy), { home, chainId: copy.chainId, makeApp });
    assert.equal(good.mismatch, null);
    assert.equal(good.resumedFrom, 3);
    assert.equal(good.height, 9);
  });

  it("a resumed home's heights are checked again: altered data below its height stops the run, nothing applied", async () => {
    const home = join(root, "diverged");
    assert.equal(
      (await syncFromL1(sourceOf(copy), { home, chainId: copy.chainId, makeApp, to: 3 })).height,
      3,
    );
    const report = await syncFromL1(sourceOf(tamperBlock(copy, 2, 100)), {
      home,
      chainId: copy.chainId,
      makeApp,
    });
    assert.equal(report.ok, false);
    assert.equal(report.mismatch?.height, 2);
    assert.equal(report.applied, 0);
    assert.equal(report.height, 3);
  });

  it("--follow applies new batches as the parent accepts them, until stopped", async () => {
    const home = join(root, "follow");
    let visible = 4;
    const abort = new AbortController();
    const applied: number[] = [];
    const report = await syncFromL1(
      sourceOf(copy, () => visible),
      {
        home,
        chainId: copy.chainId,
        makeApp,
        follow: { pollMs: 5, signal: abort.signal },
        onBlock: (h) => {
          applied.push(h);
          // the parent accepts more batches only after the follower caught up with the last ones
          if (h === 4) visible = 7;
          if (h === 7) visible = 9;
          if (h === 9) abort.abort();
        },
      },
    );
    assert.equal(report.mismatch, null, JSON.stringify(report.mismatch));
    assert.deepEqual(applied, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(report.height, 9);
    assert.equal(report.lastNumber, 9);
  });

  it("--follow with a serving node: caught up, the home runs as a node (RPC) and new batches go through its driver", async () => {
    const home = join(root, "serve");
    let visible = 4;
    const abort = new AbortController();
    const applied: number[] = [];
    const decided: number[] = [];
    let rpcUrl = "";
    let served: { height: number; appHash: string } | undefined;
    const report = await syncFromL1(
      sourceOf(copy, () => visible),
      {
        home,
        chainId: copy.chainId,
        makeApp,
        follow: {
          pollMs: 5,
          signal: abort.signal,
          serve: async (dir) => {
            const running = await startChainNode(
              { home: dir, rpcPort: 0, p2pPort: 0 },
              { makeApp: (chainId) => makeApp(chainId), logger: nullLogger },
            );
            rpcUrl = running.rpc.url;
            return {
              node: running.node,
              applyDecided: async (block, commit) => {
                decided.push(block.header.height);
                return running.applyDecided(block, commit);
              },
              stop: () => running.stop(),
            };
          },
        },
        onBlock: (h) => {
          applied.push(h);
          if (h === 4) visible = 9;
          if (h === 9)
            void fetch(`${rpcUrl}/abci_info`)
              .then((r) => r.json() as Promise<AbciInfo>)
              .then(
                (b: { result: { response: { last_block_height: string; last_block_app_hash: string } } }) => {
                  served = {
                    height: Number(b.result.response.last_block_height),
                    appHash: Buffer.from(b.result.response.last_block_app_hash, "base64").toString("hex"),
                  };
                },
              )
              .finally(() => abort.abort());
        },
      },
    );
    assert.equal(report.mismatch, null, JSON.stringify(report.mismatch));
    assert.deepEqual(applied, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(decided, [5, 6, 7, 8, 9]);
    assert.equal(served?.height, 9);
    assert.equal(served?.appHash, report.stateRoot);
    assert.equal(existsSync(join(home, "node.pid")), false, "the home is released");
  });
});
