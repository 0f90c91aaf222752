import assert from "node:assert/strict";
import { CacheKVStore, type KVStore, MemKVStore, PrefixStore } from "../../../../chain/core/store/index.js";
import { compareBytes, hex, keysOf, rng, s, u } from "./helpers.js";

/** A KVStore of another implementation (exercises the adapter path of branches). */
class ArrayStore implements KVStore {
  private entries: [Uint8Array, Uint8Array][] = [];
  get(key: Uint8Array): Uint8Array | undefined {
    return this.entries.find(([k]) => compareBytes(k, key) === 0)?.[1];
  }
  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }
  set(key: Uint8Array, value: Uint8Array): void {
    this.delete(key);
    this.entries.push([key.slice(), value.slice()]);
    this.entries.sort((x, y) => compareBytes(x[0], y[0]));
  }
  delete(key: Uint8Array): void {
    this.entries = this.entries.filter(([k]) => compareBytes(k, key) !== 0);
  }
  *iterate(
    prefix: Uint8Array,
    opts: { reverse?: boolean; limit?: number; start?: Uint8Array; end?: Uint8Array } = {},
  ): IterableIterator<[Uint8Array, Uint8Array]> {
    let list = this.entries.filter(
      ([k]) =>
        compareBytes(k.subarray(0, prefix.length), prefix) === 0 &&
        (opts.start === undefined || compareBytes(k, opts.start) >= 0) &&
        (opts.end === undefined || compareBytes(k, opts.end) < 0),
    );
    if (opts.reverse) list = list.reverse();
    yield* list.slice(0, opts.limit ?? list.length);
  }
}

/** Like a gas-metering wrapper: forwards prefix/reverse/limit but ignores start/end; counts reads. */
class BoundsIgnoringStore implements KVStore {
  reads = 0;
  constructor(private readonly inner: KVStore) {}
  get(key: Uint8Array): Uint8Array | undefined {
    return this.inner.get(key);
  }
  has(key: Uint8Array): boolean {
    return this.inner.has(key);
  }
  set(key: Uint8Array, value: Uint8Array): void {
    this.inner.set(key, value);
  }
  delete(key: Uint8Array): void {
    this.inner.delete(key);
  }
  *iterate(
    prefix: Uint8Array,
    opts?: { reverse?: boolean; limit?: number },
  ): IterableIterator<[Uint8Array, Uint8Array]> {
    for (const entry of this.inner.iterate(prefix, { reverse: opts?.reverse, limit: opts?.limit })) {
      this.reads++;
      yield entry;
    }
  }
}

/** Sorted model of a store's content. */
function model(entries: Map<string, Uint8Array>, prefix: Uint8Array, reverse: boolean): string[] {
  const keys = [...entries.keys()]
    .map((k) => Buffer.from(k, "hex"))
    .filter((k) => compareBytes(k.subarray(0, prefix.length), prefix) === 0)
    .sort(compareBytes)
    .map((k) => `${k.toString("hex")}=${hex(entries.get(k.toString("hex"))!)}`);
  return reverse ? keys.reverse() : keys;
}

const dump = (st: KVStore, prefix: Uint8Array, reverse: boolean): string[] =>
  [...st.iterate(prefix, { reverse })].map(([k, v]) => `${hex(k)}=${hex(v)}`);

