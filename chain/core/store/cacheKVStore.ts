import { BaseKVStore, type KeyedStore } from "./baseKVStore.js";
import { keyedStore } from "./foreignStore.js";
import { KeyIndex } from "./keyIndex.js";
import type { KVStore } from "./types.js";

/**
 * Write buffer over a parent store: the shared logic of {@link CacheKVStore} and the commit
 * store's pending layer. Writes stay in a map (`null` marks a delete) until flushed; reads and
 * iteration merge the buffer over the parent.
 */
export abstract class BufferedKVStore extends BaseKVStore {
  /** Buffered writes in insertion order; `null` is a delete. */
  protected readonly writes = new Map<string, Uint8Array | null>();
  // the order of buffered keys is only needed once something iterates, so it is built lazily
  private index: KeyIndex | undefined;

  /** @param parent - the store reads fall through to */
  constructor(protected readonly parent: KeyedStore) {
    super();
  }

  /** Number of buffered writes (sets and deletes). */
  get pendingCount(): number {
    return this.writes.size;
  }

  /** @inheritDoc */
  getKey(key: string): Uint8Array | undefined {
    const own = this.writes.get(key);
    if (own !== undefined) return own ?? undefined;
    return this.parent.getKey(key);
  }

  /** @inheritDoc */
  nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined {
    if (this.writes.size === 0) return this.parent.nextKey(after, lo, hi, reverse);
    const own = this.ownIndex();
    let from = after;
    for (;;) {
      const fromParent = this.parent.nextKey(from, lo, hi, reverse);
      const fromOwn = own.next(from, lo, hi, reverse);
      if (fromOwn === undefined) return fromParent;
      // a parent key strictly before the next buffered key cannot be buffered itself
      if (fromParent !== undefined && (reverse ? fromParent > fromOwn : fromParent < fromOwn))
        return fromParent;
      if (this.writes.get(fromOwn) !== null) return fromOwn;
      from = fromOwn; // buffered delete: hide it and look further
    }
  }

  /** @inheritDoc */
  setKey(key: string, value: Uint8Array): void {
    this.buffer(key, value);
  }

  /** @inheritDoc */
  deleteKey(key: string): void {
    this.buffer(key, null);
  }

  /** Records a write in the buffer. */
  protected buffer(key: string, value: Uint8Array | null): void {
    const before = this.writes.size;
    this.writes.set(key, value);
    if (this.index !== undefined && this.writes.size !== before) this.index.insert(key);
  }

  /** Drops every buffered write. */
  protected clearBuffer(): void {
    this.writes.clear();
    this.index = undefined;
  }

  private ownIndex(): KeyIndex {
    if (this.index === undefined) this.index = KeyIndex.fromSorted([...this.writes.keys()].sort());
    return this.index;
  }
}

/**
 * A branch of a store: reads fall through to the parent, writes are buffered until
 * {@link CacheKVStore.write} flushes them into the parent. Dropping the branch (or calling
 * {@link CacheKVStore.discard}) throws the writes away. Branches nest: a transaction branches
 * the block's working state, a message branches the transaction.
 *
 * @example
 * const tx = new CacheKVStore(commitStore.working());
 * tx.set(key, value);
 * if (ok) tx.write(); // otherwise just drop `tx`
 */
export class CacheKVStore extends BufferedKVStore {
  /** @param parent - the store this branch reads from and flushes into */
  constructor(parent: KVStore) {
    super(keyedStore(parent));
  }

  /**
   * Flushes the buffered writes into the parent (in the order they were first made) and empties
   * the buffer. The branch stays usable.
   * @throws whatever the parent throws on a write (e.g. StoreError `CommitInProgress`); the
   *   buffer is kept in that case
   */
  write(): void {
    for (const [key, value] of this.writes) {
      if (value === null) this.parent.deleteKey(key);
      else this.parent.setKey(key, value);
    }
    this.clearBuffer();
  }

  /** Throws away the buffered writes. */
  discard(): void {
    this.clearBuffer();
  }
}
