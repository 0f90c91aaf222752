import assert from "node:assert/strict";
import { decodeBlock } from "../../../../chain/core/block/index.js";
import {
  BatchCode,
  type BatchHeader,
  type ChildValidator,
  childValidatorSet,
} from "../../../../chain/core/rollup/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { ChildChain } from "../../../helpers/childChain.js";
import { any, Parent } from "./parent.js";

const v1 = strata.rollup.v1;
const M = 1_000_000n;

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

function powers(list: readonly ChildValidator[]): bigint[] {
  return list.map((v) => v.power);
}

// [batch-9] with a real 4-validator child: a delegation in block 3 changes validator 0's power in
// block 3's end-block; the child applies it from height 5 (CometBFT's h+2), so header 4 names the
// new set as nextValidatorsHash. The parent learns it with batch 4 and checks the new set's
// signatures from batch 5.
describe("L1 rollup: a child's validator-set change reaches the parent in the [batch-9] order", function () {
  this.timeout(60_000);
  let child: ChildChain;
  let parent: Parent;
  // The header of the last accepted batch, as a batcher tracks it.
  let lastHeader: BatchHeader | undefined;

  const submit = (items: strata.rollup.v1.IBatchItem[]) =>
    any(v1.MsgSubmitBatch, { submitter: parent.addr("submitter"), chainId: child.chainId, items });

  before(async () => {
    child = await ChildChain.start({ chainId: "child-four", validators: 4 });
    await child.produceBlocks(2);
    await child.delegate(0, 30n * M);
    await child.produceBlocks(4); // block 3 carries the delegation; blocks 3..6
    parent = Parent.create(
      ["submitter"],
      [{ chainId: child.chainId, genesis: child.genesisBytes, challengeWindowBlocks: 10, bond: 1_000_000n }],
    );
  });

  after(async () => {
    await child?.stop();
  });

  it("the child applies the change at height 5: header 4 names the new set, header 5 is signed by it", () => {
    const h = (n: number) => decodeBlock(child.blocks[n - 1]!.block).header;
    const oldSet = childValidatorSet(child.registeredValidators());
    assert.deepEqual(powers(child.validatorsAt(4)), [10n, 10n, 10n, 10n]);
    assert.deepEqual(powers(child.validatorsAt(5)), [40n, 10n, 10n, 10n]);
    for (const n of [1, 2, 3]) assert.equal(hex(h(n).nextValidatorsHash), hex(oldSet.hash()));
    assert.equal(hex(h(4).validatorsHash), hex(oldSet.hash()));
    assert.equal(hex(h(4).nextValidatorsHash), hex(childValidatorSet(child.validatorsAt(5)).hash()));
    assert.equal(hex(h(5).validatorsHash), hex(h(4).nextValidatorsHash));
  });

  it("refuses a batch signed by half of the registered power", () => {
    const [item] = child.batchItems(1, 1, {
      prevHeader: undefined,
      held: child.registeredValidators(),
    }).items;
    const half = { ...item!, commit: child.signCommit(1, (i) => i < 2) };
    parent.expectRefused("submitter", [submit([half])], "rollup", BatchCode.invalidCommit, "2/3 or less");
  });

  it("batches 1..3 carry no set; batch 4 must carry the new set, and the parent holds it after", () => {
    const registered = child.registeredValidators();
    const first = child.batchItems(1, 3, { prevHeader: undefined, held: registered });
    assert.ok(first.items.every((i) => !i.nextValidators || i.nextValidators.length === 0));
    parent.deliverOk("submitter", [submit(first.items)]);
    assert.deepEqual(
      parent.rollup(child.chainId).validators.map((v) => BigInt(v.power!)),
      [10n, 10n, 10n, 10n],
    );
    const fourth = child.batchItems(4, 4, { prevHeader: first.lastHeader, held: first.held });
    const [item4] = fourth.items;
    assert.equal(item4!.nextValidators!.length, 4);
    // Without next_validators, or with a set that is not the one the header names: refused.
    parent.expectRefused(
      "submitter",
      [submit([{ ...item4!, nextValidators: [] }])],
      "rollup",
      BatchCode.wrongNextValidators,
      "next_validators are required",
    );
    const wrong = item4!.nextValidators!.map((v, i) => ({ ...v, power: i === 0 ? 39 : v.power }));
    parent.expectRefused(
      "submitter",
      [submit([{ ...item4!, nextValidators: wrong }])],
      "rollup",
      BatchCode.wrongNextValidators,
      "hash to",
    );
    // Batch 4 is still checked against the old set: validators 1..3 (30 of 40) suffice.
    parent.deliverOk("submitter", [submit([{ ...item4!, commit: child.signCommit(4, (i) => i > 0) }])]);
    const held = parent.rollup(child.chainId).validators;
    assert.deepEqual(
      held.map((v) => BigInt(v.power!)),
      [40n, 10n, 10n, 10n],
    );
    assert.equal(hex(held[0]!.pubKey!), hex(child.keys[0]!.pubKey));
    lastHeader = fourth.lastHeader;
  });

  it("from batch 5 the new set signs: validators 1..3 (30 of 70) no longer suffice, 0 and 1 (50 of 70) do", () => {
    const fifth = child.batchItems(5, 5, { prevHeader: lastHeader, held: child.validatorsAt(5) });
    const [item5] = fifth.items;
    assert.ok(!item5!.nextValidators || item5!.nextValidators.length === 0);
    parent.expectRefused(
      "submitter",
      [submit([{ ...item5!, commit: child.signCommit(5, (i) => i > 0) }])],
      "rollup",
      BatchCode.invalidCommit,
      "2/3 or less",
    );
    parent.deliverOk("submitter", [submit([{ ...item5!, commit: child.signCommit(5, (i) => i < 2) }])]);
    // Batch 6 packed with nothing more to learn; the held set stays the new one.
    const sixth = child.batchItems(6, 6, { prevHeader: fifth.lastHeader, held: fifth.held });
    parent.deliverOk("submitter", [submit(sixth.items)]);
    const r = parent.rollup(child.chainId);
    assert.equal(r.lastNumber, 6);
    assert.deepEqual(
      r.validators.map((v) => BigInt(v.power!)),
      [40n, 10n, 10n, 10n],
    );
  });
});
