import { BaseKVStore, type KeyedStore } from "./baseKVStore.js";
import { prefixEnd, toKey } from "./bytes.js";
import { keyedStore } from "./foreignStore.js";
import type { KVStore } from "./types.js";

/**
 * A store namespaced under a byte prefix of its parent (a module's store): its key `k` is the
 * parent's key `prefix ‖ k`, and it can neither see nor touch keys outside the prefix.
 */
export class PrefixStore extends BaseKVStore {
  private readonly parent: KeyedStore;
  private readonly prefix: string;
  private readonly end: string | undefined;

  /**
   * @param parent - the store to namespace
   * @param prefix - the namespace; modules should use prefixes that are not prefixes of each other
   */
  constructor(parent: KVStore, prefix: Uint8Array) {
    super();
    this.parent = keyedStore(parent);
    this.prefix = toKey(prefix);
    this.end = prefixEnd(this.prefix);
  }

  /** @inheritDoc */
  getKey(key: string): Uint8Array | undefined {
    return this.parent.getKey(this.prefix + key);
  }

  /** @inheritDoc */
  nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined {
    const p = this.prefix;
    const key = this.parent.nextKey(
      after === undefined ? undefined : p + after,
      p + lo,
      hi === undefined ? this.end : p + hi,
      reverse,
    );
    return key?.slice(p.length);
  }

  /** @inheritDoc */
  setKey(key: string, value: Uint8Array): void {
    this.parent.setKey(this.prefix + key, value);
  }

  /** @inheritDoc */
  deleteKey(key: string): void {
    this.parent.deleteKey(this.prefix + key);
  }
}
