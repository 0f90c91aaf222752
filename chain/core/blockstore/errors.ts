import { StrataError } from "../errors/index.js";

/** Codespace of the block store's errors. */
export const BLOCKSTORE_CODESPACE = "blockstore";

/** Stable error codes of the `blockstore` codespace; numbers are never reused. */
export enum BlockStoreErrorCode {
  /** A `tx_search` would read more index entries than one request may (narrow the query). */
  queryTooBroad = 1,
}

/** An error of the block store: codespace `blockstore`, code from {@link BlockStoreErrorCode}. */
export class BlockStoreError extends StrataError {
  /**
   * @param code - stable code of the failure
   * @param message - what went wrong and what to do about it
   * @param detail - structured context for logs
   */
  constructor(code: BlockStoreErrorCode, message: string, detail?: Record<string, unknown>) {
    super(BLOCKSTORE_CODESPACE, code, message, detail);
  }
}
