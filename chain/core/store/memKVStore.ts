import { BaseKVStore } from "./baseKVStore.js";
import { KeyIndex } from "./keyIndex.js";

/**
 * A sorted in-memory key/value store: a hash map for point reads plus a {@link KeyIndex} for
 * ordered iteration. It holds the node's committed state and serves as a plain store in tests
 * and tools.
 */
export class MemKVStore extends BaseKVStore {
  private readonly map: Map<string, Uint8Array>;
  private readonly index: KeyIndex;

  /**
   * @param sorted - optional initial entries in binary-string key form, strictly ascending
   *   (internal: used when loading the flat state from disk, which is already ordered)
   */
  constructor(sorted?: { keys: string[]; values: Uint8Array[] }) {
    super();
    this.map = new Map();
    if (sorted === undefined) {
      this.index = new KeyIndex();
      return;
    }
    for (let i = 0; i < sorted.keys.length; i++) this.map.set(sorted.keys[i]!, sorted.values[i]!);
    this.index = KeyIndex.fromSorted(sorted.keys);
  }

  /** Number of keys. */
  get size(): number {
    return this.map.size;
  }

  /** @inheritDoc */
  getKey(key: string): Uint8Array | undefined {
    return this.map.get(key);
  }

  /** @inheritDoc */
  nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined {
    return this.index.next(after, lo, hi, reverse);
  }

  /** @inheritDoc */
  setKey(key: string, value: Uint8Array): void {
    const before = this.map.size;
    this.map.set(key, value);
    // only a new key changes the order; updating a value is a map write
    if (this.map.size !== before) this.index.insert(key);
  }

  /** @inheritDoc */
  deleteKey(key: string): void {
    if (this.map.delete(key)) this.index.remove(key);
  }

  /** All entries in ascending key order, binary-string keys (internal). */
  *entriesByKey(): IterableIterator<[string, Uint8Array]> {
    for (const key of this.index.keys()) yield [key, this.map.get(key)!];
  }
}
