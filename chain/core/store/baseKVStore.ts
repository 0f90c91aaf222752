import { checkKey, checkValue, fromKey, prefixEnd, toKey } from "./bytes.js";
import type { IterateOptions, KVStore } from "./types.js";

/**
 * The key/value operations of a store in binary-string key form (see `bytes.ts`). Stores of
 * this package talk to each other through it, so a stack of branches converts a key once.
 */
export interface KeyedStore {
  /** Value at `key`, or `undefined`. */
  getKey(key: string): Uint8Array | undefined;
  /**
   * The first present key after `after` (before it when `reverse`) inside `[lo, hi)`; with
   * `after` undefined, the first (last) one of the range. `hi` undefined means unbounded.
   */
  nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined;
  /** Sets `key`; `value` is already a private copy. */
  setKey(key: string, value: Uint8Array): void;
  /** Removes `key`. */
  deleteKey(key: string): void;
}

/**
 * Base of the stores of this package: implements the public {@link KVStore} API (validation,
 * copying, bounds and iteration) over the {@link KeyedStore} operations of the subclass.
 */
export abstract class BaseKVStore implements KVStore, KeyedStore {
  /** @inheritDoc KeyedStore.getKey */
  abstract getKey(key: string): Uint8Array | undefined;
  /** @inheritDoc KeyedStore.nextKey */
  abstract nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined;
  /** @inheritDoc KeyedStore.setKey */
  abstract setKey(key: string, value: Uint8Array): void;
  /** @inheritDoc KeyedStore.deleteKey */
  abstract deleteKey(key: string): void;

  /**
   * Value at `key`, or `undefined`.
   * @throws StoreError `InvalidKey` for an empty or non-`Uint8Array` key
   */
  get(key: Uint8Array): Uint8Array | undefined {
    checkKey(key);
    return this.getKey(toKey(key));
  }

  /**
   * Whether `key` is present.
   * @throws StoreError `InvalidKey` for an empty or non-`Uint8Array` key
   */
  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * Sets `key` to a copy of `value`.
   * @throws StoreError `InvalidKey` / `InvalidValue` for malformed arguments
   */
  set(key: Uint8Array, value: Uint8Array): void {
    checkKey(key);
    checkValue(value);
    // copy so a caller reusing its buffer cannot change state behind the store's back
    this.setKey(toKey(key), value.slice());
  }

  /**
   * Removes `key` (a no-op when absent).
   * @throws StoreError `InvalidKey` for an empty or non-`Uint8Array` key
   */
  delete(key: Uint8Array): void {
    checkKey(key);
    this.deleteKey(toKey(key));
  }

  /** Entries under `prefix` in key order; see {@link KVReader.iterate}. */
  *iterate(prefix: Uint8Array, opts: IterateOptions = {}): IterableIterator<[Uint8Array, Uint8Array]> {
    const p = toKey(prefix);
    let lo = p;
    let hi = prefixEnd(p);
    if (opts.start !== undefined) {
      const start = toKey(opts.start);
      if (start > lo) lo = start;
    }
    if (opts.end !== undefined) {
      const end = toKey(opts.end);
      if (hi === undefined || end < hi) hi = end;
    }
    if (hi !== undefined && lo >= hi) return;
    const reverse = opts.reverse === true;
    const limit = opts.limit ?? Number.POSITIVE_INFINITY;
    let last: string | undefined;
    let n = 0;
    while (n < limit) {
      const key = this.nextKey(last, lo, hi, reverse);
      if (key === undefined) return;
      last = key;
      const value = this.getKey(key);
      if (value === undefined) continue;
      n++;
      yield [fromKey(key), value];
    }
  }
}
