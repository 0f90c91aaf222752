import type { ValidatorUpdate } from "../app/context.js";
import { blockIdOf, decodeBlock, decodeBlockResults, encodeBlockResults } from "../block/index.js";
import { CommitSsz } from "../block/ssz.js";
import { sha256 } from "../crypto/index.js";
import type { BlockResults, EventQuery, IndexedTx, QueryCondition } from "../rpc/backend.js";
import type { BatchOp, Database } from "../store/index.js";
import { txHash } from "../tx/index.js";
import type { Block, BlockId, Commit, CommittedBlock } from "../types/index.js";
import {
  blockHashKey,
  blockKey,
  eventPrefix,
  metaKey,
  prefixEnd,
  readTxLocation,
  resultsKey,
  txHashKey,
  txLocation,
  txLocationKey,
  u64,
  validatorUpdatesKey,
} from "./keys.js";
import { DEFAULT_MAX_SEARCH_SCAN, searchTxLocations } from "./txSearch.js";

function encodeValidatorUpdates(updates: readonly ValidatorUpdate[]): Uint8Array {
  return Buffer.concat(updates.flatMap((u) => [u.pubKey, u64(u.power)]));
}

function decodeValidatorUpdates(bytes: Uint8Array): ValidatorUpdate[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ValidatorUpdate[] = [];
  for (let at = 0; at + 40 <= buf.length; at += 40) {
    out.push({ pubKey: new Uint8Array(buf.subarray(at, at + 32)), power: buf.readBigUInt64BE(at + 32) });
  }
  return out;
}

const EMPTY = new Uint8Array();

function encodeCommit(c: Commit): Uint8Array {
  return CommitSsz.serialize(c);
}

function decodeCommit(b: Uint8Array): Commit {
  return CommitSsz.deserialize(b);
}

/** Options of {@link BlockStore.open}. */
export interface BlockStoreOptions {
  /** Index entries one `search` may read (default {@link DEFAULT_MAX_SEARCH_SCAN}). */
  maxSearchScan?: number;
}

/**
 * Blocks, their results, and the tx index (by hash, by location and by event attribute), in the node's LevelDB.
 * Writes are returned as batch operations so the node commits them in the same atomic batch as
 * the state of the same height: a crash never leaves a block without its state, or the reverse.
 */
export class BlockStore {
  private latest = 0;
  private base = 0;
  // First height whose txs are in the location index (0 until this store writes a block).
  private locationIndexFrom = 0;
  private readonly recent = new Map<number, CommittedBlock>();
  private readonly maxSearchScan: number;

  private constructor(
    private readonly db: Database,
    opts: BlockStoreOptions,
  ) {
    this.maxSearchScan = opts.maxSearchScan ?? DEFAULT_MAX_SEARCH_SCAN;
  }

  /** Opens the block store and reads its bounds. */
  static async open(db: Database, opts: BlockStoreOptions = {}): Promise<BlockStore> {
    const s = new BlockStore(db, opts);
    const latest = await db.get(metaKey("latest"));
    if (latest) {
      s.latest = Number(Buffer.from(latest).readBigUInt64BE());
      s.base = 1;
    }
    const from = await db.get(metaKey("txLocFrom"));
    if (from) s.locationIndexFrom = Number(Buffer.from(from).readBigUInt64BE());
    return s;
  }

  /** Height of the newest stored block (0 if none). */
  latestHeight(): number {
    return this.latest;
  }

  /** Height of the oldest stored block (0 if none). */
  baseHeight(): number {
    return this.base;
  }

  /**
   * Batch operations that store block `block` (with id `blockId`), its results, its own commit
   * (the "seen commit" until the next block carries it) and its tx index entries.
   */
  saveOps(
    block: Block,
    blockId: BlockId,
    encoded: Uint8Array,
    results: Omit<BlockResults, "appHash">,
    seenCommit: Commit,
    validatorUpdates: readonly ValidatorUpdate[] = [],
  ): BatchOp[] {
    const h = block.header.height;
    const height = u64(h);
    const ops: BatchOp[] = [
      { type: "put", key: blockKey(h), value: encoded },
      { type: "put", key: blockHashKey(blockId.hash), value: height },
      { type: "put", key: resultsKey(h), value: encodeBlockResults(results) },
      { type: "put", key: metaKey("seenCommit"), value: encodeCommit(seenCommit) },
      { type: "put", key: metaKey("latest"), value: height },
    ];
    // A store from before the location index: the index starts at this height.
    if (this.locationIndexFrom === 0) ops.push({ type: "put", key: metaKey("txLocFrom"), value: height });
    // Validator-set changes are kept apart (few heights have any) so the node can rebuild every
    // height's set at start without reading all block results.
    if (validatorUpdates.length > 0) {
      ops.push({ type: "put", key: validatorUpdatesKey(h), value: encodeValidatorUpdates(validatorUpdates) });
    }
    // (type.key, value) pairs repeat across a block's txs (actions, modules, the fee
    // collector), so each index prefix is built once per block.
    const prefixes = new Map<string, Buffer>();
    block.txs.forEach((tx, i) => {
      const loc = txLocation(h, i);
      ops.push({ type: "put", key: txHashKey(txHash(tx)), value: loc });
      ops.push({ type: "put", key: txLocationKey(loc), value: EMPTY });
      // The same attribute often appears twice in a tx (fee transfer and message transfer);
      // one index entry per (attribute, tx) is enough.
      const seen = new Set<string>();
      for (const e of results.txResults[i]!.events) {
        for (const a of e.attributes) {
          if (!a.index || a.key === "") continue;
          const id = `${e.type}.${a.key}\0${a.value}`;
          if (seen.has(id)) continue;
          seen.add(id);
          let prefix = prefixes.get(id);
          if (!prefix) {
            prefix = eventPrefix(`${e.type}.${a.key}`, a.value);
            prefixes.set(id, prefix);
          }
          const key = Buffer.allocUnsafe(prefix.length + loc.length);
          prefix.copy(key, 0);
          loc.copy(key, prefix.length);
          ops.push({ type: "put", key, value: EMPTY });
        }
      }
    });
    return ops;
  }

