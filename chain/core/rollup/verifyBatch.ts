import type { strata } from "../../../proto/gen/strata.js";
import { blockIdOf, dataHash, decodeBlock, encodeBlock, headerHash } from "../block/index.js";
import { BlockIdFlag, decodeCommit, verifyCommit } from "../consensus/index.js";
import { StrataError } from "../errors/index.js";
import { verifyStateProofSync } from "../store/index.js";
import type { Block } from "../types/index.js";
import { BatchCode, BatchError } from "./batchErrors.js";
import {
  type BatchHeader,
  BatchHeaderSsz,
  COMMITMENT_STATE_KEY,
  type RollupCommitment,
  RollupCommitmentSsz,
} from "./types.js";
import {
  type ChildValidator,
  childValidatorSet,
  childValidatorsFromProto,
  childValidatorsOf,
} from "./validators.js";

// Batch acceptance (ROLLUP.md): pure and synchronous, so the parent's DeliverTx (L1's rollup
// module) and an L2 module anchoring L3 headers run the same checks. The rules are cited by tag.

const ZERO32 = new Uint8Array(32);
const utf8 = new TextEncoder();

/** The accumulator of no deposits (`acc[0]`): 32 zero bytes. */
export function zeroAccumulator(): Uint8Array {
  return new Uint8Array(32);
}

/** `hashTreeRoot(BatchHeader)`: what the next header's `prevHeaderRoot` names. */
export function batchHeaderRoot(header: BatchHeader): Uint8Array {
  return BatchHeaderSsz.hashTreeRoot(header);
}

/** The last accepted batch of a chain, as the parent holds it. */
export interface AcceptedBatch {
  header: BatchHeader;
  /** {@link batchHeaderRoot} of `header`. */
  root: Uint8Array;
}

/** What the parent knows of a child chain when it checks that chain's next batch item. */
export interface BatchCheckContext {
  /** The registered child chain id. */
  chainId: string;
  /** The last accepted batch, or undefined before batch 1. */
  prev: AcceptedBatch | undefined;
  /** [batch-9] The set the parent holds for batch `prev.number + 1` (the registered set for 1). */
  validators: readonly ChildValidator[];
  /** [batch-10] The parent's deposit facts for the chain. */
  deposits: {
    /** Deposits locked for the chain so far (the last nonce). */
    count: number;
    /** The stored accumulator after deposit `nonce` (1 ≤ nonce ≤ count). */
    accumulatorAt(nonce: number): Uint8Array;
  };
  /**
   * [anchor-1] The child is an L3 (L2's `l3registry`): it has no bridge, so `commitment_proof` must
   * prove `COMMITMENT_STATE_KEY` absent under the block's `appHash` and the header's withdrawal and
   * deposit fields are those of {@link EMPTY_COMMITMENT}. Default false (a rollup: the record must
   * be present, [batch-7]).
   */
  noCommitment?: boolean;
  /**
   * Called once per item with the number of commit signatures present, after the commit decodes
   * and before any signature is verified: the parent charges gas there.
   */
  charge?(signatures: number): void;
}

