import assert from "node:assert/strict";
import { Mempool } from "../../../../chain/core/mempool/index.js";

const tx = (n: number, size = 10) => ({ bytes: new Uint8Array(size).fill(n), hashHex: `h${n}` });

describe("Mempool", () => {
  it("keeps arrival order and reaps within count and byte limits", () => {
    const pool = new Mempool({ maxTxs: 10, maxBytes: 1000 });
    for (let i = 0; i < 5; i++) pool.add(tx(i));
    assert.deepEqual(
      pool.reap(3, 1000).map((b) => b[0]),
      [0, 1, 2],
    );
    assert.deepEqual(
      pool.reap(10, 25).map((b) => b[0]),
      [0, 1],
    );
    pool.remove(["h0", "h2"]);
    assert.deepEqual(
      pool.list().map((t) => t.hashHex),
      ["h1", "h3", "h4"],
    );
    assert.equal(pool.totalBytes, 30);
  });

  it("rejects duplicates (code 19) and a full pool (code 20)", () => {
    const pool = new Mempool({ maxTxs: 2, maxBytes: 15 });
    pool.add(tx(1));
    assert.throws(
      () => pool.assertRoom("h1", 10),
      (e: { code: number }) => e.code === 19,
    );
    assert.throws(
      () => pool.assertRoom("h2", 10),
      (e: { code: number }) => e.code === 20,
    );
    pool.assertRoom("h2", 5);
  });
});
