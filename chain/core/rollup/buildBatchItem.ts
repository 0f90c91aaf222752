import type { strata } from "../../../proto/gen/strata.js";
import { decodeBlock } from "../block/index.js";
import type { StateProofNodes } from "../store/index.js";
import { BatchCode, BatchError } from "./batchErrors.js";
import { type BatchHeader, BatchHeaderSsz } from "./types.js";
import {
  type ChildValidator,
  childValidatorSet,
  childValidatorsOf,
  childValidatorsToProto,
} from "./validators.js";
import { batchHeaderRoot, deriveBatchHeader, verifyCommitment, verifyNoCommitment } from "./verifyBatch.js";

/** Inputs of {@link buildBatchItem}: one child block as the batcher reads it from the child. */
export interface BuildBatchItemInput {
  /** The child block's SSZ bytes (`encodeBlock`). */
  block: Uint8Array;
  /** The SSZ commit of that block (the child's seen commit, `encodeCommit`). */
  commit: Uint8Array;
  /**
   * Proof of `COMMITMENT_STATE_KEY` in the child state the block's `appHash` commits to (the
   * state after the previous block; for block 1 the genesis state, see `proveInState`).
   */
  commitmentProof: StateProofNodes;
  /** The header of the batch before this one (accepted, or built earlier in the same pack); none for block 1. */
  prevHeader: BatchHeader | undefined;
  /** The set the parent holds for this block's height (what it will check the commit against). */
  heldValidators: readonly ChildValidator[];
  /**
   * The child's validator set for the next height (the block's `nextValidatorsHash`). Needed only
   * when it differs from `heldValidators`; ignored otherwise.
   */
  nextValidators?: readonly ChildValidator[];
  /** [anchor-1] The child is an L3: `commitmentProof` proves the commitment key absent. */
  noCommitment?: boolean;
}

/** What {@link buildBatchItem} returns. */
export interface BuiltBatchItem {
  /** The item to put in `MsgSubmitBatch.items`. */
  item: strata.rollup.v1.IBatchItem;
  /** The derived header (the next item's `prevHeader`). */
  header: BatchHeader;
  headerRoot: Uint8Array;
  /** The set the parent will hold for the next block (the next item's `heldValidators`). */
  nextHeld: ChildValidator[];
}

/**
 * Builds the `BatchItem` of one child block: derives its `BatchHeader` ([batch-8]) from the block,
 * the proven commitment record and the previous header, and adds `next_validators` only when the
 * block names a set other than the held one ([batch-9]). It checks what the batcher can get wrong
 * itself (a proof that does not verify, a missing or wrong next set) so a refusal is local, not on
 * the parent; signatures are the parent's to check.
 * @throws BatchError(malformed | invalidCommitment | wrongNextValidators).
 */
export function buildBatchItem(input: BuildBatchItemInput): BuiltBatchItem {
  let block: ReturnType<typeof decodeBlock>;
  try {
    block = decodeBlock(input.block);
  } catch (err) {
    throw new BatchError(BatchCode.malformed, `block is not SSZ (${(err as Error).message})`);
  }
  const proof = {
    key: input.commitmentProof.key,
    value: input.commitmentProof.value ?? new Uint8Array(),
    nodes: input.commitmentProof.nodes,
  };
  const commitment = input.noCommitment
    ? verifyNoCommitment(block.header.appHash, proof)
    : verifyCommitment(block.header.appHash, proof);
  const prevRoot = input.prevHeader ? batchHeaderRoot(input.prevHeader) : new Uint8Array(32);
  const header = deriveBatchHeader(block, commitment, prevRoot);
  const held = childValidatorSet(input.heldValidators);
  const item: strata.rollup.v1.IBatchItem = {
    block: input.block,
    commit: input.commit,
    header: BatchHeaderSsz.serialize(header),
    commitmentProof: proof,
  };
  let nextHeld = childValidatorsOf(held);
  if (Buffer.compare(block.header.nextValidatorsHash, held.hash()) !== 0) {
    if (!input.nextValidators)
      throw new BatchError(
        BatchCode.wrongNextValidators,
        `block ${block.header.height} changes the validator set: nextValidators are required`,
      );
    const next = childValidatorSet(input.nextValidators, BatchCode.wrongNextValidators);
    if (Buffer.compare(next.hash(), block.header.nextValidatorsHash) !== 0)
      throw new BatchError(
        BatchCode.wrongNextValidators,
        `nextValidators are not the set block ${block.header.height} names for the next height`,
      );
    nextHeld = childValidatorsOf(next);
    item.nextValidators = childValidatorsToProto(nextHeld);
  }
  return { item, header, headerRoot: batchHeaderRoot(header), nextHeld };
}