/** An accepted batch item. */
export interface VerifiedBatchItem {
  /** The header (submitted and equal to the derived one). */
  header: BatchHeader;
  /** Its SSZ bytes, as submitted (canonical). */
  headerBytes: Uint8Array;
  /** {@link batchHeaderRoot} of the header. */
  headerRoot: Uint8Array;
  /** The decoded child block. */
  block: Block;
  /** The commitment record proven at the block's `appHash`. */
  commitment: RollupCommitment;
  /** The set the parent holds for the next batch, in set order. */
  nextValidators: ChildValidator[];
  /** Whether `nextValidators` differs from the set of this batch ([batch-9]). */
  validatorsChanged: boolean;
  /** Commit signatures present (gas). */
  signatures: number;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value instanceof Uint8Array ? value : new Uint8Array();
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

/**
 * The `BatchHeader` derived from a child block, the commitment record proven at its `appHash`
 * and the previous accepted header's root ([batch-8]). `blockHash` is the header's hash, when the
 * caller has it already.
 */
export function deriveBatchHeader(
  block: Block,
  commitment: RollupCommitment,
  prevHeaderRoot: Uint8Array,
  blockHash: Uint8Array = headerHash(block.header),
): BatchHeader {
  const h = block.header;
  return {
    chainId: utf8.encode(h.chainId),
    number: BigInt(h.height),
    prevHeaderRoot,
    blockHash,
    stateRoot: h.appHash,
    txRoot: h.dataHash,
    withdrawalRoot: commitment.withdrawalRoot,
    withdrawalCount: commitment.withdrawalCount,
    depositCursor: commitment.depositCursor,
    depositAccumulator: commitment.depositAccumulator,
    validatorSetRoot: h.validatorsHash,
    nextValidatorSetRoot: h.nextValidatorsHash,
    timeNs: h.timeNs,
  };
}

/**
 * Decodes canonical SSZ `BatchHeader` bytes.
 * @throws BatchError(malformed) when they do not decode or do not re-encode to the same bytes.
 */
export function decodeBatchHeader(raw: Uint8Array): BatchHeader {
  let header: BatchHeader;
  try {
    header = BatchHeaderSsz.deserialize(raw);
  } catch (err) {
    throw new BatchError(BatchCode.malformed, `header is not an SSZ BatchHeader (${(err as Error).message})`);
  }
  if (!equal(BatchHeaderSsz.serialize(header), raw))
    throw new BatchError(BatchCode.malformed, "header is not canonical SSZ");
  return header;
}

/**
 * Verifies the commitment proof of a child block ([batch-7]) and returns the record.
 * @throws BatchError(invalidCommitment) when the proof is for another key, claims absence, does
 *   not verify against `appHash`, or its value is not a `RollupCommitment`.
 */
export function verifyCommitment(
  appHash: Uint8Array,
  proof: strata.rollup.v1.IStateProof | null | undefined,
): RollupCommitment {
  const bad = (m: string) => new BatchError(BatchCode.invalidCommitment, m);
  if (!proof) throw bad("commitment_proof is missing");
  const key = bytes(proof.key);
  const value = bytes(proof.value);
  // [batch-7] a proof of presence of exactly COMMITMENT_STATE_KEY
  if (!equal(key, COMMITMENT_STATE_KEY)) throw bad("the proof is not for the commitment key");
  if (value.length === 0) throw bad("the proof must show the commitment record present");
  try {
    verifyStateProofSync(appHash, COMMITMENT_STATE_KEY, {
      key,
      value,
      nodes: (proof.nodes ?? []).map(bytes),
    });
  } catch (err) {
    throw bad(`${(err as Error).message} (against the block's appHash ${hex(appHash)})`);
  }
  try {
    return RollupCommitmentSsz.deserialize(value);
  } catch {
    throw bad("the proven value is not an SSZ RollupCommitment");
  }
}

/** The commitment of a child without a bridge (an L3, [anchor-1]): zero roots and counts. */
export const EMPTY_COMMITMENT: Readonly<RollupCommitment> = Object.freeze({
  withdrawalRoot: new Uint8Array(32),
  withdrawalCount: 0n,
  depositCursor: 0n,
  depositAccumulator: new Uint8Array(32),
});

/**
 * [anchor-1] Verifies that `proof` shows `COMMITMENT_STATE_KEY` absent under `appHash` (an L3 has
 * no bridge) and returns {@link EMPTY_COMMITMENT}.
 * @throws BatchError(invalidCommitment) when the proof is for another key, claims a value, or does
 *   not verify against `appHash`.
 */
export function verifyNoCommitment(
  appHash: Uint8Array,
  proof: strata.rollup.v1.IStateProof | null | undefined,
): RollupCommitment {
  const bad = (m: string) => new BatchError(BatchCode.invalidCommitment, m);
  if (!proof) throw bad("commitment_proof (of absence) is missing");
  const key = bytes(proof.key);
  if (!equal(key, COMMITMENT_STATE_KEY)) throw bad("the proof is not for the commitment key");
  if (bytes(proof.value).length > 0)
    throw bad("an L3 has no commitment record; the proof must show it absent");
  try {
    verifyStateProofSync(appHash, COMMITMENT_STATE_KEY, {
      key,
      value: undefined,
      nodes: (proof.nodes ?? []).map(bytes),
    });
  } catch (err) {
    throw bad(`${(err as Error).message} (against the block's appHash ${hex(appHash)})`);
  }
  return { ...EMPTY_COMMITMENT };
}

const HEADER_FIELDS = [
  "chainId",
  "number",
  "prevHeaderRoot",
  "blockHash",
  "stateRoot",
  "txRoot",
  "withdrawalRoot",
  "withdrawalCount",
  "depositCursor",
  "depositAccumulator",
  "validatorSetRoot",
  "nextValidatorSetRoot",
  "timeNs",
] as const;

/** The first field in which two headers differ, or undefined. */
function firstDifference(a: BatchHeader, b: BatchHeader): (typeof HEADER_FIELDS)[number] | undefined {
  for (const f of HEADER_FIELDS) {
    const x = a[f];
    const y = b[f];
    if (typeof x === "bigint" ? x !== y : !equal(x as Uint8Array, y as Uint8Array)) return f;
  }
  return undefined;
}

/**
 * Checks one batch item against the last accepted batch and the validator set the parent holds
 * (ROLLUP.md, "Batch acceptance", [batch-2] to [batch-11]; [batch-1], the registration, is the
 * caller's) and returns the accepted header, its root and the set for the next batch.
 * @throws BatchError naming the first rule the item breaks.
 */
export function verifyBatchItem(
  ctx: BatchCheckContext,
  item: strata.rollup.v1.IBatchItem,
): VerifiedBatchItem {
  const { prev } = ctx;
  const expected = prev ? prev.header.number + 1n : 1n;
  const headerBytes = bytes(item.header);
  const header = decodeBatchHeader(headerBytes);

  // [batch-2] consecutive numbers: an accepted number is a replay, a larger one a gap
  if (header.number < expected)
    throw new BatchError(BatchCode.replay, `batch ${header.number} already accepted`, {
      number: header.number.toString(),
    });
  if (header.number > expected)
    throw new BatchError(BatchCode.gap, `expected batch ${expected}, got ${header.number}`);

  // [batch-3] the header names the previous accepted header (zero bytes for number 1)
  const prevRoot = prev?.root ?? ZERO32;
  if (!equal(header.prevHeaderRoot, prevRoot))
    throw new BatchError(
      BatchCode.wrongPrevHeader,
      `batch ${expected}: prevHeaderRoot ${hex(header.prevHeaderRoot)} is not ${hex(prevRoot)}`,
    );

  // [batch-4] the block decodes canonically, is of this chain at this height, and follows prev
  const blockBytes = bytes(item.block);
  let block: Block;
  try {
    block = decodeBlock(blockBytes);
  } catch (err) {
    throw new BatchError(
      BatchCode.malformed,
      `batch ${expected}: block is not SSZ (${(err as Error).message})`,
    );
  }
  if (!equal(encodeBlock(block), blockBytes))
    throw new BatchError(BatchCode.malformed, `batch ${expected}: block is not canonical SSZ`);
  const h = block.header;
  if (h.chainId !== ctx.chainId)
    throw new BatchError(
      BatchCode.wrongBlock,
      `batch ${expected}: block of chain ${JSON.stringify(h.chainId)}`,
    );
  if (BigInt(h.height) !== expected)
    throw new BatchError(BatchCode.wrongBlock, `batch ${expected}: block height ${h.height}`);
  if (prev && !equal(h.lastBlockId.hash, prev.header.blockHash))
    throw new BatchError(
      BatchCode.wrongBlock,
      `batch ${expected}: the block's previous block is not batch ${prev.header.number}'s block`,
    );

  // [batch-5] the block names the held set, and the commit proves it under that set
  const set = childValidatorSet(ctx.validators);
  if (!equal(h.validatorsHash, set.hash()))
    throw new BatchError(
      BatchCode.wrongValidatorSet,
      `batch ${expected}: block validatorsHash ${hex(h.validatorsHash)} is not the held set's ${hex(set.hash())}`,
    );
  let commit: ReturnType<typeof decodeCommit>;
  try {
    commit = decodeCommit(bytes(item.commit));
  } catch (err) {
    throw new BatchError(
      BatchCode.malformed,
      `batch ${expected}: commit does not decode (${(err as Error).message})`,
    );
  }
  const signatures = commit.signatures.filter((s) => s.blockIdFlag !== BlockIdFlag.absent).length;
  ctx.charge?.(signatures);
  // The block id the commit must sign; its hash is also the derived header's blockHash.
  const blockId = blockIdOf(block, blockBytes);
  try {
    verifyCommit(ctx.chainId, set, blockId, h.height, commit);
  } catch (err) {
    if (!(err instanceof StrataError)) throw err;
    throw new BatchError(BatchCode.invalidCommit, `batch ${expected}: ${err.message}`, err.detail);
  }

  // [batch-6] the data is the data that was signed
  if (!equal(dataHash(block.txs), h.dataHash))
    throw new BatchError(
      BatchCode.dataMismatch,
      `batch ${expected}: txs do not hash to the block's dataHash`,
    );

  // [batch-7] the commitment record, proven at the block's appHash ([anchor-1] an L3: proven absent)
  const commitment = ctx.noCommitment
    ? verifyNoCommitment(h.appHash, item.commitmentProof)
    : verifyCommitment(h.appHash, item.commitmentProof);

  // [batch-8] every header field equals its derived value
  const derived = deriveBatchHeader(block, commitment, prevRoot, blockId.hash);
  const field = firstDifference(header, derived);
  if (field !== undefined)
    throw new BatchError(
      BatchCode.headerMismatch,
      `batch ${expected}: header field ${field} differs from the block's`,
    );

  // [batch-9] the set for the next batch: carried over, or given and matching nextValidatorsHash
  const given = item.nextValidators ?? [];
  let nextValidators: ChildValidator[];
  const validatorsChanged = !equal(h.nextValidatorsHash, set.hash());
  if (!validatorsChanged) {
    if (given.length > 0)
      throw new BatchError(
        BatchCode.wrongNextValidators,
        `batch ${expected}: next_validators given but the validator set does not change`,
      );
    nextValidators = childValidatorsOf(set);
  } else {
    if (given.length === 0)
      throw new BatchError(
        BatchCode.wrongNextValidators,
        `batch ${expected}: the block names a new validator set for ${expected + 1n}; next_validators are required`,
      );
    const next = childValidatorSet(
      childValidatorsFromProto(given, BatchCode.wrongNextValidators),
      BatchCode.wrongNextValidators,
    );
    if (!equal(next.hash(), h.nextValidatorsHash))
      throw new BatchError(
        BatchCode.wrongNextValidators,
        `batch ${expected}: next_validators hash to ${hex(next.hash())}, the block names ${hex(h.nextValidatorsHash)}`,
      );
    nextValidators = childValidatorsOf(next);
  }

  // [batch-10] the deposit cursor moves forward within the parent's deposits, with their accumulator
  const cursor = header.depositCursor;
  if (prev && cursor < prev.header.depositCursor)
    throw new BatchError(
      BatchCode.depositMismatch,
      `batch ${expected}: deposit cursor ${cursor} is below the accepted ${prev.header.depositCursor}`,
    );
  if (cursor > BigInt(ctx.deposits.count))
    throw new BatchError(
      BatchCode.depositMismatch,
      `batch ${expected}: deposit cursor ${cursor} is beyond the ${ctx.deposits.count} deposits locked`,
    );
  const acc = cursor === 0n ? ZERO32 : ctx.deposits.accumulatorAt(Number(cursor));
  if (!equal(acc, header.depositAccumulator))
    throw new BatchError(
      BatchCode.depositMismatch,
      `batch ${expected}: deposit accumulator at cursor ${cursor} differs from the parent's`,
    );

  // [batch-11] withdrawals only grow
  if (prev && header.withdrawalCount < prev.header.withdrawalCount)
    throw new BatchError(
      BatchCode.withdrawalMismatch,
      `batch ${expected}: withdrawal count ${header.withdrawalCount} is below the accepted ${prev.header.withdrawalCount}`,
    );

  return {
    header,
    headerBytes,
    headerRoot: batchHeaderRoot(header),
    block,
    commitment,
    nextValidators,
    validatorsChanged,
    signatures,
  };
}

/**
 * Checks consecutive items in order, each against the previous one's result (all or nothing).
 * @throws BatchError for the first refused item, its message naming the batch number.
 */
export function verifyBatch(
  ctx: BatchCheckContext,
  items: readonly strata.rollup.v1.IBatchItem[],
): VerifiedBatchItem[] {
  const out: VerifiedBatchItem[] = [];
  let current = ctx;
  for (const item of items) {
    const v = verifyBatchItem(current, item);
    out.push(v);
    current = { ...current, prev: { header: v.header, root: v.headerRoot }, validators: v.nextValidators };
  }
  return out;
}
