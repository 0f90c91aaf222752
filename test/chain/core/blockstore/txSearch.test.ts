import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BlockStore,
  BlockStoreError,
  BlockStoreErrorCode,
  heightRange,
} from "../../../../chain/core/blockstore/index.js";
import { ValidatorSet } from "../../../../chain/core/consensus/index.js";
import { ed25519FromSeed, sha256 } from "../../../../chain/core/crypto/index.js";
import { buildBlock, type ChainTip, emptyCommit, sealBlock } from "../../../../chain/core/node/index.js";
import type { EventQuery, QueryCondition } from "../../../../chain/core/rpc/backend.js";
import { type Database, openDatabase } from "../../../../chain/core/store/index.js";
import type { TxResult } from "../../../../chain/core/types/index.js";

const TXS_PER_BLOCK = 10;
const key = ed25519FromSeed(new Uint8Array(32).fill(7));
const set = ValidatorSet.create([{ pubKey: key.pubKey, votingPower: 1n }]);
const senders = ["strata1alice", "strata1bob", "strata1carol"];

function txBytes(h: number, i: number): Uint8Array {
  return new TextEncoder().encode(`tx ${h}/${i}`);
}

function txResult(h: number, i: number): TxResult {
  return {
    code: 0,
    codespace: "",
    log: "",
    info: "",
    data: new Uint8Array(),
    gasWanted: 1n,
    gasUsed: 1n,
    events: [
      {
        type: "transfer",
        attributes: [
          { key: "sender", value: senders[(h * TXS_PER_BLOCK + i) % 3]!, index: true },
          { key: "amount", value: String(h * 100 + i), index: true },
        ],
      },
    ],
  };
}

/** Writes blocks `from..to` with TXS_PER_BLOCK txs each; `strip` drops the location index (an old store). */
async function writeBlocks(db: Database, store: BlockStore, from: number, to: number, strip = false) {
  for (let h = from; h <= to; h++) {
    const tip: ChainTip = {
      chainId: "search-1",
      height: h - 1,
      lastBlock: undefined,
      lastCommit: emptyCommit(),
      lastResults: [],
      appHash: new Uint8Array(32),
      lastTimeNs: 0n,
      consensusHash: new Uint8Array(32),
    };
    const txs = Array.from({ length: TXS_PER_BLOCK }, (_, i) => txBytes(h, i));
    const block = buildBlock(tip, txs, BigInt(h), { current: set, next: set }, key.address);
    const { encoded, blockId } = sealBlock(block);
    const results = { height: h, txResults: txs.map((_, i) => txResult(h, i)), finalizeBlockEvents: [] };
    let ops = store.saveOps(block, blockId, encoded, results, emptyCommit());
    if (strip) {
      const meta = Buffer.from("\x15txloc", "latin1");
      const from = Buffer.from("\x15txLocFrom", "latin1");
      ops = ops.filter(
        (op) =>
          !Buffer.from(op.key).subarray(0, meta.length).equals(meta) && !Buffer.from(op.key).equals(from),
      );
    }
    await db.batch(ops);
    store.markCommitted({ block, blockId });
  }
}

function q(...conditions: QueryCondition[]): EventQuery {
  return { conditions };
}

function names(txs: { height: number; index: number }[]): string[] {
  return txs.map((t) => `${t.height}/${t.index}`);
}

function expected(heights: number[], filter: (h: number, i: number) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const h of heights) for (let i = 0; i < TXS_PER_BLOCK; i++) if (filter(h, i)) out.push(`${h}/${i}`);
  return out;
}

