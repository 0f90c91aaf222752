/**
 * The parent–child link of strata's committee-signed rollups (ROLLUP.md beside this file): the
 * SSZ schemas, the pure batch checks a parent runs (L1 for L2, L2 for an L3) and the item a
 * batcher builds.
 * @packageDocumentation
 */
export { BatchCode, BatchError, ROLLUP_CODESPACE } from "./batchErrors.js";
export type { BuildBatchItemInput, BuiltBatchItem } from "./buildBatchItem.js";
export { buildBatchItem } from "./buildBatchItem.js";
export type { BatchHeader, Deposit, RollupCommitment, Withdrawal } from "./types.js";
export {
  BatchHeaderSsz,
  COMMITMENT_STATE_KEY,
  DepositSsz,
  MAX_CHAIN_ID_BYTES,
  MAX_DENOM_BYTES,
  RollupCommitmentSsz,
  WITHDRAWAL_LIST_LIMIT,
  WITHDRAWAL_TREE_DEPTH,
  WithdrawalSsz,
} from "./types.js";
export type { ChildValidator } from "./validators.js";
export {
  childValidatorSet,
  childValidatorsFromProto,
  childValidatorsOf,
  childValidatorsToProto,
} from "./validators.js";
export type { AcceptedBatch, BatchCheckContext, VerifiedBatchItem } from "./verifyBatch.js";
export {
  batchHeaderRoot,
  decodeBatchHeader,
  deriveBatchHeader,
  EMPTY_COMMITMENT,
  verifyBatch,
  verifyBatchItem,
  verifyCommitment,
  verifyNoCommitment,
  zeroAccumulator,
} from "./verifyBatch.js";
