import assert from "node:assert/strict";
import { createMerkleProof, createMPT } from "@ethereumjs/mpt";
import { MapDB, ValueEncoding } from "@ethereumjs/util";
import { leafValue, sha256 } from "../../../../chain/core/store/hash.js";
import {
  CommitStore,
  type Database,
  emptyRoot,
  openDatabase,
  type StateProof,
  StoreError,
  StoreErrorCode,
  verifyStateProof,
} from "../../../../chain/core/store/index.js";
import { hex, randBytes, rng, s, tempDir, u } from "./helpers.js";

async function rejectsInvalid(p: Promise<unknown>): Promise<void> {
  await assert.rejects(
    p,
    (err: unknown) => err instanceof StoreError && err.code === StoreErrorCode.InvalidProof,
  );
}

const clone = (p: StateProof): StateProof => ({
  ...p,
  root: p.root.slice(),
  key: p.key.slice(),
  value: p.value?.slice(),
  nodes: p.nodes.map((n) => n.slice()),
});

describe("store/proofs (LevelDB)", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let db: Database;
  let store: CommitStore;
  const keys: Uint8Array[] = [];

  before(async () => {
    dir = await tempDir("proofs");
    db = await openDatabase(dir.path);
    store = await CommitStore.open(db);
    const next = rng(21);
    for (let i = 0; i < 600; i++) {
      const k = randBytes(next, 20 + Math.floor(next() * 20));
      keys.push(k);
      store.working().set(k, randBytes(next, Math.floor(next() * 40)));
    }
    store.working().set(u("empty value"), new Uint8Array(0));
    await store.commit(1);
  });

  after(async () => {
    await db.close();
    await dir.remove();
  });

  it("proves present keys, including an empty value", async () => {
    for (const k of [...keys.slice(0, 50), u("empty value")]) {
      const proof = await store.prove(k);
      assert.ok(proof.value !== undefined);
      assert.ok(proof.nodes.length >= 2);
      const v = await verifyStateProof(store.lastRoot, k, proof);
      assert.deepEqual(v, store.committed().get(k));
    }
  });

  it("proves absent keys", async () => {
    const next = rng(22);
    for (let i = 0; i < 50; i++) {
      const k = randBytes(next, 30);
      const proof = await store.prove(k);
      assert.equal(proof.value, undefined);
      assert.equal(await verifyStateProof(store.lastRoot, k, proof), undefined);
    }
  });

  it("proves absence in the empty state", async () => {
    const d = await tempDir("proofs-empty");
    const db2 = await openDatabase(d.path);
    try {
      const empty = await CommitStore.open(db2);
      const proof = await empty.prove(u("x"));
      assert.deepEqual(proof.nodes, []);
      assert.equal(await verifyStateProof(emptyRoot(), u("x"), proof), undefined);
      await rejectsInvalid(verifyStateProof(emptyRoot(), u("x"), { ...proof, value: u("forged") }));
    } finally {
      await db2.close();
      await d.remove();
    }
  });

  it("rejects a tampered value, a forged absence and a forged presence", async () => {
    const k = keys[7]!;
    const proof = await store.prove(k);
    await rejectsInvalid(verifyStateProof(store.lastRoot, k, { ...clone(proof), value: u("forged") }));
    await rejectsInvalid(verifyStateProof(store.lastRoot, k, { ...clone(proof), value: undefined }));
    const absent = u("no such key");
    const absence = await store.prove(absent);
    await rejectsInvalid(verifyStateProof(store.lastRoot, absent, { ...absence, value: u("x") }));
  });

  it("rejects any flipped byte in any node, a dropped node, and reordered nodes", async () => {
    for (const k of [keys[3]!, u("absent key 1")]) {
      const proof = await store.prove(k);
      for (let i = 0; i < proof.nodes.length; i++) {
        const node = proof.nodes[i]!;
        for (const at of [0, Math.floor(node.length / 2), node.length - 1]) {
          const bad = clone(proof);
          bad.nodes[i]![at]! ^= 0x01;
          await rejectsInvalid(verifyStateProof(store.lastRoot, k, bad));
        }
        const dropped = clone(proof);
        dropped.nodes.splice(i, 1);
        await rejectsInvalid(verifyStateProof(store.lastRoot, k, dropped));
      }
      const reordered = clone(proof);
      reordered.nodes.reverse();
      await rejectsInvalid(verifyStateProof(store.lastRoot, k, reordered));
    }
  });

  it("rejects a proof checked against another root or key", async () => {
    const k = keys[9]!;
    const proof = await store.prove(k);
    const otherRoot = store.lastRoot;
    otherRoot[0]! ^= 1;
    await rejectsInvalid(verifyStateProof(otherRoot, k, proof));
    await rejectsInvalid(verifyStateProof(store.lastRoot, keys[10]!, proof));
    // relabelled for another key, the nodes do not prove the claimed value
    await rejectsInvalid(verifyStateProof(store.lastRoot, keys[10]!, { ...clone(proof), key: keys[10]! }));
  });

  it("is a standard MPT proof: same nodes as @ethereumjs/mpt's createMerkleProof, whose proofs verify with ours", async () => {
    const trie = await createMPT({
      db: new MapDB<string, Uint8Array>(),
      useKeyHashing: true,
      useKeyHashingFunction: sha256,
      valueEncoding: ValueEncoding.Bytes,
    });
    for (const [k, v] of store.committed().iterate(new Uint8Array(0))) await trie.put(k, leafValue(v));
    assert.equal(hex(trie.root()), hex(store.lastRoot));
    for (const k of [keys[0]!, keys[1]!, u("absent key 2")]) {
      const ours = await store.prove(k);
      const theirs = await createMerkleProof(trie, k);
      assert.deepEqual(ours.nodes.map(hex), theirs.map(hex));
      const value = store.committed().get(k);
      const v = await verifyStateProof(store.lastRoot, k, { ...ours, nodes: theirs });
      assert.deepEqual(v, value);
    }
  });

  it("proves older heights after the key changed", async () => {
    const k = keys[11]!;
    const before = store.committed().get(k)!;
    store.working().set(k, u("changed"));
    await store.commit(2);
    const old = await store.prove(k, 1);
    assert.deepEqual(await verifyStateProof((await store.rootAt(1))!, k, old), before);
    const now = await store.prove(k);
    assert.equal(s(await verifyStateProof(store.lastRoot, k, now)), "changed");
    await rejectsInvalid(verifyStateProof(store.lastRoot, k, old));
  });
});
