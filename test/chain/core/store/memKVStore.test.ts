import assert from "node:assert/strict";
import { MemKVStore, StoreError, StoreErrorCode } from "../../../../chain/core/store/index.js";
import { b, keysOf, s, u } from "./helpers.js";

describe("store/MemKVStore", () => {
  it("gets, sets, overwrites and deletes", () => {
    const st = new MemKVStore();
    assert.equal(st.get(u("a")), undefined);
    assert.equal(st.has(u("a")), false);
    st.set(u("a"), u("1"));
    st.set(u("a"), u("2"));
    assert.equal(s(st.get(u("a"))), "2");
    assert.equal(st.has(u("a")), true);
    st.delete(u("a"));
    st.delete(u("never"));
    assert.equal(st.get(u("a")), undefined);
    assert.equal(st.size, 0);
  });

  it("stores a copy of the value and allows empty values", () => {
    const st = new MemKVStore();
    const v = u("xyz");
    st.set(u("k"), v);
    v[0] = 0;
    assert.equal(s(st.get(u("k"))), "xyz");
    st.set(u("empty"), new Uint8Array(0));
    assert.equal(st.has(u("empty")), true);
    assert.equal(st.get(u("empty"))!.length, 0);
  });

  it("rejects empty and non-byte keys and non-byte values with typed errors", () => {
    const st = new MemKVStore();
    const code = (fn: () => unknown): number => {
      try {
        fn();
      } catch (err) {
        assert.ok(err instanceof StoreError);
        assert.equal(err.codespace, "store");
        return err.code;
      }
      return -1;
    };
    assert.equal(
      code(() => st.set(new Uint8Array(0), u("v"))),
      StoreErrorCode.InvalidKey,
    );
    assert.equal(
      code(() => st.get("k" as unknown as Uint8Array)),
      StoreErrorCode.InvalidKey,
    );
    assert.equal(
      code(() => st.set(u("k"), "v" as unknown as Uint8Array)),
      StoreErrorCode.InvalidValue,
    );
  });

  it("iterates in unsigned byte order, forward and reverse, with limit", () => {
    const st = new MemKVStore();
    for (const k of [b(0x80), b(0x01), b(0xff), b(0x01, 0x00), b(0x7f), b(0x00)]) st.set(k, k);
    const all = [...st.iterate(new Uint8Array(0))].map(([k]) => [...k]);
    assert.deepEqual(all, [[0x00], [0x01], [0x01, 0x00], [0x7f], [0x80], [0xff]]);
    const rev = [...st.iterate(new Uint8Array(0), { reverse: true, limit: 2 })].map(([k]) => [...k]);
    assert.deepEqual(rev, [[0xff], [0x80]]);
  });

  it("iterates a prefix with start/end bounds", () => {
    const st = new MemKVStore();
    for (const k of ["a", "b/1", "b/2", "b/3", "b/4", "b0", "c"]) st.set(u(k), u(k));
    assert.deepEqual(keysOf(st.iterate(u("b/"))), ["b/1", "b/2", "b/3", "b/4"]);
    assert.deepEqual(keysOf(st.iterate(u("b/"), { start: u("b/2"), end: u("b/4") })), ["b/2", "b/3"]);
    assert.deepEqual(keysOf(st.iterate(u("b/"), { start: u("b/2"), reverse: true })), ["b/4", "b/3", "b/2"]);
    // bounds outside the prefix are clipped to it
    assert.deepEqual(keysOf(st.iterate(u("b/"), { start: u("a"), end: u("z") })), [
      "b/1",
      "b/2",
      "b/3",
      "b/4",
    ]);
    assert.deepEqual(keysOf(st.iterate(u("b/"), { start: u("b/9") })), []);
  });

  it("iterates a prefix ending in 0xff bytes", () => {
    const st = new MemKVStore();
    for (const k of [b(1, 0xff), b(1, 0xff, 0), b(1, 0xff, 0xff), b(2), b(1, 0xfe)]) st.set(k, k);
    const got = [...st.iterate(b(1, 0xff))].map(([k]) => [...k]);
    assert.deepEqual(got, [
      [1, 0xff],
      [1, 0xff, 0],
      [1, 0xff, 0xff],
    ]);
    const all = [...st.iterate(b(0xff))];
    assert.equal(all.length, 0);
  });

  it("iteration is live: deleting the current key and adding later keys while iterating", () => {
    const st = new MemKVStore();
    for (const k of ["k1", "k2", "k3"]) st.set(u(k), u("v"));
    const seen: string[] = [];
    for (const [k] of st.iterate(u("k"))) {
      seen.push(s(k)!);
      st.delete(k);
      if (s(k) === "k1") st.set(u("k25"), u("v"));
    }
    assert.deepEqual(seen, ["k1", "k2", "k25", "k3"]);
    assert.equal(st.size, 0);
  });
});