function range(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

describe("blockstore: tx_search reads a bounded number of index entries", function () {
  this.timeout(60_000);
  let dir: string;
  let db: Database;
  let store: BlockStore;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-txsearch-"));
    db = await openDatabase(join(dir, "data"));
    store = await BlockStore.open(db, { maxSearchScan: 500 });
    // 300 blocks, 3,000 txs: far more than one request may read.
    await writeBlocks(db, store, 1, 300);
  });

  after(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("a height range reads one entry per tx in it, and pages in both orders", async () => {
    const all = expected(range(50, 59));
    const asc = await store.search(
      q({ key: "tx.height", op: ">=", value: 50 }, { key: "tx.height", op: "<=", value: 59 }),
      2,
      30,
      "asc",
    );
    assert.equal(asc.total, 100);
    assert.equal(asc.scanned, 100, "entries read: the range's txs, not every block");
    assert.deepEqual(names(asc.txs), all.slice(30, 60));
    const desc = await store.search(
      q({ key: "tx.height", op: ">", value: 49 }, { key: "tx.height", op: "<", value: 60 }),
      4,
      30,
      "desc",
    );
    assert.deepEqual(names(desc.txs), [...all].reverse().slice(90, 100));
    // The txs come back whole: bytes, hash and result.
    assert.deepEqual(new Uint8Array(desc.txs[0]!.tx), txBytes(50, 9));
    assert.deepEqual(desc.txs[0]!.hash, sha256(txBytes(50, 9)));
    assert.equal(desc.txs[0]!.result.events[0]!.attributes[1]!.value, "5009");

    const one = await store.search(q({ key: "tx.height", op: "=", value: 120 }), 1, 100, "asc");
    assert.deepEqual(names(one.txs), expected([120]));
    assert.equal(one.scanned, TXS_PER_BLOCK);
  });

  it("tx.height>0 on a long chain is refused with a clear error instead of scanning it all", async () => {
    await assert.rejects(
      store.search(q({ key: "tx.height", op: ">", value: 0 }), 1, 30, "asc"),
      (err: unknown) =>
        err instanceof BlockStoreError &&
        err.code === BlockStoreErrorCode.queryTooBroad &&
        /more than 500 index entries/.test(err.message) &&
        /tx\.height/.test(err.message),
    );
    // No condition at all (`tm.event='Tx'`) is the same query.
    await assert.rejects(store.search(q(), 1, 30, "asc"), BlockStoreError);
  });

  it("an exact event value is read only inside the height range", async () => {
    const res = await store.search(
      q(
        { key: "transfer.sender", op: "=", value: "strata1bob" },
        { key: "tx.height", op: ">=", value: 200 },
        { key: "tx.height", op: "<=", value: 209 },
      ),
      1,
      100,
      "asc",
    );
    const want = expected(range(200, 209), (h, i) => (h * TXS_PER_BLOCK + i) % 3 === 1);
    assert.deepEqual(names(res.txs), want);
    assert.equal(res.total, want.length);
    assert.equal(res.scanned, want.length, "only the matching entries of the range were read");
    // Without a range the same value has 1,000 entries: refused.
    await assert.rejects(
      store.search(q({ key: "transfer.sender", op: "=", value: "strata1bob" }), 1, 30, "asc"),
      BlockStoreError,
    );
  });

  it("tx.hash is one read; ranges on event values and CONTAINS still work within the bound", async () => {
    const byHash = await store.search(
      q({ key: "tx.hash", op: "=", value: Buffer.from(sha256(txBytes(77, 3))).toString("hex") }),
      1,
      30,
      "asc",
    );
    assert.deepEqual(names(byHash.txs), ["77/3"]);
    assert.equal(byHash.scanned, 1);
    const amounts = await store.search(
      q({ key: "tx.height", op: "=", value: 5 }, { key: "transfer.amount", op: ">", value: 504 }),
      1,
      30,
      "asc",
    );
    // A numeric range on an event value checks the height's candidates, not the value's 3,000 keys.
    assert.deepEqual(names(amounts.txs), ["5/5", "5/6", "5/7", "5/8", "5/9"]);
    assert.equal(amounts.scanned, TXS_PER_BLOCK + 1 + TXS_PER_BLOCK);
    const contains = await store.search(
      q(
        { key: "transfer.sender", op: "=", value: "strata1carol" },
        { key: "tx.height", op: "<=", value: 12 },
        { key: "transfer.amount", op: "CONTAINS", value: "10" },
      ),
      1,
      30,
      "asc",
    );
    assert.deepEqual(
      names(contains.txs),
      expected(
        range(1, 12),
        (h, i) => (h * TXS_PER_BLOCK + i) % 3 === 2 && String(h * 100 + i).includes("10"),
      ),
    );
    // Alone, a non-exact condition reads its whole key: 3,000 entries, refused.
    await assert.rejects(
      store.search(q({ key: "transfer.amount", op: "EXISTS" }), 1, 30, "asc"),
      BlockStoreError,
    );
  });

  it("heightRange folds every height condition", () => {
    assert.deepEqual(heightRange([{ key: "tx.height", op: ">", value: 0 }], 10), [1, 10]);
    assert.deepEqual(
      heightRange(
        [
          { key: "tx.height", op: ">=", value: 3 },
          { key: "tx.height", op: "<", value: 7.5 },
        ],
        10,
      ),
      [3, 7],
    );
    assert.equal(heightRange([{ key: "tx.height", op: "=", value: 11 }], 10), undefined);
    assert.equal(heightRange([{ key: "tx.height", op: "=", value: 2.5 }], 10), undefined);
  });
});

describe("blockstore: a store written before the location index", function () {
  this.timeout(60_000);
  let dir: string;
  let db: Database;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-txsearch-old-"));
    db = await openDatabase(join(dir, "data"));
  });

  after(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers ranges over old heights from the blocks and new heights from the index", async () => {
    const old = await BlockStore.open(db);
    await writeBlocks(db, old, 1, 20, true);
    const upgraded = await BlockStore.open(db, { maxSearchScan: 200 });
    await writeBlocks(db, upgraded, 21, 40);
    const reopened = await BlockStore.open(db, { maxSearchScan: 200 });
    const res = await reopened.search(
      q({ key: "tx.height", op: ">=", value: 18 }, { key: "tx.height", op: "<=", value: 23 }),
      1,
      100,
      "asc",
    );
    assert.deepEqual(names(res.txs), expected(range(18, 23)));
    // Old heights: one read per block plus its txs; new ones: one per tx.
    assert.equal(res.scanned, 3 * (1 + TXS_PER_BLOCK) + 3 * TXS_PER_BLOCK);
  });
});
