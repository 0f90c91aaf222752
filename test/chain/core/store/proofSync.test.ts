import assert from "node:assert/strict";
import {
  CommitStore,
  computeStateRoot,
  type Database,
  emptyRoot,
  openDatabase,
  proveInState,
  type StateProof,
  StoreError,
  StoreErrorCode,
  verifyStateProof,
  verifyStateProofSync,
} from "../../../../chain/core/store/index.js";
import { hex, randBytes, rng, tempDir, u } from "./helpers.js";

// The synchronous verifier must accept and refuse exactly what the async one does.
async function agree(root: Uint8Array, key: Uint8Array, proof: StateProof): Promise<"ok" | "invalid"> {
  const outcome = async (f: () => Promise<Uint8Array | undefined>) => {
    try {
      return { ok: true as const, value: await f() };
    } catch (err) {
      assert.ok(err instanceof StoreError && err.code === StoreErrorCode.InvalidProof, String(err));
      return { ok: false as const };
    }
  };
  const a = await outcome(() => verifyStateProof(root, key, proof));
  const s = await outcome(async () => verifyStateProofSync(root, key, proof));
  assert.equal(s.ok, a.ok, "sync and async verifiers disagree");
  if (a.ok && s.ok) assert.deepEqual(s.value, a.value);
  return a.ok ? "ok" : "invalid";
}

const clone = (p: StateProof): StateProof => ({
  ...p,
  root: p.root.slice(),
  key: p.key.slice(),
  value: p.value?.slice(),
  nodes: p.nodes.map((n) => n.slice()),
});

describe("store/verifyStateProofSync agrees with verifyStateProof", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let db: Database;
  let store: CommitStore;
  const keys: Uint8Array[] = [];

  before(async () => {
    dir = await tempDir("proofs-sync");
    db = await openDatabase(dir.path);
    store = await CommitStore.open(db);
    const next = rng(31);
    for (let i = 0; i < 400; i++) {
      const k = randBytes(next, 20 + Math.floor(next() * 20));
      keys.push(k);
      store.working().set(k, randBytes(next, Math.floor(next() * 60)));
    }
    store.working().set(u("empty value"), new Uint8Array(0));
    await store.commit(1);
  });

  after(async () => {
    await db.close();
    await dir.remove();
  });

  it("accepts presence (including an empty value) and absence, with the same value", async () => {
    for (const k of [...keys.slice(0, 40), u("empty value")]) {
      const proof = await store.prove(k);
      assert.equal(await agree(store.lastRoot, k, proof), "ok");
      assert.deepEqual(verifyStateProofSync(store.lastRoot, k, proof), store.committed().get(k));
    }
    const next = rng(32);
    for (let i = 0; i < 40; i++) {
      const k = randBytes(next, 30);
      const proof = await store.prove(k);
      assert.equal(await agree(store.lastRoot, k, proof), "ok");
      assert.equal(verifyStateProofSync(store.lastRoot, k, proof), undefined);
    }
  });

  it("refuses tampered values, forged presence or absence, flipped bytes, dropped and reordered nodes", async () => {
    for (const k of [keys[3]!, keys[4]!, u("absent key")]) {
      const proof = await store.prove(k);
      assert.equal(await agree(store.lastRoot, k, { ...clone(proof), value: u("forged") }), "invalid");
      if (proof.value !== undefined)
        assert.equal(await agree(store.lastRoot, k, { ...clone(proof), value: undefined }), "invalid");
      for (let i = 0; i < proof.nodes.length; i++) {
        const node = proof.nodes[i]!;
        for (const at of [0, Math.floor(node.length / 2), node.length - 1]) {
          const bad = clone(proof);
          bad.nodes[i]![at]! ^= 0x01;
          assert.equal(await agree(store.lastRoot, k, bad), "invalid");
        }
        const dropped = clone(proof);
        dropped.nodes.splice(i, 1);
        assert.equal(await agree(store.lastRoot, k, dropped), "invalid");
      }
      const reordered = clone(proof);
      reordered.nodes.reverse();
      assert.equal(await agree(store.lastRoot, k, reordered), "invalid");
    }
  });

  it("refuses another root or key, and anything but absence in the empty state", async () => {
    const k = keys[9]!;
    const proof = await store.prove(k);
    const otherRoot = store.lastRoot;
    otherRoot[0]! ^= 1;
    assert.equal(await agree(otherRoot, k, proof), "invalid");
    assert.equal(await agree(store.lastRoot, keys[10]!, proof), "invalid");
    assert.equal(await agree(store.lastRoot, keys[10]!, { ...clone(proof), key: keys[10]! }), "invalid");
    const empty: StateProof = { height: 0, root: emptyRoot(), key: u("x"), value: undefined, nodes: [] };
    assert.equal(await agree(emptyRoot(), u("x"), empty), "ok");
    assert.equal(await agree(emptyRoot(), u("x"), { ...empty, value: u("forged") }), "invalid");
  });

  it("proveInState proves a state never committed on its own, against computeStateRoot", async () => {
    const entries = [...store.committed().iterate(new Uint8Array(0))];
    const root = computeStateRoot(entries);
    assert.equal(hex(root), hex(store.lastRoot));
    for (const k of [keys[0]!, keys[1]!, u("absent key 3")]) {
      const built = proveInState(entries, k);
      const stored = await store.prove(k);
      assert.equal(hex(built.root), hex(root));
      assert.deepEqual(built.nodes.map(hex), stored.nodes.map(hex));
      assert.deepEqual(verifyStateProofSync(root, k, built), stored.value);
    }
  });
});
