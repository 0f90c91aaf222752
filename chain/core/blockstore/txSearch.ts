import type { QueryCondition } from "../rpc/backend.js";
import type { Database } from "../store/index.js";
import type { AbciEvent } from "../types/index.js";
import { BlockStoreError, BlockStoreErrorCode } from "./errors.js";
import { eventPrefix, prefixEnd, readTxLocation, txHashKey, txLocation, txLocationKey, u64 } from "./keys.js";

const dec = new TextDecoder();

/**
 * Index entries one `tx_search` may read by default. A query reads the entries of its conditions
 * (a height range: one per tx in it; an event value: one per tx that has it) and stops with
 * {@link BlockStoreErrorCode.queryTooBroad} past this many, so no request costs work that grows
 * with the chain.
 */
export const DEFAULT_MAX_SEARCH_SCAN = 100_000;

/**
 * What a search reads besides the indexes: the tx count of a stored block (heights older than
 * the location index) and the stored events of a block's txs (to check candidates).
 */
export interface TxSearchSource {
  readonly db: Database;
  /** Newest stored height. */
  readonly latest: number;
  /** First height whose txs are in the location index (0: none yet; older heights read blocks). */
  readonly locationIndexFrom: number;
  /** Number of txs of the stored block at `height` (0 if absent). */
  txCount(height: number): Promise<number>;
  /** The events of every tx of block `height`, by tx index (empty if absent). */
  txEvents(height: number): Promise<readonly (readonly AbciEvent[])[]>;
}

/** Matching tx locations (12-byte keys as hex, ascending) and the index entries read. */
export interface TxSearchMatches {
  readonly locations: string[];
  readonly scanned: number;
}

class Budget {
  scanned = 0;
  constructor(
    private readonly max: number,
    private readonly query: readonly QueryCondition[],
  ) {}

  // [REJECT] a query that needs more index reads than one request may do
  take(n = 1): void {
    this.scanned += n;
    if (this.scanned > this.max) {
      throw new BlockStoreError(
        BlockStoreErrorCode.queryTooBroad,
        `tx_search query matches too much: it would read more than ${this.max} index entries; ` +
          "narrow it with a tx.height range (e.g. tx.height>=1000 AND tx.height<=2000) or an exact event value",
        { maxScan: this.max, conditions: this.query.map((c) => `${c.key} ${c.op} ${c.value ?? ""}`) },
      );
    }
  }
}

/**
 * The locations of the txs matching every condition, read through the indexes with a bound on
 * the entries read. Height conditions are folded into one range that bounds the other reads:
 * `tx.hash` is one read; an exact event value is read only inside the range (its index keys end
 * with the location, in height order); a narrowed range is read from the location index; the
 * other conditions (CONTAINS, EXISTS, numeric ranges on event values) check the candidates'
 * stored events when there are candidates, and scan their key otherwise.
 * @throws BlockStoreError `queryTooBroad` when more than `maxScan` entries would be read.
 */
export async function searchTxLocations(
  source: TxSearchSource,
  conditions: readonly QueryCondition[],
  maxScan: number,
): Promise<TxSearchMatches> {
  const budget = new Budget(maxScan, conditions);
  const range = heightRange(conditions, source.latest);
  if (range === undefined) return { locations: [], scanned: 0 };
  const [lo, hi] = range;
  const narrowed = conditions.some((c) => c.key === "tx.height" && isRangeOp(c));
  const others = conditions.filter((c) => c.key !== "tx.height");
  const indexed = others.filter((c) => rank(c) < 2).sort((a, b) => rank(a) - rank(b));
  const scanned = others.filter((c) => rank(c) === 2);
  let matches: Set<string> | undefined;
  for (const cond of indexed) {
    const found = await matchCondition(source.db, cond, lo, hi, budget);
    matches = matches === undefined ? found : intersect(matches, found);
    if (matches.size === 0) return { locations: [], scanned: budget.scanned };
  }
  if (matches === undefined && (narrowed || scanned.length === 0)) {
    matches = await locationsInRange(source, lo, hi, budget);
  }
  if (matches !== undefined && scanned.length > 0) {
    matches = await checkEvents(source, matches, scanned, budget);
  } else {
    for (const cond of scanned) {
      const found = await matchCondition(source.db, cond, lo, hi, budget);
      matches = matches === undefined ? found : intersect(matches, found);
      if (matches.size === 0) return { locations: [], scanned: budget.scanned };
    }
  }
  const filters = conditions.filter((c) => c.key === "tx.height" && !isRangeOp(c));
  const locations = [...(matches ?? [])]
    .filter((hex) => {
      const h = Number(Buffer.from(hex, "hex").readBigUInt64BE(0));
      return h >= lo && h <= hi && filters.every((c) => valueMatches(c, String(h)));
    })
    .sort();
  return { locations, scanned: budget.scanned };
}