  /** Records that the ops of {@link saveOps} for `block` were committed. */
  markCommitted(block: CommittedBlock): void {
    this.latest = block.block.header.height;
    if (this.base === 0) this.base = this.latest;
    if (this.locationIndexFrom === 0) this.locationIndexFrom = this.latest;
    this.recent.set(this.latest, block);
    // A few recent blocks stay decoded: the RPC and the next proposal read them constantly.
    if (this.recent.size > 16) this.recent.delete(Math.min(...this.recent.keys()));
  }

  /** The stored block at `height` (a few recent ones are kept decoded). */
  async getBlock(height: number): Promise<CommittedBlock | undefined> {
    const cached = this.recent.get(height);
    if (cached) return cached;
    const raw = await this.db.get(blockKey(height));
    if (!raw) return undefined;
    const block = decodeBlock(raw);
    return { block, blockId: blockIdOf(block, raw) };
  }

  /** Every stored validator-set change, by the height whose end-block returned it. */
  async validatorUpdates(): Promise<[number, ValidatorUpdate[]][]> {
    const out: [number, ValidatorUpdate[]][] = [];
    const prefix = validatorUpdatesKey();
    for await (const [key, value] of this.db.iterator({ gte: prefix, lt: prefixEnd(prefix) })) {
      out.push([
        Number(Buffer.from(key.subarray(prefix.length)).readBigUInt64BE()),
        decodeValidatorUpdates(value),
      ]);
    }
    return out;
  }

  /** The stored SSZ bytes of a block. */
  async getEncodedBlock(height: number): Promise<Uint8Array | undefined> {
    return this.db.get(blockKey(height));
  }

  /** The stored block with this hash. */
  async getBlockByHash(hash: Uint8Array): Promise<CommittedBlock | undefined> {
    const h = await this.db.get(blockHashKey(hash));
    return h ? this.getBlock(Number(Buffer.from(h).readBigUInt64BE())) : undefined;
  }

  /** The stored results of block `height`. */
  async getResults(height: number): Promise<Omit<BlockResults, "appHash"> | undefined> {
    const raw = await this.db.get(resultsKey(height));
    return raw ? decodeBlockResults(raw) : undefined;
  }

  /**
   * Overwrites the seen commit (the newest block's own commit) with a fuller commit of the same
   * block. The caller orders it before the next height's batch, which writes its own.
   */
  async saveSeenCommit(commit: Commit): Promise<void> {
    await this.db.put(metaKey("seenCommit"), encodeCommit(commit));
  }

  /** The commit of the newest block, which no later block carries yet. */
  async seenCommit(): Promise<Commit | undefined> {
    const raw = await this.db.get(metaKey("seenCommit"));
    return raw ? decodeCommit(raw) : undefined;
  }

  /** A stored transaction by its sha256 hash. */
  async getTx(hash: Uint8Array): Promise<IndexedTx | undefined> {
    const loc = await this.db.get(txHashKey(hash));
    return loc ? this.txAt(readTxLocation(loc)) : undefined;
  }

  private async txAt(loc: { height: number; index: number }): Promise<IndexedTx | undefined> {
    const [block, results] = await Promise.all([this.getBlock(loc.height), this.getResults(loc.height)]);
    const tx = block?.block.txs[loc.index];
    const result = results?.txResults[loc.index];
    if (!tx || !result) return undefined;
    return { hash: sha256(tx), height: loc.height, index: loc.index, tx, result };
  }

  /**
   * Transactions matching every condition, ordered by (height, index). Supports `tx.hash`,
   * `tx.height` (all comparison operators) and indexed event attributes (=, ranges on numbers,
   * CONTAINS, EXISTS). `scanned` is the number of index entries read, at most the store's
   * `maxSearchScan`.
   * @throws BlockStoreError `queryTooBroad` when the query would read more index entries.
   */
  async search(
    query: EventQuery,
    page: number,
    perPage: number,
    order: "asc" | "desc",
  ): Promise<{ txs: IndexedTx[]; total: number; scanned: number }> {
    // No conditions (e.g. `tm.event='Tx'` alone) matches every tx.
    const conditions: QueryCondition[] =
      query.conditions.length > 0 ? query.conditions : [{ key: "tx.height", op: ">=", value: 1 }];
    const { locations, scanned } = await searchTxLocations(
      {
        db: this.db,
        latest: this.latest,
        locationIndexFrom: this.locationIndexFrom,
        txCount: async (h) => (await this.getBlock(h))?.block.txs.length ?? 0,
        txEvents: async (h) => (await this.getResults(h))?.txResults.map((r) => r.events) ?? [],
      },
      conditions,
      this.maxSearchScan,
    );
    if (order === "desc") locations.reverse();
    const slice = locations.slice((page - 1) * perPage, page * perPage);
    const txs: IndexedTx[] = [];
    for (const key of slice) {
      const tx = await this.txAt(readTxLocation(Buffer.from(key, "hex")));
      if (tx) txs.push(tx);
    }
    return { txs, total: locations.length, scanned };
  }
}
