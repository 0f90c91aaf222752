import type { ValidatorUpdate } from "../app/context.js";
import { blockIdOf, decodeBlock, decodeBlockResults, encodeBlockResults } from "../block/index.js";
import { CommitSsz } from "../block/ssz.js";
import { sha256 } from "../crypto/index.js";
import type { BlockResults, EventQuery, IndexedTx, QueryCondition } from "../rpc/backend.js";
import type { BatchOp, Database } from "../store/index.js";
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
  u64,
  validatorUpdatesKey,
} from "./keys.js";

const dec = new TextDecoder();

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

/**
 * Blocks, their results, and the tx index (by hash and by event attribute), in the node's LevelDB.
 * Writes are returned as batch operations so the node commits them in the same atomic batch as
 * the state of the same height: a crash never leaves a block without its state, or the reverse.
 */
export class BlockStore {
  private latest = 0;
  private base = 0;
  private readonly recent = new Map<number, CommittedBlock>();

  private constructor(private readonly db: Database) {}

  /** Opens the block store and reads its bounds. */
  static async open(db: Database): Promise<BlockStore> {
    const s = new BlockStore(db);
    const latest = await db.get(metaKey("latest"));
    if (latest) {
      s.latest = Number(Buffer.from(latest).readBigUInt64BE());
      s.base = 1;
    }
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
      ops.push({ type: "put", key: txHashKey(sha256(tx)), value: loc });
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
    this.recent.set(this.latest, block);
    // A few recent blocks stay decoded: the RPC and the next proposal read them constantly.
    if (this.recent.size > 16) this.recent.delete(Math.min(...this.recent.keys()));
  }

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

  async getBlockByHash(hash: Uint8Array): Promise<CommittedBlock | undefined> {
    const h = await this.db.get(blockHashKey(hash));
    return h ? this.getBlock(Number(Buffer.from(h).readBigUInt64BE())) : undefined;
  }

  async getResults(height: number): Promise<Omit<BlockResults, "appHash"> | undefined> {
    const raw = await this.db.get(resultsKey(height));
    return raw ? decodeBlockResults(raw) : undefined;
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
   * CONTAINS, EXISTS).
   */
  async search(
    query: EventQuery,
    page: number,
    perPage: number,
    order: "asc" | "desc",
  ): Promise<{ txs: IndexedTx[]; total: number }> {
    let matches: Set<string> | undefined;
    // No conditions (e.g. `tm.event='Tx'` alone) matches every tx.
    const conditions: QueryCondition[] =
      query.conditions.length > 0 ? query.conditions : [{ key: "tx.height", op: ">=", value: 1 }];
    for (const cond of conditions) {
      const found = await this.match(cond);
      matches = matches ? new Set([...found].filter((k) => matches!.has(k))) : found;
      if (matches.size === 0) break;
    }
    const sorted = [...(matches ?? [])].sort();
    if (order === "desc") sorted.reverse();
    const slice = sorted.slice((page - 1) * perPage, page * perPage);
    const txs: IndexedTx[] = [];
    for (const key of slice) {
      const tx = await this.txAt(readTxLocation(Buffer.from(key, "hex")));
      if (tx) txs.push(tx);
    }
    return { txs, total: sorted.length };
  }

  private async match(cond: QueryCondition): Promise<Set<string>> {
    const out = new Set<string>();
    if (cond.key === "tx.hash") {
      const loc = await this.db.get(txHashKey(Buffer.from(String(cond.value ?? ""), "hex")));
      if (loc && cond.op === "=") out.add(Buffer.from(loc).toString("hex"));
      return out;
    }
    if (cond.key === "tx.height") {
      const [lo, hi] = heightRange(cond, this.latest);
      for (let h = Math.max(lo, 1); h <= hi; h++) {
        const block = await this.getBlock(h);
        const count = block?.block.txs.length ?? 0;
        for (let i = 0; i < count; i++) out.add(txLocation(h, i).toString("hex"));
      }
      return out;
    }
    const exact = cond.op === "=" && cond.value !== undefined;
    const prefix = eventPrefix(cond.key, exact ? String(cond.value) : undefined);
    for await (const key of this.db.keys({ gte: prefix, lt: prefixEnd(prefix) })) {
      const loc = key.subarray(key.length - 12);
      if (!exact) {
        const value = dec.decode(key.subarray(prefix.length, key.length - 13));
        if (!valueMatches(cond, value)) continue;
      }
      out.add(Buffer.from(loc).toString("hex"));
    }
    return out;
  }
}

function heightRange(cond: QueryCondition, latest: number): [number, number] {
  const v = Number(cond.value);
  switch (cond.op) {
    case "=":
      return [v, Math.min(v, latest)];
    case "<":
      return [1, Math.min(v - 1, latest)];
    case "<=":
      return [1, Math.min(v, latest)];
    case ">":
      return [v + 1, latest];
    case ">=":
      return [v, latest];
    default:
      return [1, latest];
  }
}

function valueMatches(cond: QueryCondition, value: string): boolean {
  switch (cond.op) {
    case "EXISTS":
      return true;
    case "CONTAINS":
      return value.includes(String(cond.value));
    case "=":
      return value === String(cond.value);
    default: {
      const a = Number(value);
      const b = Number(cond.value);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return cond.op === "<" ? a < b : cond.op === "<=" ? a <= b : cond.op === ">" ? a > b : a >= b;
    }
  }
}
