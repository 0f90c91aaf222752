import { RollupCode, RollupError } from "./errors.js";

/** Rollup parameters (ROLLUP.md, "Registration" and "Batch acceptance"). */
export interface RollupParams {
  /** Smallest registration bond, ustra. */
  minBond: bigint;
  /** Smallest challenge window, in parent blocks. */
  minChallengeWindowBlocks: number;
  /** Most items in one `MsgSubmitBatch`. */
  maxItemsPerBatch: number;
  /** Gas per commit signature present in an item. */
  gasPerSignature: number;
  /** Gas per item. */
  gasPerItem: number;
}

/** The defaults of ROLLUP.md: bond 1,000,000 ustra, window ≥ 1 block, 200 items, 1,000 gas per signature, 5,000 per item. */
export const DEFAULT_ROLLUP_PARAMS: Readonly<RollupParams> = Object.freeze({
  minBond: 1_000_000n,
  minChallengeWindowBlocks: 1,
  maxItemsPerBatch: 200,
  gasPerSignature: 1_000,
  gasPerItem: 5_000,
});

/** Rollup params in genesis JSON (`minBond` as a decimal string). */
export interface RollupParamsJson {
  minBond?: string;
  minChallengeWindowBlocks?: number;
  maxItemsPerBatch?: number;
  gasPerSignature?: number;
  gasPerItem?: number;
}

/** Params in their genesis JSON form. */
export function rollupParamsToJson(p: RollupParams): Required<RollupParamsJson> {
  return {
    minBond: p.minBond.toString(),
    minChallengeWindowBlocks: p.minChallengeWindowBlocks,
    maxItemsPerBatch: p.maxItemsPerBatch,
    gasPerSignature: p.gasPerSignature,
    gasPerItem: p.gasPerItem,
  };
}

/**
 * Defaults overlaid with the given JSON params, validated.
 * @throws RollupError(invalidGenesis) naming the bad param.
 */
export function parseRollupParams(json: RollupParamsJson | undefined): RollupParams {
  const j = { ...rollupParamsToJson(DEFAULT_ROLLUP_PARAMS), ...json };
  const bad = (name: string, why: string) =>
    new RollupError(RollupCode.invalidGenesis, `param ${name} ${why}`);
  // [REJECT] min_bond is a canonical decimal amount
  if (typeof j.minBond !== "string" || !/^(0|[1-9][0-9]{0,39})$/.test(j.minBond))
    throw bad("minBond", "must be a decimal amount");
  const ints = {
    minChallengeWindowBlocks: j.minChallengeWindowBlocks,
    maxItemsPerBatch: j.maxItemsPerBatch,
    gasPerSignature: j.gasPerSignature,
    gasPerItem: j.gasPerItem,
  };
  for (const [name, value] of Object.entries(ints)) {
    // [REJECT] counts are non-negative integers; a window and a batch hold at least one
    const min = name === "minChallengeWindowBlocks" || name === "maxItemsPerBatch" ? 1 : 0;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min)
      throw bad(name, `must be an integer ≥ ${min}`);
  }
  // [REJECT] max_items_per_batch fits the proto's uint32
  if (j.maxItemsPerBatch > 0xffffffff) throw bad("maxItemsPerBatch", "too large");
  return { minBond: BigInt(j.minBond), ...ints };
}
