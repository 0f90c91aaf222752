import { strata } from "../../../proto/gen/strata.js";
import { childValidatorsFromProto, childValidatorsToProto } from "./validators.js";
import {
  type BatchCheckContext,
  decodeBatchHeader,
  type VerifiedBatchItem,
  verifyBatch,
} from "./verifyBatch.js";

/**
 * Where a parent module keeps one child chain's accepted batches: L1's `rollup` module for an L2,
 * L2's `l3registry` for an L3. {@link acceptBatch} reads and moves it; the module owns the keys.
 */
export interface BatchLedger {
  /** The chain's record: its last accepted number and the set held for the next one. */
  chain: { lastNumber?: number | null; validators?: strata.rollup.v1.IChildValidator[] | null };
  /** The stored record of accepted batch `number`. */
  getRecord(number: number): strata.rollup.v1.IBatchRecord | undefined;
  /** Stores an accepted batch's record. */
  setRecord(record: strata.rollup.v1.IBatchRecord): void;
  /** Stores {@link chain} after its last number and held set moved on. */
  saveChain(): void;
}

/**
 * Accepts consecutive child blocks on a parent (ROLLUP.md, "Batch acceptance"): checks every item
 * in order against the last accepted batch and the held set (`verifyBatch`), then stores each
 * `BatchRecord` (accepted at `parentHeight`, sent by `submitter`) and moves the chain's
 * `last_number` and held validator set on. Nothing is written before every item has passed, so a
 * refusal leaves the ledger as it was. The caller emits its own per-item events.
 * @throws BatchError naming the first refused batch.
 */
export function acceptBatch(
  ledger: BatchLedger,
  check: Omit<BatchCheckContext, "prev" | "validators">,
  items: readonly strata.rollup.v1.IBatchItem[],
  by: { submitter: string; parentHeight: number },
): VerifiedBatchItem[] {
  const last = Number(ledger.chain.lastNumber ?? 0);
  const prevRecord = last > 0 ? ledger.getRecord(last) : undefined;
  const prev = prevRecord
    ? { header: decodeBatchHeader(prevRecord.header!), root: new Uint8Array(prevRecord.headerRoot!) }
    : undefined;
  const verified = verifyBatch(
    { ...check, prev, validators: childValidatorsFromProto(ledger.chain.validators ?? []) },
    items,
  );
  for (const v of verified) {
    ledger.setRecord({
      chainId: check.chainId,
      number: Number(v.header.number),
      header: v.headerBytes,
      headerRoot: v.headerRoot,
      parentHeight: by.parentHeight,
      submitter: by.submitter,
    });
  }
  const end = verified[verified.length - 1]!;
  ledger.chain.lastNumber = Number(end.header.number);
  ledger.chain.validators = childValidatorsToProto(end.nextValidators).map((v) =>
    strata.rollup.v1.ChildValidator.create(v),
  );
  ledger.saveChain();
  return verified;
}
