import assert from "node:assert/strict";
import {
  type BatchCheckContext,
  BatchCode,
  BatchError,
  BatchHeaderSsz,
  batchHeaderRoot,
  buildBatchItem,
  verifyBatch,
  verifyBatchItem,
} from "../../../../chain/core/rollup/index.js";
import { ChildChain, emptyCommitment } from "../../../helpers/childChain.js";

function refused(fn: () => unknown, code: BatchCode, logPart: string): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof BatchError, String(err));
    assert.equal(err.codespace, "rollup");
    assert.equal(err.code, code, err.message);
    assert.ok(err.message.includes(logPart), `${err.message} lacks ${logPart}`);
    return true;
  });
}

// The pure checks, driven directly: the deposit facts are parameters ([batch-10]), so a parent with
// deposits is a context with a count and accumulators.
describe("rollup core: verifyBatchItem with deposit facts, and buildBatchItem", function () {
  this.timeout(60_000);
  const acc1 = new Uint8Array(32).fill(0xa1);
  let child: ChildChain;

  before(async () => {
    // A child that minted deposit 1 at genesis (its commitment says so).
    child = await ChildChain.start({
      chainId: "child-pure",
      genesisCommitment: { ...emptyCommitment(), depositCursor: 1n, depositAccumulator: acc1 },
    });
    await child.produceBlocks(3);
  });

  after(async () => {
    await child?.stop();
  });

  const context = (deposits: BatchCheckContext["deposits"]): BatchCheckContext => ({
    chainId: child.chainId,
    prev: undefined,
    validators: child.registeredValidators(),
    deposits,
  });

  it("accepts a cursor within the parent's deposits with the parent's accumulator, and charges per signature", () => {
    const { items } = child.batchItems(1, 3, { prevHeader: undefined, held: child.registeredValidators() });
    const charged: number[] = [];
    const asked: number[] = [];
    const verified = verifyBatch(
      {
        ...context({
          count: 2,
          accumulatorAt: (n) => {
            asked.push(n);
            return n === 1 ? acc1 : new Uint8Array(32);
          },
        }),
        charge: (s) => charged.push(s),
      },
      items,
    );
    assert.deepEqual(
      verified.map((v) => v.header.number),
      [1n, 2n, 3n],
    );
    assert.deepEqual(charged, [1, 1, 1]);
    assert.deepEqual(asked, [1, 1, 1]);
    assert.equal(verified[2]!.header.depositCursor, 1n);
    assert.deepEqual(
      Buffer.from(verified[1]!.header.prevHeaderRoot),
      Buffer.from(batchHeaderRoot(verified[0]!.header)),
    );
  });

  it("refuses a different accumulator at the cursor, and a cursor beyond the count", () => {
    const [item] = child.batchItems(1, 1, {
      prevHeader: undefined,
      held: child.registeredValidators(),
    }).items;
    refused(
      () => verifyBatchItem(context({ count: 1, accumulatorAt: () => new Uint8Array(32).fill(2) }), item!),
      BatchCode.depositMismatch,
      "accumulator at cursor 1",
    );
    refused(
      () => verifyBatchItem(context({ count: 0, accumulatorAt: () => acc1 }), item!),
      BatchCode.depositMismatch,
      "beyond the 0 deposits",
    );
  });

  it("refuses a cursor or a withdrawal count that goes back", () => {
    const deposits = { count: 5, accumulatorAt: () => acc1 };
    const [first] = verifyBatch(
      context(deposits),
      child.batchItems(1, 1, { prevHeader: undefined, held: child.registeredValidators() }).items,
    );
    for (const [field, code, logPart] of [
      ["depositCursor", BatchCode.depositMismatch, "below the accepted 2"],
      ["withdrawalCount", BatchCode.withdrawalMismatch, "below the accepted 2"],
    ] as const) {
      // As if batch 1 had been accepted with a larger value (same block hash, so 2 extends it).
      const prevHeader = { ...first!.header, [field]: 2n };
      const { items } = child.batchItems(2, 2, { prevHeader, held: child.registeredValidators() });
      refused(
        () =>
          verifyBatchItem(
            { ...context(deposits), prev: { header: prevHeader, root: batchHeaderRoot(prevHeader) } },
            items[0]!,
          ),
        code,
        logPart,
      );
    }
  });

  it("buildBatchItem refuses a proof that does not verify and a missing next set", () => {
    const b = child.blocks[0]!;
    const proof = { ...b.commitmentProof, value: new Uint8Array(80) };
    refused(
      () =>
        buildBatchItem({
          block: b.block,
          commit: b.commit,
          commitmentProof: proof,
          prevHeader: undefined,
          heldValidators: child.registeredValidators(),
        }),
      BatchCode.invalidCommitment,
      "value does not match",
    );
    // Held set other than the one the block names as next: the batcher must give the next set.
    const other = child.registeredValidators().map((v) => ({ ...v, power: v.power + 1n }));
    refused(
      () =>
        buildBatchItem({
          block: b.block,
          commit: b.commit,
          commitmentProof: b.commitmentProof,
          prevHeader: undefined,
          heldValidators: other,
        }),
      BatchCode.wrongNextValidators,
      "nextValidators are required",
    );
    const built = buildBatchItem({
      block: b.block,
      commit: b.commit,
      commitmentProof: b.commitmentProof,
      prevHeader: undefined,
      heldValidators: child.registeredValidators(),
    });
    assert.equal(built.item.nextValidators, undefined);
    assert.deepEqual(Buffer.from(built.item.header!), Buffer.from(BatchHeaderSsz.serialize(built.header)));
  });
});
