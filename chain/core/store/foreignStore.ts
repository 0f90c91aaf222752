import { BaseKVStore, type KeyedStore } from "./baseKVStore.js";
import { fromKey, prefixEnd, toKey } from "./bytes.js";
import type { KVStore } from "./types.js";

/**
 * The {@link KeyedStore} view of any {@link KVStore}: ours directly, anything else (a gas meter,
 * a tracing wrapper) through its public API.
 */
export function keyedStore(store: KVStore): KeyedStore {
  return store instanceof BaseKVStore ? store : new ForeignStore(store);
}

/** Cursors an adapter keeps open (nested loops over one store each get one). */
const MAX_CURSORS = 4;

/** An open iteration of a foreign store over one range and direction. */
interface Cursor {
  lo: string;
  hi: string | undefined;
  reverse: boolean;
  iter: Iterator<[Uint8Array, Uint8Array]>;
  /** The `after` of the last query; `undefined` = the cursor is at the start of its range. */
  asked: string | undefined;
  /** First key past `asked` (the answer to it), or `undefined` when the range is exhausted. */
  head: string | undefined;
}

/**
 * Adapts a {@link KVStore} of another implementation (a gas meter, a tracing wrapper). It asks
 * for the tightest prefix covering the range and filters the range itself, so stores that
 * ignore `start`/`end` still give correct results, and it resumes open cursors instead of
 * restarting, so a merge or a loop reads each entry of the foreign store once.
 */
class ForeignStore implements KeyedStore {
  private cursors: Cursor[] = [];

  constructor(private readonly store: KVStore) {}

  getKey(key: string): Uint8Array | undefined {
    return this.store.get(fromKey(key));
  }

  setKey(key: string, value: Uint8Array): void {
    // a write may land between a cursor's position and its read-ahead key
    this.cursors = [];
    this.store.set(fromKey(key), value);
  }

  deleteKey(key: string): void {
    this.cursors = [];
    this.store.delete(fromKey(key));
  }

  nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined {
    // a query without `after` starts an iteration: always from a fresh read of the store
    let cursor: Cursor | undefined;
    if (after !== undefined) {
      for (let i = this.cursors.length - 1; i >= 0 && cursor === undefined; i--) {
        const c = this.cursors[i]!;
        if (c.lo === lo && c.hi === hi && c.reverse === reverse && canResume(c, after)) cursor = c;
      }
    }
    if (cursor === undefined) {
      cursor = this.open(after, lo, hi, reverse);
      this.cursors.push(cursor);
      if (this.cursors.length > MAX_CURSORS) this.cursors.shift();
    }
    while (
      cursor.head !== undefined &&
      after !== undefined &&
      (reverse ? cursor.head >= after : cursor.head <= after)
    ) {
      cursor.head = pull(cursor);
    }
    cursor.asked = after;
    if (cursor.head === undefined) this.cursors = this.cursors.filter((c) => c !== cursor);
    return cursor.head;
  }

  private open(after: string | undefined, lo: string, hi: string | undefined, reverse: boolean): Cursor {
    let start = lo;
    let end = hi;
    if (after !== undefined) {
      if (!reverse && after > start) start = after;
      if (reverse && (end === undefined || after < end)) end = after;
    }
    const iter = this.store.iterate(fromKey(coveringPrefix(lo, hi)), {
      start: fromKey(start),
      ...(end === undefined ? {} : { end: fromKey(end) }),
      reverse,
    });
    const cursor: Cursor = { lo, hi, reverse, iter, asked: after, head: undefined };
    cursor.head = pull(cursor);
    return cursor;
  }
}

/** Whether `cursor` can answer a query for the key after `after` without going backwards. */
function canResume(cursor: Cursor, after: string): boolean {
  if (cursor.asked === undefined) return true;
  return cursor.reverse ? after <= cursor.asked : after >= cursor.asked;
}

/** The next key of the cursor's iterator inside its range, or `undefined` at the end. */
function pull(cursor: Cursor): string | undefined {
  for (;;) {
    const step = cursor.iter.next();
    if (step.done === true) return undefined;
    const key = toKey(step.value[0]);
    const below = key < cursor.lo;
    const above = cursor.hi !== undefined && key >= cursor.hi;
    // the store may ignore start/end: skip what precedes the range, stop at what follows it
    if (cursor.reverse ? below : above) return undefined;
    if (!(cursor.reverse ? above : below)) return key;
  }
}

/** The longest prefix of `lo` such that every key in `[lo, hi)` starts with it. */
function coveringPrefix(lo: string, hi: string | undefined): string {
  for (let len = lo.length; len > 0; len--) {
    const q = lo.slice(0, len);
    const end = prefixEnd(q);
    if (end === undefined ? hi === undefined : hi !== undefined && hi <= end) return q;
  }
  return "";
}
