import { BaseKVStore, type KeyedStore } from "./baseKVStore.js";
import { StoreError, StoreErrorCode } from "./errors.js";

/** A read-only view of a store (the committed state handed to queries). */
export class ReadOnlyStore extends BaseKVStore {
  /** @param inner - the store to expose */
  constructor(private readonly inner: KeyedStore) {
    super();
  }

  /** @inheritDoc */
  getKey(key: string): Uint8Array | undefined {
    return this.inner.getKey(key);
  }

  /** @inheritDoc */
  nextKey(
    after: string | undefined,
    lo: string,
    hi: string | undefined,
    reverse: boolean,
  ): string | undefined {
    return this.inner.nextKey(after, lo, hi, reverse);
  }

  /**
   * Always throws.
   * @throws StoreError `ReadOnly`
   */
  setKey(): void {
    throw new StoreError(StoreErrorCode.ReadOnly, "the committed state is read-only; write to working()");
  }

  /**
   * Always throws.
   * @throws StoreError `ReadOnly`
   */
  deleteKey(): void {
    throw new StoreError(StoreErrorCode.ReadOnly, "the committed state is read-only; write to working()");
  }
}
