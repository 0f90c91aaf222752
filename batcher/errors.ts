import { StrataError } from "../chain/core/errors/index.js";

/**
 * Error codes of the `batcher` codespace. Numbers are stable: a retired code is commented out,
 * never reused for another meaning.
 */
export enum BatcherErrorCode {
  /** Batcher options are inconsistent or out of range. */
  InvalidConfig = 1,
  /** The child chain is not registered on the parent. */
  NotRegistered = 2,
  /** A node (parent or child) answered something the batcher cannot use. */
  BadAnswer = 3,
  /** The child node does not hold a block the batcher needs (pruned, or not yet committed). */
  BlockUnavailable = 4,
  /** The rebuild (`strata l2 verify`) found a mismatch. */
  VerifyMismatch = 5,
  /** The parent's data is incomplete for the rebuild (a batch's block data cannot be found). */
  DataUnavailable = 6,
  /** A child block is too large to fit in one parent transaction: it can never be posted. */
  BlockTooLarge = 7,
  /** `strata l2 sync-from-l1`: the home already holds another chain (or a store without genesis). */
  HomeHoldsOtherChain = 8,
}

/** Codespace of every {@link BatcherError}. */
export const BATCHER_CODESPACE = "batcher";

/** The batcher's error: a {@link BatcherErrorCode} in the `batcher` codespace. */
export class BatcherError extends StrataError {
  constructor(code: BatcherErrorCode, message: string, detail?: Record<string, unknown>) {
    super(BATCHER_CODESPACE, code, message, detail);
  }
}
