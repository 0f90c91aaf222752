import { StrataError } from "../../../core/errors/index.js";
import { ROLLUP_CODESPACE } from "../../../core/rollup/index.js";

export { BatchCode, BatchError } from "../../../core/rollup/index.js";

/**
 * Error codes of the rollup module (codespace `rollup`). A refused batch item carries a
 * `BatchCode` (20 and up, from `chain/core/rollup`) in the same codespace. Never renumber.
 */
export enum RollupCode {
  /** A message field that breaks a format rule (addresses, amounts, item counts). */
  invalidRequest = 2,
  /** [batch-1] the chain is not registered. */
  notRegistered = 3,
  /** [reg-1] the chain id is taken (registered before, or the parent's own). */
  alreadyRegistered = 4,
  /** [reg-2] the child genesis is not a genesis document of that chain with validators. */
  invalidChildGenesis = 5,
  /** [reg-4] the challenge window is below `min_challenge_window_blocks`. */
  windowTooShort = 6,
  /** [reg-4] the bond is below `min_bond`. */
  bondTooLow = 7,
  /** More items than `max_items_per_batch`, or none. */
  tooManyItems = 8,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 9,
}

const DESCRIPTIONS: Record<RollupCode, string> = {
  [RollupCode.invalidRequest]: "invalid request",
  [RollupCode.notRegistered]: "rollup not registered",
  [RollupCode.alreadyRegistered]: "chain id not available",
  [RollupCode.invalidChildGenesis]: "invalid child genesis",
  [RollupCode.windowTooShort]: "challenge window too short",
  [RollupCode.bondTooLow]: "bond too low",
  [RollupCode.tooManyItems]: "wrong number of batch items",
  [RollupCode.invalidGenesis]: "invalid rollup genesis",
};

/** An error in codespace `rollup`; the message ends with the code's description. */
export class RollupError extends StrataError {
  constructor(code: RollupCode, message = "", detail?: Record<string, unknown>) {
    super(ROLLUP_CODESPACE, code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
