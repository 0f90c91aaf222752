import { SdkCode, SdkError } from "../../app/errors.js";
import { formatDuration, parseDurationNs } from "./codec.js";
import { DEC_ONE, decFromString, decToString } from "./decimal.js";
import type { StakingParams } from "./types.js";

/** Default staking parameters: the SDK's defaults, with `ustra` as bond denom. */
export const DEFAULT_STAKING_PARAMS: StakingParams = {
  unbondingTimeNs: 21n * 24n * 3600n * 1_000_000_000n,
  maxValidators: 100,
  maxEntries: 7,
  historicalEntries: 0,
  bondDenom: "ustra",
  minCommissionRate: 0n,
};

/** Staking params in genesis JSON: durations as `"1814400s"`, decimals as `"0.05"`. */
export interface StakingParamsJson {
  unbondingTime?: string;
  maxValidators?: number;
  maxEntries?: number;
  historicalEntries?: number;
  bondDenom?: string;
  minCommissionRate?: string;
}

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

/**
 * Defaults overlaid with the given JSON params, validated.
 * @throws SdkError(invalidRequest) naming the bad param.
 */
export function parseStakingParams(json: StakingParamsJson | undefined): StakingParams {
  const p: StakingParams = { ...DEFAULT_STAKING_PARAMS };
  if (json?.unbondingTime !== undefined) p.unbondingTimeNs = parseDurationNs(json.unbondingTime);
  if (json?.maxValidators !== undefined) p.maxValidators = json.maxValidators;
  if (json?.maxEntries !== undefined) p.maxEntries = json.maxEntries;
  if (json?.historicalEntries !== undefined) p.historicalEntries = json.historicalEntries;
  if (json?.bondDenom !== undefined) p.bondDenom = json.bondDenom;
  if (json?.minCommissionRate !== undefined) p.minCommissionRate = decFromString(json.minCommissionRate);
  validateStakingParams(p);
  return p;
}

/**
 * Checks params the way the SDK's `Params.Validate` does.
 * @throws SdkError(invalidRequest) naming the bad param.
 */
export function validateStakingParams(p: StakingParams): void {
  const bad = (msg: string) => new SdkError(SdkCode.invalidRequest, `invalid staking params: ${msg}`);
  // [REJECT] unbonding time must be positive
  if (p.unbondingTimeNs <= 0n) throw bad("unbonding time must be positive");
  // [REJECT] max validators and max entries must be positive integers
  if (!Number.isInteger(p.maxValidators) || p.maxValidators <= 0)
    throw bad("max validators must be positive");
  if (!Number.isInteger(p.maxEntries) || p.maxEntries <= 0) throw bad("max entries must be positive");
  if (!Number.isInteger(p.historicalEntries) || p.historicalEntries < 0)
    throw bad("historical entries must not be negative");
  // [REJECT] bond denom must be a valid denom
  if (!DENOM_RE.test(p.bondDenom)) throw bad(`bond denom ${JSON.stringify(p.bondDenom)}`);
  // [REJECT] minimum commission rate must be within [0, 1]
  if (p.minCommissionRate < 0n || p.minCommissionRate > DEC_ONE)
    throw bad("minimum commission rate must be between 0 and 1");
}

/** The JSON (genesis) form of params. */
export function stakingParamsToJson(p: StakingParams): Required<StakingParamsJson> {
  return {
    unbondingTime: formatDuration(p.unbondingTimeNs),
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: decToString(p.minCommissionRate),
  };
}
