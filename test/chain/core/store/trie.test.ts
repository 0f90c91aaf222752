import assert from "node:assert/strict";
import { createMPT } from "@ethereumjs/mpt";
import { MapDB, ValueEncoding } from "@ethereumjs/util";
import { fromKey } from "../../../../chain/core/store/bytes.js";
import { leafValue, sha256, sha256Key } from "../../../../chain/core/store/hash.js";
import { computeStateRoot, emptyRoot } from "../../../../chain/core/store/index.js";
import { lookupPath } from "../../../../chain/core/store/proof.js";
import { decodeNode, type TrieNode } from "../../../../chain/core/store/trieNode.js";
import {
  type NodeLoader,
  sealTrie,
  type TrieOp,
  updateTrie,
} from "../../../../chain/core/store/trieUpdate.js";
import { hex, randBytes, rng, u } from "./helpers.js";

type Entries = Map<string, [Uint8Array, Uint8Array]>;

function randomEntries(seed: number, n: number): Entries {
  const next = rng(seed);
  const out: Entries = new Map();
  while (out.size < n) {
    const k = randBytes(next, 1 + Math.floor(next() * 40));
    out.set(hex(k), [k, randBytes(next, Math.floor(next() * 48))]);
  }
  return out;
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const next = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Stored nodes by hash; loaded nodes are frozen so any in-place change of a stored node throws. */
class FrozenStore implements NodeLoader {
  readonly encodings = new Map<string, Uint8Array>();
  private readonly cache = new Map<string, TrieNode>();
  load(hash: string): TrieNode {
    let node = this.cache.get(hash);
    if (node === undefined) {
      const enc = this.encodings.get(hash);
      assert.ok(enc, "missing node");
      node = decodeNode(enc, hash);
      if (node.kind === "branch") Object.freeze(node.kids);
      Object.freeze(node);
      this.cache.set(hash, node);
    }
    return node;
  }
  save(created: TrieNode[]): void {
    for (const n of created) this.encodings.set(n.hash!, n.enc!);
  }
}

describe("store/trie (commitment)", () => {
  it("empty state has the empty-trie root sha256(0x80)", () => {
    assert.equal(hex(computeStateRoot([])), hex(sha256(Uint8Array.of(0x80))));
    assert.equal(hex(emptyRoot()), hex(sha256(Uint8Array.of(0x80))));
  });

  it("root depends only on the set of pairs, not on insertion order", () => {
    const entries = [...randomEntries(1, 500).values()];
    const root = hex(computeStateRoot(entries));
    for (const seed of [2, 3, 4]) assert.equal(hex(computeStateRoot(shuffled(entries, seed))), root);
    // a later duplicate wins: overwriting then restoring gives the same root
    assert.equal(hex(computeStateRoot([...entries, [entries[0]![0], u("tmp")], entries[0]!])), root);
  });

  it("root changes on any change: a value byte, an added key, a removed key, empty vs absent", () => {
    const entries = [...randomEntries(5, 200).values()];
    const roots = new Set<string>();
    roots.add(hex(computeStateRoot(entries)));
    const changedValue = entries.map(([k, v], i): [Uint8Array, Uint8Array] => {
      if (i !== 17) return [k, v];
      const w = Uint8Array.from([...v, 0]);
      w[0] = (w[0]! ^ 1) & 0xff;
      return [k, w];
    });
    roots.add(hex(computeStateRoot(changedValue)));
    roots.add(hex(computeStateRoot([...entries, [u("new key"), u("v")]])));
    roots.add(hex(computeStateRoot(entries.slice(1))));
    roots.add(hex(computeStateRoot([...entries, [u("empty"), new Uint8Array(0)]])));
    const renamed = entries.map(([k, v], i): [Uint8Array, Uint8Array] =>
      i === 3 ? [u("renamed"), v] : [k, v],
    );
    roots.add(hex(computeStateRoot(renamed)));
    assert.equal(roots.size, 6);
  });

  it("matches @ethereumjs/mpt (secure trie, SHA-256, leaf = sha256(v) ‖ v) for the same data", async () => {
    for (const [seed, n] of [
      [6, 1],
      [7, 2],
      [8, 17],
      [9, 700],
    ] as const) {
      const entries = randomEntries(seed, n);
      const trie = await createMPT({
        db: new MapDB<string, Uint8Array>(),
        useKeyHashing: true,
        useKeyHashingFunction: sha256,
        valueEncoding: ValueEncoding.Bytes,
      });
      for (const [k, v] of entries.values()) await trie.put(k, leafValue(v));
      assert.equal(hex(computeStateRoot(entries.values())), hex(trie.root()), `n=${n}`);
    }
  });

  for (const [seed, pool, maxKeyLen] of [
    [10, 300, 12],
    [11, 20, 2],
    [12, 3, 1],
    [13, 2000, 3],
  ] as const) {
    it(`batched copy-on-write updates equal a rebuild, older roots intact (seed ${seed}, ${pool} keys)`, () => {
      fuzzBatches(seed, 40, pool, maxKeyLen);
    });
  }

  it("regression: deletes of absent keys that split an extension leave the trie unchanged", () => {
    // keys 0xda and 0x77 hash to 5d… and 50…: root = extension [5] -> branch; 0x91 and 0xaf hash
    // to 7d… and 5a…, one leaving the extension and one reaching below it
    const store = new FrozenStore();
    const op = (k: number, v: Uint8Array | null): TrieOp => ({
      path: sha256Key(Uint8Array.of(k)),
      value: v,
      valueHash: v === null ? "" : sha256Key(v),
    });
    const sorted = (ops: TrieOp[]): TrieOp[] => ops.sort((x, y) => (x.path < y.path ? -1 : 1));
    const created: TrieNode[] = [];
    const root = sealTrie(updateTrie(null, sorted([op(0xda, u("1")), op(0x77, u("1"))]), store), created);
    store.save(created);
    const after = sealTrie(updateTrie(root, sorted([op(0x91, null), op(0xaf, null)]), store), []);
    assert.equal(hex(fromKey(after)), hex(fromKey(root)));
  });
});

/** Applies random batches to one trie, checking each root against a rebuild and old roots at the end. */
function fuzzBatches(seed: number, batches: number, poolSize: number, maxKeyLen: number): void {
  {
    const next = rng(seed);
    const store = new FrozenStore();
    const model = new Map<string, Uint8Array>(); // hex key -> value
    const keyPool = Array.from({ length: poolSize }, () =>
      randBytes(next, 1 + Math.floor(next() * maxKeyLen)),
    );
    let root: string | null = null;
    const history: { root: string; snapshot: Map<string, Uint8Array> }[] = [];
    for (let batch = 0; batch < batches; batch++) {
      const writes = new Map<string, Uint8Array | null>();
      const size = batch % 10 === 9 ? poolSize : 1 + Math.floor(next() * Math.min(60, poolSize));
      for (let i = 0; i < size; i++) {
        const k = keyPool[Math.floor(next() * keyPool.length)]!;
        // every tenth batch deletes nearly everything, to exercise collapses down to empty
        const del = batch % 10 === 9 ? next() < 0.97 : next() < 0.35;
        writes.set(hex(k), del ? null : randBytes(next, Math.floor(next() * 40)));
      }
      const ops: TrieOp[] = [];
      for (const [hk, v] of writes) {
        if (v === null) model.delete(hk);
        else model.set(hk, v);
        ops.push({
          path: sha256Key(Buffer.from(hk, "hex")),
          value: v,
          valueHash: v === null ? "" : sha256Key(v),
        });
      }
      ops.sort((x, y) => (x.path < y.path ? -1 : 1));
      const created: TrieNode[] = [];
      const newRoot = sealTrie(updateTrie(root, ops, store), created);
      store.save(created);
      const expected = hex(computeStateRoot([...model].map(([k, v]) => [Buffer.from(k, "hex"), v] as const)));
      assert.equal(hex(fromKey(newRoot)), expected, `batch ${batch}`);
      root = model.size === 0 ? null : newRoot;
      history.push({ root: newRoot, snapshot: new Map(model) });
    }
    // every older root still resolves every key to its value of that time
    for (const { root: old, snapshot } of history.slice(-12)) {
      for (const k of keyPool.slice(0, 60)) {
        const found = lookupPath(old, k, store);
        const v = snapshot.get(hex(k));
        assert.deepEqual(found.value && [...found.value], v && [...v]);
      }
    }
  }
}
