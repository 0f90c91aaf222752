import assert from "node:assert/strict";
import { CacheKVStore, MemKVStore, PrefixStore } from "../../../../chain/core/store/index.js";
import { b, keysOf, s, u } from "./helpers.js";

describe("store/PrefixStore", () => {
  it("maps its keys under the prefix and cannot see outside it", () => {
    const parent = new MemKVStore();
    parent.set(u("other"), u("x"));
    parent.set(u("bank/"), u("bare prefix key"));
    const bank = new PrefixStore(parent, u("bank/"));
    const bank2 = new PrefixStore(parent, u("bank2/"));
    bank.set(u("alice"), u("10"));
    bank2.set(u("alice"), u("99"));
    assert.equal(s(parent.get(u("bank/alice"))), "10");
    assert.equal(s(bank.get(u("alice"))), "10");
    assert.equal(s(bank2.get(u("alice"))), "99");
    assert.equal(bank.get(u("other")), undefined);
    // the prefix itself is the empty key of the namespace, which keys cannot address
    assert.deepEqual(keysOf(bank.iterate(new Uint8Array(0))), ["", "alice"]);
    bank.delete(u("alice"));
    assert.equal(parent.has(u("bank/alice")), false);
    assert.equal(s(parent.get(u("bank2/alice"))), "99");
  });

  it("iterates its own keys only, in order, with prefix, bounds and reverse", () => {
    const parent = new MemKVStore();
    for (const k of ["m/a1", "m/a2", "m/b1", "m0", "n/a1", "l/z"]) parent.set(u(k), u(k));
    const m = new PrefixStore(parent, u("m/"));
    assert.deepEqual(keysOf(m.iterate(new Uint8Array(0))), ["a1", "a2", "b1"]);
    assert.deepEqual(keysOf(m.iterate(u("a"), { reverse: true })), ["a2", "a1"]);
    assert.deepEqual(keysOf(m.iterate(new Uint8Array(0), { start: u("a2"), end: u("b1") })), ["a2"]);
  });

  it("works over a branch and inside another prefix store, with 0xff prefixes", () => {
    const root = new MemKVStore();
    const branch = new CacheKVStore(root);
    const outer = new PrefixStore(branch, b(0xff));
    const inner = new PrefixStore(outer, b(0xff, 0x01));
    inner.set(u("k"), u("v"));
    outer.set(u("z"), u("w"));
    assert.deepEqual([...root.iterate(new Uint8Array(0))], []);
    assert.deepEqual(keysOf(inner.iterate(new Uint8Array(0))), ["k"]);
    assert.equal([...outer.iterate(new Uint8Array(0))].length, 2);
    branch.write();
    assert.equal(s(root.get(Uint8Array.of(0xff, 0xff, 0x01, ...u("k")))), "v");
    assert.equal(s(root.get(Uint8Array.of(0xff, ...u("z")))), "w");
  });
});
