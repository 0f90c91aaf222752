/**
 * The parent–child link of strata's committee-signed rollups (ROLLUP.md beside this file): the
 * SSZ schemas, the pure batch checks a parent runs (L1 for L2, L2 for an L3), the item a
 * batcher builds, the deposit accumulator and the withdrawal list's Merkle tree.
 * @packageDocumentation
 */
export { acceptBatch, type BatchLedger } from "./acceptBatch.js";
export { BatchCode, BatchError, ROLLUP_CODESPACE } from "./batchErrors.js";
export type { BuildBatchItemInput, BuiltBatchItem } from "./buildBatchItem.js";
export { buildBatchItem } from "./buildBatchItem.js";
export type { DepositFields } from "./deposits.js";
export {
  accumulate,
  address20,
  denomBytes,
  depositFromSsz,
  depositToSsz,
  isBridgeAddress,
  MAX_BRIDGE_AMOUNT,
  nextAccumulator,
  parseBridgeAmount,
  ZERO_ACCUMULATOR,
} from "./deposits.js";
export type { GenesisBatchJson, GenesisFieldOptions } from "./genesisRecords.js";
export { genesisBase64, genesisBatchRecords, genesisCount } from "./genesisRecords.js";
/** The withdrawal list's incremental Merkle tree (depth 32, SSZ `List` root, proofs): `merkleList.root(tree)`, … */
export * as merkleList from "./merkleList.js";
export type { BatchHeader, Deposit, RollupCommitment, Withdrawal } from "./types.js";
export {
  BatchHeaderSsz,
  COMMITMENT_STATE_KEY,
  DepositSsz,
  MAX_CHAIN_ID_BYTES,
  MAX_CHILD_BLOCK_BYTES,
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
export type { WithdrawalFields } from "./withdrawals.js";
export { withdrawalFromSsz, withdrawalLeaf, withdrawalToSsz } from "./withdrawals.js";
