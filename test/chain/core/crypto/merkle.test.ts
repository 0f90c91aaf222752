import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { merkleRoot } from "../../../../chain/core/crypto/index.js";

const h = (...parts: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p);
  return new Uint8Array(hash.digest());
};

describe("merkleRoot (RFC 6962)", () => {
  it("hashes the empty list to sha256('')", () => {
    assert.equal(
      Buffer.from(merkleRoot([])).toString("hex"),
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("builds leaves and inner nodes with domain prefixes and splits at the largest power of two", () => {
    const [a, b, c] = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])];
    const la = h(Uint8Array.of(0), a);
    const lb = h(Uint8Array.of(0), b);
    const lc = h(Uint8Array.of(0), c);
    assert.deepEqual(merkleRoot([a]), la);
    assert.deepEqual(merkleRoot([a, b]), h(Uint8Array.of(1), la, lb));
    assert.deepEqual(merkleRoot([a, b, c]), h(Uint8Array.of(1), h(Uint8Array.of(1), la, lb), lc));
  });

  it("matches a golden root", () => {
    const items = Array.from({ length: 5 }, (_, i) => new TextEncoder().encode(`tx-${i}`));
    assert.equal(Buffer.from(merkleRoot(items)).toString("hex"), GOLDEN);
  });
});

// Regression vector: the structure is checked above; this pins the bytes across refactors.
const GOLDEN = "6fe1df8848edee79ac092daa75c74ac8833e80d172790ede8a33b198ff1d718e";
