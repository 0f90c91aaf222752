import assert from "node:assert/strict";
import { Batcher } from "../../batcher/batcher.js";
import type { ChildChain as ChildSource } from "../../batcher/childChain.js";
import { type ParentChain, submitBatchBytes } from "../../batcher/parentChain.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { type AcceptedBatch, type ChildValidator, verifyBatch } from "../../chain/core/rollup/index.js";
import type { strata } from "../../proto/gen/strata.js";
import { ChildChain } from "../helpers/childChain.js";

/**
 * A parent that accepts batches with the parent's own rules (`verifyBatch`, the code L1's rollup
 * module runs) and can be made to fail, for the batcher's packing and resume logic in process.
 */
class RuleParent implements ParentChain {
  accepted: AcceptedBatch[] = [];
  validators: ChildValidator[];
  txs: { from: number; to: number; bytes: number }[] = [];
  failNext = 0;
  constructor(
    readonly chainId: string,
    registered: ChildValidator[],
    readonly maxItems: number,
  ) {
    this.validators = registered;
  }
  async rollup(chainId: string) {
    if (chainId !== this.chainId) return null;
    return { lastNumber: this.accepted.length, validators: this.validators, depositCount: 0 };
  }
  async batchHeader(_chainId: string, n: number) {
    return this.accepted[n - 1]?.header ?? null;
  }
  async maxItemsPerBatch() {
    return this.maxItems;
  }
  async submitBatch(chainId: string, items: strata.rollup.v1.IBatchItem[]) {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error("parent unreachable");
    }
    assert.ok(items.length <= this.maxItems);
    const verified = verifyBatch(
      {
        chainId,
        prev: this.accepted.at(-1),
        validators: this.validators,
        deposits: { count: 0, accumulatorAt: () => new Uint8Array(32) },
      },
      items,
    );
    for (const v of verified) this.accepted.push({ header: v.header, root: v.headerRoot });
    this.validators = verified.at(-1)!.nextValidators;
    const bytes = submitBatchBytes("s", chainId, items);
    this.txs.push({
      from: Number(verified[0]!.header.number),
      to: Number(verified.at(-1)!.header.number),
      bytes,
    });
    return { height: this.txs.length, txhash: "", gasUsed: 0n, msgBytes: bytes };
  }
  async deposits() {
    return [];
  }
}

function sourceOf(child: ChildChain): ChildSource {
  return {
    chainId: async () => child.chainId,
    latestHeight: async () => child.height,
    block: async (h) => {
      const b = child.blocks[h - 1];
      if (!b) throw new Error(`no block ${h}`);
      return { height: h, block: b.block, commit: b.commit, commitmentProof: b.commitmentProof };
    },
    validators: async (h) => child.validatorsAt(h),
  };
}

describe("batcher: packing, back-off resume, validator-set changes (in process)", function () {
  this.timeout(60_000);
  let child: ChildChain;

  before(async () => {
    child = await ChildChain.start({ chainId: "batcher-child-1", validators: 2 });
    await child.produceBlocks(2);
    await child.delegate(0, 30_000_000n);
    await child.produceBlocks(10);
  });

  after(async () => {
    await child?.stop();
  });

  it("posts every block in order, packing up to the parent's max items per tx", async () => {
    const parent = new RuleParent(child.chainId, child.registeredValidators(), 5);
    const b = new Batcher(
      { chainId: child.chainId, submitter: "s" },
      { child: sourceOf(child), parent, logger: nullLogger },
    );
    let posted = 0;
    for (;;) {
      const n = await b.postOnce();
      if (n === 0) break;
      posted += n;
    }
    assert.equal(posted, 12);
    assert.deepEqual(
      parent.txs.map((t) => [t.from, t.to]),
      [
        [1, 5],
        [6, 10],
        [11, 12],
      ],
    );
    assert.equal(b.stats().postedHeight, 12);
    // Caught up: nothing more until the child grows.
    assert.equal(await b.postOnce(), 0);
  });

  it("packs by bytes: as many blocks as fit the bound, every tx within it", async () => {
    const parent = new RuleParent(child.chainId, child.registeredValidators(), 200);
    const sizes = child.blocks.map((b) => b.block.length + b.commit.length);
    const bound = submitBatchBytes("s", child.chainId, []) + 3 * Math.max(...sizes) + 3000;
    const b = new Batcher(
      { chainId: child.chainId, submitter: "s", maxBatchBytes: bound },
      { child: sourceOf(child), parent, logger: nullLogger },
    );
    while ((await b.postOnce()) > 0);
    assert.equal(parent.accepted.length, 12);
    assert.ok(parent.txs.length >= 3 && parent.txs.length < 12, `${parent.txs.length} txs`);
    assert.ok(
      parent.txs.some((t) => t.to > t.from),
      "several blocks per tx",
    );
    for (const t of parent.txs) assert.ok(t.bytes <= bound, `${t.bytes} > ${bound}`);
  });

  it("keeps each tx under the byte bound (one block always goes)", async () => {
    const parent = new RuleParent(child.chainId, child.registeredValidators(), 200);
    const one = submitBatchBytes("s", child.chainId, []) + 1;
    const b = new Batcher(
      { chainId: child.chainId, submitter: "s", maxBatchBytes: one },
      { child: sourceOf(child), parent, logger: nullLogger },
    );
    while ((await b.postOnce()) > 0);
    assert.equal(parent.txs.length, 12);
    assert.ok(parent.txs.every((t) => t.from === t.to));
  });

  it("after failures, resumes from the parent's last_number with no gap and no duplicate", async () => {
    const parent = new RuleParent(child.chainId, child.registeredValidators(), 3);
    const b = new Batcher(
      { chainId: child.chainId, submitter: "s", backoffMs: 1, maxBackoffMs: 4, pollMs: 5 },
      { child: sourceOf(child), parent, logger: nullLogger },
    );
    // Batches 1..3 land, then the parent fails twice, then a second batcher (another process
    // resuming from the same parent) posts 4..6 behind this one's back.
    await b.postOnce();
    parent.failNext = 2;
    b.start();
    const other = new Batcher(
      { chainId: child.chainId, submitter: "s" },
      { child: sourceOf(child), parent, logger: nullLogger },
    );
    while (parent.failNext > 0) await new Promise((r) => setTimeout(r, 2));
    await other.postOnce().catch(() => 0);
    while (parent.accepted.length < 12) await new Promise((r) => setTimeout(r, 5));
    await b.stop();
    assert.ok(b.stats().failures >= 2);
    const numbers = parent.accepted.map((a) => Number(a.header.number));
    assert.deepEqual(
      numbers,
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    // The validator set changed on the way and the parent followed it.
    assert.notDeepEqual(
      parent.validators.map((v) => v.power),
      child.registeredValidators().map((v) => v.power),
    );
  });
});
