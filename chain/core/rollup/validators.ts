import type { strata } from "../../../proto/gen/strata.js";
import { ValidatorSet } from "../consensus/index.js";
import { BatchCode, BatchError } from "./batchErrors.js";

/** A validator of a child chain as its parent holds it: ed25519 key and voting power. */
export interface ChildValidator {
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array;
  /** Voting power (> 0). */
  power: bigint;
}

/**
 * The consensus `ValidatorSet` of a child validator list (ordered as the child orders it: power
 * descending, then address), whose `hash()` is the child headers' `validatorsHash`.
 * @throws BatchError(`code`, default malformed) for an empty list, a bad key, a duplicate key or
 *   a power out of range.
 */
export function childValidatorSet(
  validators: readonly ChildValidator[],
  code: BatchCode = BatchCode.malformed,
): ValidatorSet {
  try {
    return ValidatorSet.create(validators.map((v) => ({ pubKey: v.pubKey, votingPower: v.power })));
  } catch (err) {
    throw new BatchError(code, `invalid validator set (${(err as Error).message})`);
  }
}

/** The validators of a set in set order, as the parent stores them. */
export function childValidatorsOf(set: ValidatorSet): ChildValidator[] {
  return set.validators.map((v) => ({ pubKey: v.pubKey, power: v.votingPower }));
}

/**
 * Child validators from their protobuf form (`strata.rollup.v1.ChildValidator`).
 * @throws BatchError(`code`, default malformed) for a key that is not 32 bytes or a power that is
 *   not a positive safe integer.
 */
export function childValidatorsFromProto(
  list: readonly strata.rollup.v1.IChildValidator[],
  code: BatchCode = BatchCode.malformed,
): ChildValidator[] {
  return list.map((v, i) => {
    const power = Number(v.power ?? 0);
    if (!(v.pubKey instanceof Uint8Array) || v.pubKey.length !== 32)
      throw new BatchError(code, `validator ${i}: public key must be 32 bytes`);
    if (!Number.isSafeInteger(power) || power < 1)
      throw new BatchError(code, `validator ${i}: power must be a positive integer`);
    return { pubKey: new Uint8Array(v.pubKey), power: BigInt(power) };
  });
}

/** Child validators in their protobuf form (powers as numbers, the generated code's uint64). */
export function childValidatorsToProto(list: readonly ChildValidator[]): strata.rollup.v1.IChildValidator[] {
  return list.map((v) => ({ pubKey: v.pubKey, power: Number(v.power) }));
}
