import assert from "node:assert/strict";
import { KeyIndex } from "../../../../chain/core/store/keyIndex.js";
import { rng } from "./helpers.js";

/** Reference answer of KeyIndex.next over a sorted array. */
function refNext(
  sorted: string[],
  after: string | undefined,
  lo: string,
  hi: string | undefined,
  reverse: boolean,
): string | undefined {
  const inRange = sorted.filter((k) => k >= lo && (hi === undefined || k < hi));
  if (reverse) {
    const c = inRange.filter((k) => after === undefined || k < after);
    return c[c.length - 1];
  }
  return inRange.find((k) => after === undefined || k > after);
}

describe("store/KeyIndex", () => {
  it("keeps keys sorted through inserts and removals across chunk splits", () => {
    const next = rng(1);
    const index = new KeyIndex();
    const ref = new Set<string>();
    for (let i = 0; i < 6000; i++) {
      const k = String.fromCharCode(
        Math.floor(next() * 256),
        Math.floor(next() * 256),
        Math.floor(next() * 4),
      );
      if (next() < 0.3) {
        assert.equal(index.remove(k), ref.delete(k));
      } else {
        index.insert(k);
        ref.add(k);
      }
    }
    assert.equal(index.size, ref.size);
    assert.deepEqual([...index.keys()], [...ref].sort());
  });

  it("answers next() like a linear scan, with and without a remembered position", () => {
    const next = rng(2);
    const keys = new Set<string>();
    for (let i = 0; i < 3000; i++)
      keys.add(String.fromCharCode(Math.floor(next() * 60) + 40, Math.floor(next() * 60) + 40));
    const sorted = [...keys].sort();
    const index = KeyIndex.fromSorted(sorted);
    const pick = (): string =>
      String.fromCharCode(Math.floor(next() * 70) + 35, Math.floor(next() * 70) + 35);
    for (let q = 0; q < 3000; q++) {
      const reverse = next() < 0.5;
      const lo = next() < 0.3 ? "" : pick();
      const hi = next() < 0.3 ? undefined : pick();
      // walk a few steps (memo path), then a random jump (seek path)
      let after: string | undefined = next() < 0.3 ? undefined : pick();
      for (let step = 0; step < 4; step++) {
        const got = index.next(after, lo, hi, reverse);
        assert.equal(
          got,
          refNext(sorted, after, lo, hi, reverse),
          `after=${after} lo=${lo} hi=${hi} rev=${reverse}`,
        );
        if (got === undefined) break;
        after = step === 2 ? pick() : got;
      }
    }
  });

  it("sees inserts made between steps", () => {
    const index = KeyIndex.fromSorted(["a", "c", "e"]);
    assert.equal(index.next(undefined, "", undefined, false), "a");
    index.insert("b");
    assert.equal(index.next("a", "", undefined, false), "b");
    index.remove("c");
    assert.equal(index.next("b", "", undefined, false), "e");
    assert.equal(index.next("e", "", undefined, true), "b");
  });
});
