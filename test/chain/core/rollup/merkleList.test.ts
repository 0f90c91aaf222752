import assert from "node:assert/strict";
import { ListCompositeType } from "@chainsafe/ssz";
import { sha256 } from "../../../../chain/core/crypto/index.js";
import {
  appendLeaf,
  buildProof,
  emptyTree,
  root,
  treeOf,
  verifyProof,
  ZERO_HASHES,
} from "../../../../chain/core/rollup/merkleList.js";
import { type Withdrawal, WithdrawalSsz } from "../../../../chain/core/rollup/types.js";
import { withdrawalLeaf } from "../../../../chain/core/rollup/withdrawals.js";

const ListSsz = new ListCompositeType(WithdrawalSsz, 2 ** 32);

function withdrawal(i: number): Withdrawal {
  const tag = sha256(new TextEncoder().encode(`w:${i}`));
  return {
    index: BigInt(i),
    sender: tag.subarray(0, 20),
    recipient: tag.subarray(12, 32),
    denom: new TextEncoder().encode("ustra"),
    amount: BigInt(1 + i * 997),
    childHeight: BigInt(10 + i),
  };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("rollup withdrawal list (incremental Merkle tree)", () => {
  const all = Array.from({ length: 300 }, (_, i) => withdrawal(i));
  const leaves = all.map(withdrawalLeaf);

  for (const n of [0, 1, 2, 3, 5, 17, 64, 65, 300]) {
    it(`root of ${n} withdrawals equals the SSZ hashTreeRoot of List[Withdrawal, 2^32]`, () => {
      const expected = ListSsz.hashTreeRoot(all.slice(0, n));
      assert.equal(hex(root(treeOf(leaves, n))), hex(expected));
    });
  }

  it("appending one leaf at a time matches the SSZ root after every append and writes one branch node", () => {
    const tree = emptyTree();
    for (let n = 1; n <= 40; n++) {
      const before = tree.branch.map(hex);
      const level = appendLeaf(tree, leaves[n - 1]!);
      const changed = tree.branch.map(hex).flatMap((h, i) => (h === before[i] ? [] : [i]));
      assert.ok(changed.length <= 1 && (changed.length === 0 || changed[0] === level));
      // The level written is the count's lowest set bit.
      assert.equal(level, Math.log2(n & -n));
      assert.equal(hex(root(tree)), hex(ListSsz.hashTreeRoot(all.slice(0, n))), `after ${n}`);
    }
  });

  it("the empty list's root is the zero subtree of depth 32 mixed with length 0", () => {
    const mixed = sha256(Uint8Array.from([...ZERO_HASHES[32]!, ...new Uint8Array(32)]));
    assert.equal(hex(root(emptyTree())), hex(mixed));
  });

  it("proofs of every index verify against the root of every prefix length", () => {
    for (const count of [1, 2, 3, 5, 17, 300]) {
      const r = root(treeOf(leaves, count));
      for (const index of count > 20 ? [0, 1, 127, 128, 255, 256, count - 1] : [...Array(count).keys()]) {
        const proof = buildProof(leaves, index, count);
        assert.equal(proof.length, 32);
        assert.ok(verifyProof(leaves[index]!, index, count, proof, r), `index ${index} of ${count}`);
      }
    }
  });

  it("tampered proofs fail: another leaf, a changed amount, a wrong index, a wrong count, a changed sibling, a short proof", () => {
    const count = 17;
    const r = root(treeOf(leaves, count));
    const proof = buildProof(leaves, 6, count);
    assert.ok(verifyProof(leaves[6]!, 6, count, proof, r));
    assert.equal(verifyProof(leaves[7]!, 6, count, proof, r), false);
    const tampered = { ...all[6]!, amount: all[6]!.amount + 1n };
    assert.equal(verifyProof(withdrawalLeaf(tampered), 6, count, proof, r), false);
    assert.equal(verifyProof(leaves[6]!, 7, count, proof, r), false);
    assert.equal(verifyProof(leaves[6]!, 6, count + 1, proof, r), false);
    assert.equal(verifyProof(leaves[6]!, 6, count - 1, proof, r), false);
    const bent = proof.map((p) => p.slice());
    bent[3]![0]! ^= 1;
    assert.equal(verifyProof(leaves[6]!, 6, count, bent, r), false);
    assert.equal(verifyProof(leaves[6]!, 6, count, proof.slice(0, 31), r), false);
    assert.equal(verifyProof(leaves[6]!, 17, count, proof, r), false, "index beyond count");
    // A proof against an older root (the list of 16) does not verify against the root of 17.
    const old = root(treeOf(leaves, 16));
    assert.equal(verifyProof(leaves[6]!, 6, 16, buildProof(leaves, 6, 16), r), false);
    assert.ok(verifyProof(leaves[6]!, 6, 16, buildProof(leaves, 6, 16), old));
  });

  it("verifies indices beyond 2^31 (no 32-bit bit operations): a proof folded by hand for index 2^32 − 2 of 2^32 − 1", () => {
    const count = 2 ** 32 - 1;
    const index = 2 ** 32 - 2;
    const leaf = leaves[0]!;
    const proof = Array.from({ length: 32 }, (_, h) => sha256(Uint8Array.of(h)));
    // Fold with BigInt bits: index 2^32 − 2 is a left child at level 0 and a right child above.
    let node = leaf;
    for (let h = 0; h < 32; h++) {
      const right = ((BigInt(index) >> BigInt(h)) & 1n) === 1n;
      node = sha256(Uint8Array.from(right ? [...proof[h]!, ...node] : [...node, ...proof[h]!]));
    }
    const length = new Uint8Array(32);
    new DataView(length.buffer).setUint32(0, count, true);
    const r = sha256(Uint8Array.from([...node, ...length]));
    assert.ok(verifyProof(leaf, index, count, proof, r));
    assert.equal(verifyProof(leaf, index - 1, count, proof, r), false);
    assert.equal(verifyProof(leaf, index, count + 1, proof, r), false, "beyond the tree's capacity");
  });

  it("refuses proofs outside the list", () => {
    assert.throws(() => buildProof(leaves, 5, 5), RangeError);
    assert.throws(() => buildProof(leaves, 0, 301), RangeError);
    assert.throws(() => appendLeaf(emptyTree(), new Uint8Array(31)), RangeError);
  });
});