// The candidates whose stored events satisfy every condition: one read per height, one per tx.
async function checkEvents(
  source: TxSearchSource,
  candidates: Set<string>,
  conditions: readonly QueryCondition[],
  budget: Budget,
): Promise<Set<string>> {
  const byHeight = new Map<number, number[]>();
  for (const hex of candidates) {
    const { height, index } = readTxLocation(Buffer.from(hex, "hex"));
    const list = byHeight.get(height) ?? [];
    list.push(index);
    byHeight.set(height, list);
  }
  const out = new Set<string>();
  for (const [height, indexes] of byHeight) {
    budget.take(1 + indexes.length);
    const events = await source.txEvents(height);
    for (const i of indexes) {
      const txEvents = events[i] ?? [];
      if (conditions.every((c) => eventsMatch(txEvents, c))) out.add(txLocation(height, i).toString("hex"));
    }
  }
  return out;
}

// As the index sees events: indexed attributes under `type.key`.
function eventsMatch(events: readonly AbciEvent[], cond: QueryCondition): boolean {
  for (const e of events) {
    for (const a of e.attributes) {
      if (a.index && a.key !== "" && `${e.type}.${a.key}` === cond.key && valueMatches(cond, a.value))
        return true;
    }
  }
  return false;
}

function rank(c: QueryCondition): number {
  if (c.key === "tx.hash") return 0;
  if (c.op === "=" && c.value !== undefined) return 1;
  return 2;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const k of a) if (b.has(k)) out.add(k);
  return out;
}

function isRangeOp(c: QueryCondition): boolean {
  return c.op === "=" || c.op === "<" || c.op === "<=" || c.op === ">" || c.op === ">=";
}

/**
 * The heights `[lo, hi]` (within 1..latest) every `tx.height` condition allows; undefined when
 * none can match. CONTAINS / EXISTS on the height do not narrow it (they are filters).
 */
export function heightRange(
  conditions: readonly QueryCondition[],
  latest: number,
): [number, number] | undefined {
  let lo = 1;
  let hi = latest;
  for (const c of conditions) {
    if (c.key !== "tx.height" || !isRangeOp(c)) continue;
    const v = Number(c.value);
    if (Number.isNaN(v)) return undefined;
    switch (c.op) {
      case "=":
        if (!Number.isInteger(v)) return undefined;
        lo = Math.max(lo, v);
        hi = Math.min(hi, v);
        break;
      case "<":
        hi = Math.min(hi, Math.ceil(v) - 1);
        break;
      case "<=":
        hi = Math.min(hi, Math.floor(v));
        break;
      case ">":
        lo = Math.max(lo, Math.floor(v) + 1);
        break;
      case ">=":
        lo = Math.max(lo, Math.ceil(v));
        break;
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}

// Every tx of heights lo..hi: the location index from where it starts, stored blocks before.
async function locationsInRange(
  source: TxSearchSource,
  lo: number,
  hi: number,
  budget: Budget,
): Promise<Set<string>> {
  const out = new Set<string>();
  const indexFrom = source.locationIndexFrom === 0 ? hi + 1 : source.locationIndexFrom;
  for (let h = lo; h <= Math.min(hi, indexFrom - 1); h++) {
    budget.take();
    const count = await source.txCount(h);
    budget.take(count);
    for (let i = 0; i < count; i++) out.add(txLocation(h, i).toString("hex"));
  }
  const from = Math.max(lo, indexFrom);
  if (from > hi) return out;
  const prefix = txLocationKey();
  const gte = txLocationKey(u64(from));
  const lt = txLocationKey(u64(hi + 1));
  for await (const key of source.db.keys({ gte, lt })) {
    budget.take();
    out.add(Buffer.from(key.subarray(prefix.length)).toString("hex"));
  }
  return out;
}

async function matchCondition(
  db: Database,
  cond: QueryCondition,
  lo: number,
  hi: number,
  budget: Budget,
): Promise<Set<string>> {
  const out = new Set<string>();
  if (cond.key === "tx.hash") {
    budget.take();
    const loc = await db.get(txHashKey(Buffer.from(String(cond.value ?? ""), "hex")));
    if (loc && cond.op === "=") out.add(Buffer.from(loc).toString("hex"));
    return out;
  }
  const exact = cond.op === "=" && cond.value !== undefined;
  const prefix = eventPrefix(cond.key, exact ? String(cond.value) : undefined);
  // An exact value's keys are `prefix ‖ location`, in height order: read only the range.
  const bounds = exact
    ? { gte: Buffer.concat([prefix, u64(lo)]), lt: Buffer.concat([prefix, u64(hi + 1)]) }
    : { gte: prefix, lt: prefixEnd(prefix) };
  for await (const key of db.keys(bounds)) {
    budget.take();
    const loc = key.subarray(key.length - 12);
    if (!exact) {
      const value = dec.decode(key.subarray(prefix.length, key.length - 13));
      if (!valueMatches(cond, value)) continue;
      const h = readTxLocation(loc).height;
      if (h < lo || h > hi) continue;
    }
    out.add(Buffer.from(loc).toString("hex"));
  }
  return out;
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
