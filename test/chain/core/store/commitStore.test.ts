import assert from "node:assert/strict";
import { Bucket } from "../../../../chain/core/db/index.js";
import {
  CacheKVStore,
  CommitStore,
  computeStateRoot,
  type Database,
  emptyRoot,
  openDatabase,
  StoreError,
  StoreErrorCode,
} from "../../../../chain/core/store/index.js";
import { hex, keysOf, randBytes, rng, s, tempDir, u } from "./helpers.js";

/** Rejection with a StoreError of `code`. */
async function rejectsWith(p: Promise<unknown>, code: StoreErrorCode): Promise<void> {
  await assert.rejects(p, (err: unknown) => err instanceof StoreError && err.code === code);
}

function throwsWith(fn: () => unknown, code: StoreErrorCode): void {
  assert.throws(fn, (err: unknown) => err instanceof StoreError && err.code === code);
}

const blockKey = (height: number): Uint8Array => Uint8Array.of(Bucket.block, 0, 0, 0, 0, 0, 0, 0, height);

describe("store/CommitStore (LevelDB)", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let db: Database;

  beforeEach(async () => {
    dir = await tempDir("commit-store");
    db = await openDatabase(dir.path);
  });

  afterEach(async () => {
    await db.close();
    await dir.remove();
  });

  const reopen = async (): Promise<CommitStore> => {
    await db.close();
    db = await openDatabase(dir.path);
    return CommitStore.open(db, { verify: true });
  };

  it("starts empty at height 0 with the empty-state root", async () => {
    const store = await CommitStore.open(db);
    assert.equal(store.lastHeight, 0);
    assert.equal(hex(store.lastRoot), hex(emptyRoot()));
    assert.equal(store.lastRoot.length, 32);
    assert.equal(await store.rootAt(0), undefined);
    assert.equal(await store.rootAt(1), undefined);
  });

  it("commits pending writes; the root equals a rebuild of the state", async () => {
    const store = await CommitStore.open(db);
    const w = store.working();
    w.set(u("a"), u("1"));
    w.set(u("b"), u("2"));
    w.set(u("c"), new Uint8Array(0));
    assert.equal(s(store.committed().get(u("a"))), undefined, "pending writes are not committed state");
    const root = await store.commit(1);
    assert.equal(store.lastHeight, 1);
    assert.equal(hex(root), hex(store.lastRoot));
    const expected = computeStateRoot([
      [u("a"), u("1")],
      [u("b"), u("2")],
      [u("c"), new Uint8Array(0)],
    ]);
    assert.equal(hex(root), hex(expected));
    assert.equal(s(store.committed().get(u("a"))), "1");
    assert.equal(s(w.get(u("a"))), "1");
  });

  it("reopens at the same height, root and state", async () => {
    let store = await CommitStore.open(db);
    const next = rng(3);
    const model = new Map<string, Uint8Array>();
    for (let h = 1; h <= 5; h++) {
      const w = store.working();
      for (let i = 0; i < 200; i++) {
        const k = randBytes(next, 1 + Math.floor(next() * 3));
        if (next() < 0.2) {
          w.delete(k);
          model.delete(hex(k));
        } else {
          const v = randBytes(next, Math.floor(next() * 10));
          w.set(k, v);
          model.set(hex(k), v);
        }
      }
      await store.commit(h);
    }
    const root = hex(store.lastRoot);
    store = await reopen();
    assert.equal(store.lastHeight, 5);
    assert.equal(hex(store.lastRoot), root);
    const state = [...store.committed().iterate(new Uint8Array(0))];
    assert.equal(state.length, model.size);
    for (const [k, v] of state) assert.deepEqual(v, model.get(hex(k)));
    // and it keeps committing
    store.working().set(u("after reopen"), u("x"));
    await store.commit(6);
    assert.equal(store.lastHeight, 6);
    assert.equal(hex((await store.rootAt(5))!), root);
  });

  it("rootAt and prove serve older heights, with the values of that height", async () => {
    const store = await CommitStore.open(db);
    const roots: string[] = [];
    for (let h = 1; h <= 4; h++) {
      store.working().set(u("counter"), u(`v${h}`));
      if (h === 3) store.working().delete(u("gone"));
      else store.working().set(u("gone"), u(`g${h}`));
      roots.push(hex(await store.commit(h)));
    }
    for (let h = 1; h <= 4; h++) assert.equal(hex((await store.rootAt(h))!), roots[h - 1]);
    assert.equal(await store.rootAt(5), undefined);
    const p2 = await store.prove(u("counter"), 2);
    assert.equal(p2.height, 2);
    assert.equal(s(p2.value), "v2");
    assert.equal(hex(p2.root), roots[1]);
    assert.equal((await store.prove(u("gone"), 3)).value, undefined);
    assert.equal(s((await store.prove(u("gone"), 2)).value), "g2");
    const reopened = await reopen();
    assert.equal(s((await reopened.prove(u("counter"), 1)).value), "v1");
    await rejectsWith(reopened.prove(u("counter"), 9), StoreErrorCode.HeightNotFound);
  });

  it("writes extra ops in the same batch, and rejects ops on state buckets", async () => {
    const store = await CommitStore.open(db);
    store.working().set(u("k"), u("v"));
    await store.commit(1, [
      { type: "put", key: blockKey(1), value: u("block 1") },
      { type: "put", key: Uint8Array.of(Bucket.blockMeta, 1), value: u("meta") },
    ]);
    assert.equal(s(await db.get(blockKey(1))), "block 1");
    await store.commit(2, [{ type: "del", key: Uint8Array.of(Bucket.blockMeta, 1) }]);
    assert.equal(await db.get(Uint8Array.of(Bucket.blockMeta, 1)), undefined);
    for (const bucket of [Bucket.state, Bucket.stateTrie, Bucket.stateMeta]) {
      await rejectsWith(
        store.commit(3, [{ type: "put", key: Uint8Array.of(bucket, 1), value: u("x") }]),
        StoreErrorCode.ReservedKey,
      );
    }
    assert.equal(store.lastHeight, 2);
  });

  it("a failed batch writes nothing (state, root, extra) and keeps the pending writes", async () => {
    const store = await CommitStore.open(db);
    store.working().set(u("k"), u("1"));
    const root1 = hex(await store.commit(1, [{ type: "put", key: blockKey(1), value: u("b1") }]));
    store.working().set(u("k"), u("2"));
    // a malformed extra op makes LevelDB reject the batch after the trie work is done
    const bad = { type: "put", key: blockKey(2), value: undefined } as unknown as {
      type: "put";
      key: Uint8Array;
      value: Uint8Array;
    };
    await assert.rejects(store.commit(2, [{ type: "put", key: blockKey(99), value: u("x") }, bad]));
    assert.equal(store.lastHeight, 1);
    assert.equal(hex(store.lastRoot), root1);
    assert.equal(await db.get(blockKey(99)), undefined);
    assert.equal(s(store.working().get(u("k"))), "2", "pending writes survive");
    assert.equal(s(store.committed().get(u("k"))), "1");
    const reopened = await reopen();
    assert.equal(reopened.lastHeight, 1);
    assert.equal(hex(reopened.lastRoot), root1);
    assert.equal(s(reopened.committed().get(u("k"))), "1");
  });

  it("enforces heights: lastHeight + 1, any positive initial height", async () => {
    const store = await CommitStore.open(db);
    await rejectsWith(store.commit(0), StoreErrorCode.InvalidHeight);
    await rejectsWith(store.commit(1.5), StoreErrorCode.InvalidHeight);
    await store.commit(10);
    await rejectsWith(store.commit(10), StoreErrorCode.InvalidHeight);
    await rejectsWith(store.commit(12), StoreErrorCode.InvalidHeight);
    await store.commit(11);
    assert.equal(await store.rootAt(9), undefined);
    assert.equal(hex((await store.rootAt(10))!), hex(emptyRoot()));
  });

  it("is read-only while a commit is persisted, and discardPending drops the block", async () => {
    const store = await CommitStore.open(db);
    store.working().set(u("a"), u("1"));
    const pending = store.commit(1);
    throwsWith(() => store.working().set(u("b"), u("2")), StoreErrorCode.CommitInProgress);
    throwsWith(() => store.discardPending(), StoreErrorCode.CommitInProgress);
    await rejectsWith(store.commit(2), StoreErrorCode.CommitInProgress);
    assert.equal(s(store.working().get(u("a"))), "1", "reads still work");
    await pending;
    store.working().set(u("b"), u("2"));
    store.discardPending();
    assert.equal(store.working().get(u("b")), undefined);
    throwsWith(
      () => (store.committed() as unknown as CacheKVStore).set(u("x"), u("y")),
      StoreErrorCode.ReadOnly,
    );
  });

  it("transaction branches over working() commit only what was written back", async () => {
    const store = await CommitStore.open(db);
    const ok = new CacheKVStore(store.working());
    ok.set(u("acct/alice"), u("90"));
    ok.set(u("acct/bob"), u("10"));
    ok.write();
    const failed = new CacheKVStore(store.working());
    failed.set(u("acct/carol"), u("1"));
    // failed is dropped
    store.working().delete(u("acct/nobody"));
    assert.deepEqual(keysOf(store.working().iterate(u("acct/"))), ["acct/alice", "acct/bob"]);
    await store.commit(1);
    assert.equal(store.lastCommitStats?.keys, 2, "a delete of an absent key is not a change");
    assert.deepEqual(keysOf(store.committed().iterate(u("acct/"))), ["acct/alice", "acct/bob"]);
  });

  it("a commit without changes keeps the root; writing back the same value is not a change", async () => {
    const store = await CommitStore.open(db);
    store.working().set(u("a"), u("1"));
    const r1 = hex(await store.commit(1));
    assert.equal(hex(await store.commit(2)), r1);
    store.working().set(u("a"), u("1"));
    assert.equal(hex(await store.commit(3)), r1);
    assert.equal(store.lastCommitStats?.keys, 0);
  });

  it("refuses a database written with another commitment scheme", async () => {
    await db.put(Uint8Array.of(Bucket.stateMeta, ...u("format")), u("something-else/v0"));
    await rejectsWith(CommitStore.open(db), StoreErrorCode.IncompatibleFormat);
  });

  it("open with verify detects a flat state that does not match the root", async () => {
    const store = await CommitStore.open(db);
    store.working().set(u("a"), u("1"));
    await store.commit(1);
    await db.put(Uint8Array.of(Bucket.state, ...u("a")), u("tampered"));
    await rejectsWith(CommitStore.open(db, { verify: true }), StoreErrorCode.Corrupt);
  });

  it("root depends only on the final state, not on write order, batching or history", async () => {
    const next = rng(8);
    const final = new Map<string, Uint8Array>();
    for (let i = 0; i < 300; i++) final.set(hex(randBytes(next, 8)), randBytes(next, 12));
    const entries = [...final].map(([k, v]) => [Buffer.from(k, "hex"), v] as const);
    // A: everything in one block, in map order
    const a = await CommitStore.open(db);
    for (const [k, v] of entries) a.working().set(k, v);
    const rootA = hex(await a.commit(1));
    // B: reverse order over three blocks, with detours (temporary values, extra keys deleted later)
    const d2 = await tempDir("commit-store-b");
    const db2 = await openDatabase(d2.path);
    try {
      const bStore = await CommitStore.open(db2, { nodeCacheSize: 16 });
      const rev = [...entries].reverse();
      for (const [k] of rev.slice(0, 100)) bStore.working().set(k, u("temporary"));
      bStore.working().set(u("scratch"), u("x"));
      await bStore.commit(1);
      for (const [k, v] of rev.slice(100)) bStore.working().set(k, v);
      await bStore.commit(2);
      for (const [k, v] of rev.slice(0, 100)) bStore.working().set(k, v);
      bStore.working().delete(u("scratch"));
      assert.equal(hex(await bStore.commit(3)), rootA);
      assert.equal(rootA, hex(computeStateRoot(entries)));
    } finally {
      await db2.close();
      await d2.remove();
    }
  });

  it("gives the same roots with a tiny node cache (every node read back from LevelDB)", async () => {
    const big = await CommitStore.open(db);
    const d2 = await tempDir("commit-store-small");
    const db2 = await openDatabase(d2.path);
    try {
      const tiny = await CommitStore.open(db2, { nodeCacheSize: 2 });
      const next = rng(12);
      const pool = Array.from({ length: 400 }, () => randBytes(next, 6));
      for (let h = 1; h <= 12; h++) {
        // later heights delete most keys, forcing branch collapses onto uncached siblings
        const pDelete = h > 8 ? 0.9 : 0.25;
        for (let i = 0; i < 150; i++) {
          const k = pool[Math.floor(next() * pool.length)]!;
          if (next() < pDelete) {
            big.working().delete(k);
            tiny.working().delete(k);
          } else {
            const v = randBytes(next, 5);
            big.working().set(k, v);
            tiny.working().set(k, v);
          }
        }
        assert.equal(hex(await tiny.commit(h)), hex(await big.commit(h)), `height ${h}`);
      }
      const k = pool[0]!;
      assert.deepEqual((await tiny.prove(k, 3)).nodes.map(hex), (await big.prove(k, 3)).nodes.map(hex));
    } finally {
      await db2.close();
      await d2.remove();
    }
  });

  it("stores and proves large values (long RLP strings) across a reopen", async () => {
    let store = await CommitStore.open(db);
    const next = rng(13);
    const big = randBytes(next, 100_000);
    const mid = randBytes(next, 300);
    store.working().set(u("big"), big);
    store.working().set(u("mid"), mid);
    await store.commit(1);
    store.working().set(u("big"), u("small now"));
    await store.commit(2);
    store = await reopen();
    assert.deepEqual((await store.prove(u("big"), 1)).value, big);
    assert.deepEqual((await store.prove(u("mid"))).value, mid);
    assert.equal(s((await store.prove(u("big"))).value), "small now");
  });

  it("needs an open database", async () => {
    await db.close();
    await rejectsWith(CommitStore.open(db), StoreErrorCode.DatabaseNotOpen);
    db = await openDatabase(dir.path);
  });
});