describe("store/CacheKVStore", () => {
  it("reads through, buffers writes, and flushes them on write()", () => {
    const parent = new MemKVStore();
    parent.set(u("a"), u("1"));
    parent.set(u("b"), u("2"));
    const cache = new CacheKVStore(parent);
    cache.set(u("a"), u("10"));
    cache.delete(u("b"));
    cache.set(u("c"), u("3"));
    assert.equal(s(cache.get(u("a"))), "10");
    assert.equal(cache.has(u("b")), false);
    assert.equal(s(parent.get(u("a"))), "1");
    assert.equal(s(parent.get(u("b"))), "2");
    assert.equal(parent.has(u("c")), false);
    cache.write();
    assert.equal(s(parent.get(u("a"))), "10");
    assert.equal(parent.has(u("b")), false);
    assert.equal(s(parent.get(u("c"))), "3");
    assert.equal(cache.pendingCount, 0);
  });

  it("discard() and dropping a branch leave the parent untouched", () => {
    const parent = new MemKVStore();
    parent.set(u("a"), u("1"));
    const cache = new CacheKVStore(parent);
    cache.set(u("a"), u("2"));
    cache.discard();
    assert.equal(s(cache.get(u("a"))), "1");
    new CacheKVStore(parent).delete(u("a"));
    assert.equal(s(parent.get(u("a"))), "1");
  });

  it("nests: inner write lands in the middle branch only; discarding the middle drops both", () => {
    const root = new MemKVStore();
    root.set(u("x"), u("0"));
    const mid = new CacheKVStore(root);
    const inner = new CacheKVStore(mid);
    inner.set(u("x"), u("2"));
    inner.set(u("y"), u("2"));
    assert.equal(s(mid.get(u("x"))), "0");
    inner.write();
    assert.equal(s(mid.get(u("x"))), "2");
    assert.equal(s(root.get(u("x"))), "0");
    mid.discard();
    assert.equal(s(root.get(u("x"))), "0");
    assert.equal(root.has(u("y")), false);

    const inner2 = new CacheKVStore(mid);
    inner2.delete(u("x"));
    inner2.write();
    mid.write();
    assert.equal(root.has(u("x")), false);
  });

  it("prefix iteration merges pending writes and deletes with the parent", () => {
    const parent = new MemKVStore();
    for (const k of ["p/1", "p/3", "p/5", "q/1"]) parent.set(u(k), u("parent"));
    const cache = new CacheKVStore(parent);
    cache.set(u("p/2"), u("cache"));
    cache.set(u("p/3"), u("cache"));
    cache.delete(u("p/5"));
    cache.set(u("p/6"), u("cache"));
    cache.delete(u("p/9")); // delete of an absent key
    const fwd = [...cache.iterate(u("p/"))].map(([k, v]) => `${s(k)}:${s(v)}`);
    assert.deepEqual(fwd, ["p/1:parent", "p/2:cache", "p/3:cache", "p/6:cache"]);
    assert.deepEqual(keysOf(cache.iterate(u("p/"), { reverse: true })), ["p/6", "p/3", "p/2", "p/1"]);
    assert.deepEqual(keysOf(cache.iterate(u("p/"), { limit: 2, start: u("p/2") })), ["p/2", "p/3"]);
  });

  it("reads and iteration over nested branches match an overlay model (randomized)", () => {
    for (const kind of ["mem", "foreign", "ignores bounds"] as const) {
      const next = rng(kind.length);
      const base: KVStore =
        kind === "mem"
          ? new MemKVStore()
          : kind === "foreign"
            ? new ArrayStore()
            : new BoundsIgnoringStore(new MemKVStore());
      const layers: KVStore[] = [base];
      // model: each layer's own writes (null = delete); the base layer has no deletes
      const overlays: Map<string, Uint8Array | null>[] = [new Map()];
      for (let depth = 0; depth < 3; depth++) {
        layers.push(new CacheKVStore(layers[layers.length - 1]!));
        overlays.push(new Map());
      }
      const view = (level: number): Map<string, Uint8Array> => {
        const out = new Map<string, Uint8Array>();
        for (let l = 0; l <= level; l++) {
          for (const [k, v] of overlays[l]!) {
            if (v === null) out.delete(k);
            else out.set(k, v);
          }
        }
        return out;
      };
      for (let op = 0; op < 800; op++) {
        const level = Math.floor(next() * layers.length);
        const key = Uint8Array.of(Math.floor(next() * 3), Math.floor(next() * 6));
        const r = next();
        if (r < 0.08 && level > 0) {
          // flush a branch into its parent
          (layers[level] as CacheKVStore).write();
          for (const [k, v] of overlays[level]!) {
            if (level - 1 === 0 && v === null) overlays[0]!.delete(k);
            else overlays[level - 1]!.set(k, v);
          }
          overlays[level]!.clear();
        } else if (r < 0.35) {
          layers[level]!.delete(key);
          if (level === 0) overlays[0]!.delete(hex(key));
          else overlays[level]!.set(hex(key), null);
        } else {
          const value = Uint8Array.of(op & 0xff, level);
          layers[level]!.set(key, value);
          overlays[level]!.set(hex(key), value);
        }
        const at = Math.floor(next() * layers.length);
        const expected = view(at);
        const probe = Uint8Array.of(Math.floor(next() * 3), Math.floor(next() * 6));
        assert.deepEqual(layers[at]!.get(probe), expected.get(hex(probe)));
        const prefix = next() < 0.2 ? new Uint8Array(0) : Uint8Array.of(Math.floor(next() * 3));
        const reverse = next() < 0.5;
        assert.deepEqual(
          dump(layers[at]!, prefix, reverse),
          model(expected, prefix, reverse),
          `${kind} op ${op}`,
        );
      }
    }
  });

  it("over a store that ignores start/end (a gas meter): prefixes, bounds and merges stay exact", () => {
    const inner = new MemKVStore();
    for (const mod of ["auth/", "bank/", "staking/"]) {
      for (let i = 0; i < 100; i++) inner.set(u(`${mod}${String(i).padStart(3, "0")}`), u(mod));
    }
    const gas = new BoundsIgnoringStore(inner);
    const bank = new PrefixStore(gas, u("bank/"));
    const keys = keysOf(bank.iterate(new Uint8Array(0)));
    assert.equal(keys.length, 100);
    assert.equal(keys[0], "000");
    assert.ok(gas.reads <= 101, `read ${gas.reads} entries for a 100-key prefix`);
    assert.deepEqual(keysOf(bank.iterate(new Uint8Array(0), { start: u("050"), end: u("053") })), [
      "050",
      "051",
      "052",
    ]);
    assert.deepEqual(keysOf(bank.iterate(u("09"), { reverse: true, limit: 3 })), ["099", "098", "097"]);

    // a branch over the gas store merging its own writes: the foreign cursor is resumed, not rescanned
    const branch = new CacheKVStore(gas);
    for (let i = 0; i < 100; i += 2) branch.set(u(`bank/${String(i).padStart(3, "0")}x`), u("new"));
    branch.delete(u("bank/010"));
    gas.reads = 0;
    const merged = keysOf(new PrefixStore(branch, u("bank/")).iterate(new Uint8Array(0)));
    assert.equal(merged.length, 149);
    assert.ok(!merged.includes("010"));
    assert.ok(gas.reads <= 101, `read ${gas.reads} entries while merging`);

    // nested loops over one prefix store
    const pairs: string[] = [];
    for (const [a] of bank.iterate(u("00"), { limit: 3 })) {
      for (const [b2] of bank.iterate(u("01"), { limit: 2 })) pairs.push(`${s(a)}-${s(b2)}`);
    }
    assert.deepEqual(pairs, ["000-010", "000-011", "001-010", "001-011", "002-010", "002-011"]);
  });

  it("iteration is live over a branch: deleting visited keys and inserting ahead", () => {
    const parent = new MemKVStore();
    for (const k of ["k1", "k3", "k5"]) parent.set(u(k), u("v"));
    const cache = new CacheKVStore(parent);
    cache.set(u("k2"), u("v"));
    const seen: string[] = [];
    for (const [k] of cache.iterate(u("k"))) {
      seen.push(s(k)!);
      cache.delete(k);
      if (s(k) === "k2") cache.set(u("k4"), u("v"));
    }
    assert.deepEqual(seen, ["k1", "k2", "k3", "k4", "k5"]);
    assert.deepEqual(keysOf(cache.iterate(u("k"))), []);
    assert.deepEqual(keysOf(parent.iterate(u("k"))), ["k1", "k3", "k5"]);
  });
});
