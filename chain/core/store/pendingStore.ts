import type { KeyedStore } from "./baseKVStore.js";
import { BufferedKVStore } from "./cacheKVStore.js";
import { StoreError, StoreErrorCode } from "./errors.js";

/**
 * The writes of the block being built, over the committed state: what
 * `CommitStore.working()` returns. Unlike a `CacheKVStore` it has no `write()`; only the commit
 * store drains it, into the commitment and LevelDB. While a commit is being persisted it is
 * frozen: reads work, writes throw.
 */
export class PendingStore extends BufferedKVStore {
  /** Set by the commit store while a commit is in flight. */
  frozen = false;

  /** @param committed - the last committed state */
  constructor(committed: KeyedStore) {
    super(committed);
  }

  /**
   * @inheritDoc
   * @throws StoreError `CommitInProgress` while frozen
   */
  override setKey(key: string, value: Uint8Array): void {
    this.assertWritable();
    this.buffer(key, value);
  }

  /**
   * @inheritDoc
   * @throws StoreError `CommitInProgress` while frozen
   */
  override deleteKey(key: string): void {
    this.assertWritable();
    this.buffer(key, null);
  }

  /** The buffered writes (`null` = delete), binary-string keys, in first-write order. */
  bufferedWrites(): IterableIterator<[string, Uint8Array | null]> {
    return this.writes.entries();
  }

  /** Drops all buffered writes. */
  clear(): void {
    this.clearBuffer();
  }

  private assertWritable(): void {
    if (this.frozen) {
      throw new StoreError(StoreErrorCode.CommitInProgress, "state is read-only while a commit is persisted");
    }
  }
}
