import { StrataError } from "../errors/index.js";

/** Codespace of the rollup rules (ROLLUP.md); the parent's `rollup` module shares it. */
export const ROLLUP_CODESPACE = "rollup";

/**
 * Codes of a refused batch item (ROLLUP.md, "Batch acceptance"), codespace `rollup`. They start at
 * 20: the parent module's own codes (registration, requests) are below. Never renumber.
 */
export enum BatchCode {
  /** An item part does not decode (header, block, commit, validators), or is not canonical. */
  malformed = 20,
  /** [batch-2] the number was already accepted. */
  replay = 21,
  /** [batch-2] the number skips ahead of the next expected one. */
  gap = 22,
  /** [batch-3] `prevHeaderRoot` is not the root of the last accepted header. */
  wrongPrevHeader = 23,
  /** [batch-4] the block's chain id, height or previous block id does not follow. */
  wrongBlock = 24,
  /** [batch-5] the block names another validator set than the one the parent holds. */
  wrongValidatorSet = 25,
  /** [batch-5] the commit does not prove the block (bad signature, ≤ 2/3 of the power, …). */
  invalidCommit = 26,
  /** [batch-6] the block's txs do not hash to its `dataHash`. */
  dataMismatch = 27,
  /** [batch-7] the commitment proof does not verify or its value does not decode. */
  invalidCommitment = 28,
  /** [batch-8] a header field differs from its derived value. */
  headerMismatch = 29,
  /** [batch-9] `next_validators` missing, not matching `nextValidatorsHash`, or given needlessly. */
  wrongNextValidators = 30,
  /** [batch-10] the deposit cursor or accumulator does not match the parent's deposits. */
  depositMismatch = 31,
  /** [batch-11] the withdrawal count went down. */
  withdrawalMismatch = 32,
}

const DESCRIPTIONS: Record<BatchCode, string> = {
  [BatchCode.malformed]: "malformed batch item",
  [BatchCode.replay]: "batch already accepted",
  [BatchCode.gap]: "batch number skips ahead",
  [BatchCode.wrongPrevHeader]: "previous header root mismatch",
  [BatchCode.wrongBlock]: "block does not extend the accepted chain",
  [BatchCode.wrongValidatorSet]: "validator set mismatch",
  [BatchCode.invalidCommit]: "commit does not prove the block",
  [BatchCode.dataMismatch]: "block data does not match its tx root",
  [BatchCode.invalidCommitment]: "invalid commitment proof",
  [BatchCode.headerMismatch]: "batch header does not match the block",
  [BatchCode.wrongNextValidators]: "next validator set mismatch",
  [BatchCode.depositMismatch]: "deposit cursor or accumulator mismatch",
  [BatchCode.withdrawalMismatch]: "withdrawal count went down",
};

/** A refused batch item, codespace `rollup`; the message ends with the code's description. */
export class BatchError extends StrataError {
  constructor(code: BatchCode, message = "", detail?: Record<string, unknown>) {
    super(ROLLUP_CODESPACE, code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
