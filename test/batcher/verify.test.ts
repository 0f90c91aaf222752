import assert from "node:assert/strict";
import { batchItemsInBlock, verifyFromL1 } from "../../batcher/verify.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { decodeBatchHeader } from "../../chain/core/rollup/index.js";
import { createL2App } from "../../chain/l2-orchestration/index.js";
import { ChildChain } from "../helpers/childChain.js";
import { copyOfChild, type L1Copy, sourceOf, tamperBlock } from "./l1Copy.js";

const makeApp = (chainId: string) => createL2App(chainId, nullLogger, { minGasPrices: [] }).app;

describe("strata l2 verify: rebuild a child chain from the parent's data (in process)", function () {
  this.timeout(60_000);
  let child: ChildChain;
  let copy: L1Copy;

  before(async () => {
    child = await ChildChain.start({ chainId: "verify-child-1", validators: 2 });
    await child.produceBlocks(2);
    // A staking tx: executed in block 3, the set changes from height 5 ([batch-9] on the way).
    await child.delegate(1, 25_000_000n);
    await child.produceBlocks(7);
    assert.equal(child.height, 9);
    // Batches 1..6 at parent height 20, 7..9 at 21 next to a refused tampered copy of batch 7 (its
    // data was never accepted: the rebuild must skip it).
    copy = copyOfChild(child);
    const parent = sourceOf(copy);
    const items = await Promise.all(
      [20, 21].map(async (h) => batchItemsInBlock(await parent.blockTxs(h), copy.chainId)),
    );
    assert.ok(
      items.some((m) => [...m.values()].some((it) => (it.nextValidators ?? []).length > 0)),
      "a batch carries the new validator set",
    );
  });

  after(async () => {
    await child?.stop();
  });

  it("rebuilds every block and matches every root, through a validator-set change", async () => {
    const seen: number[] = [];
    const report = await verifyFromL1(sourceOf(copy), {
      chainId: child.chainId,
      makeApp,
      onBlock: (h) => seen.push(h),
    });
    assert.equal(report.mismatch, null, JSON.stringify(report.mismatch));
    assert.equal(report.ok, true);
    assert.equal(report.verifiedTo, 9);
    assert.deepEqual(seen, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(report.txs, 1);
    // The root after 8 was checked against batch 9; --to 8 checks it against batch 9 explicitly.
    const to8 = await verifyFromL1(sourceOf(copy), { chainId: child.chainId, makeApp, to: 8 });
    assert.equal(to8.ok, true);
    assert.equal(
      to8.stateRoot,
      Buffer.from(decodeBatchHeader(copy.records[8]!.header).stateRoot).toString("hex"),
    );
  });

  it("fails naming the height when one byte of a posted batch is altered", async () => {
    for (const [height, offset] of [
      [4, 100],
      [8, 40],
    ] as const) {
      // Alter one byte of block `height`'s data inside the accepted parent tx.
      const tampered = tamperBlock(copy, height, offset);
      const report = await verifyFromL1(sourceOf(tampered), { chainId: copy.chainId, makeApp });
      assert.equal(report.ok, false);
      assert.ok(report.mismatch, "a mismatch is reported");
      assert.equal(report.mismatch.height, height, JSON.stringify(report.mismatch));
      assert.equal(report.verifiedTo, height - 1);
      assert.match(report.mismatch.message, new RegExp(`height ${height}`));
    }
  });

  it("fails naming the height when a batch's data is missing from the parent's txs", async () => {
    const missing: L1Copy = { ...copy, blocks: new Map(copy.blocks) };
    missing.blocks.set(
      21,
      copy.blocks.get(21)!.filter((t) => t.code !== 0),
    );
    missing.blocks.set(21, []);
    const report = await verifyFromL1(sourceOf(missing), { chainId: copy.chainId, makeApp });
    assert.equal(report.ok, false);
    assert.equal(report.mismatch?.height, 7);
    assert.equal(report.mismatch?.field, "data");
  });

  it("fails at height 0 when the registered genesis is not the chain's", async () => {
    const doc = JSON.parse(Buffer.from(copy.genesis).toString("utf8"));
    doc.appState.bank.balances[0].coins[0].amount = String(
      BigInt(doc.appState.bank.balances[0].coins[0].amount) + 1n,
    );
    // the supply follows the balance, so the genesis itself stays valid
    const supply = doc.appState.bank.supply?.find((c: { denom: string }) => c.denom === "ustra");
    if (supply) supply.amount = String(BigInt(supply.amount) + 1n);
    const other: L1Copy = { ...copy, genesis: new TextEncoder().encode(JSON.stringify(doc)) };
    const report = await verifyFromL1(sourceOf(other), { chainId: copy.chainId, makeApp });
    assert.equal(report.ok, false);
    assert.equal(report.mismatch?.height, 0, JSON.stringify(report.mismatch));
    assert.equal(report.mismatch?.field, "stateRoot");
  });
});
