import type { Coin as ProtoCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { SdkCode, SdkError } from "../../app/errors.js";
import { VALOPER_PREFIX } from "../../crypto/address.js";
import { addressBytes, toAddress } from "../../crypto/index.js";
import { operatorBytes } from "./codec.js";
import { DEC_ONE, type Dec } from "./decimal.js";
import { StakingCode, StakingError } from "./errors.js";
import type { Commission } from "./types.js";

/** Stateless checks shared by the staking message handlers; each rule is cited. */

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

/**
 * Parses a single positive coin (delegation / unbonding amounts).
 * @throws SdkError(invalidRequest) as the SDK does for an invalid or non-positive amount.
 */
export function parseAmount(
  coin: ProtoCoin | undefined,
  what = "delegation",
): { denom: string; amount: bigint } {
  // [REJECT] amount must be a valid coin with a positive amount, spelt as a canonical decimal
  // (no leading zero, no sign): "01" is refused as bank refuses it (coins.ts), since the SDK's
  // base-0 parse would read "010" as octal 8
  if (!coin || !DENOM_RE.test(coin.denom) || !/^[1-9][0-9]{0,77}$/.test(coin.amount)) {
    throw new SdkError(SdkCode.invalidRequest, `invalid ${what} amount`);
  }
  return { denom: coin.denom, amount: BigInt(coin.amount) };
}

/**
 * Checks the coin is in the bond denom.
 * @throws SdkError(invalidRequest) naming both denoms.
 */
export function assertBondDenom(denom: string, bondDenom: string): void {
  // [REJECT] only the bond denom can be staked
  if (denom !== bondDenom) {
    throw new SdkError(
      SdkCode.invalidRequest,
      `invalid coin denomination: got ${denom}, expected ${bondDenom}`,
    );
  }
}

/**
 * Validates an account address field.
 * @throws InvalidAddressError (sdk code 7) for a malformed address.
 */
export function checkAccount(address: string): void {
  addressBytes(address);
}

/**
 * Validates an operator address field.
 * @throws InvalidAddressError (sdk code 7) for anything but a `stratavaloper` address.
 */
export function checkOperator(address: string): void {
  operatorBytes(address);
}

/** Description field limits (the SDK's `Description.EnsureLength`). */
const DESCRIPTION_LIMITS: [keyof Description, number][] = [
  ["moniker", 70],
  ["identity", 3000],
  ["website", 140],
  ["securityContact", 140],
  ["details", 280],
];

/**
 * Checks the description's field lengths.
 * @throws SdkError(invalidRequest) naming the long field.
 */
export function ensureDescriptionLength(d: Description): void {
  for (const [field, max] of DESCRIPTION_LIMITS) {
    // [REJECT] description fields have SDK length limits
    if (d[field].length > max) {
      throw new SdkError(
        SdkCode.invalidRequest,
        `invalid ${field} length; got: ${d[field].length}, max: ${max}`,
      );
    }
  }
}

/** True when every description field is empty. */
export function isEmptyDescription(d: Description | undefined): boolean {
  return !d || DESCRIPTION_LIMITS.every(([field]) => d[field] === "");
}

/**
 * Checks commission rates (`CommissionRates.Validate`).
 * @throws StakingError with the SDK's code for the first broken rule.
 */
export function validateCommissionRates(rate: Dec, maxRate: Dec, maxChangeRate: Dec): void {
  // [REJECT] max rate within [0, 1]
  if (maxRate < 0n) throw new StakingError(StakingCode.commissionNegative);
  if (maxRate > DEC_ONE) throw new StakingError(StakingCode.commissionHuge);
  // [REJECT] rate within [0, max rate]
  if (rate < 0n) throw new StakingError(StakingCode.commissionNegative);
  if (rate > maxRate) throw new StakingError(StakingCode.commissionGTMaxRate);
  // [REJECT] max change rate within [0, max rate]
  if (maxChangeRate < 0n) throw new StakingError(StakingCode.commissionChangeRateNegative);
  if (maxChangeRate > maxRate) throw new StakingError(StakingCode.commissionChangeRateGTMaxRate);
}

const DAY_NS = 24n * 3600n * 1_000_000_000n;

/**
 * Checks a commission change (`Commission.ValidateNewRate`).
 * @throws StakingError with the SDK's code for the first broken rule.
 */
export function validateNewRate(c: Commission, newRate: Dec, nowNs: bigint): void {
  // [REJECT] commission changes at most once per 24 hours
  if (nowNs - c.updateTimeNs < DAY_NS) throw new StakingError(StakingCode.commissionUpdateTime);
  // [REJECT] the new rate must be within [0, max rate]
  if (newRate < 0n) throw new StakingError(StakingCode.commissionNegative);
  if (newRate > c.maxRate) throw new StakingError(StakingCode.commissionGTMaxRate);
  // [REJECT] the rate may rise by at most the max change rate
  if (newRate - c.rate > c.maxChangeRate) throw new StakingError(StakingCode.commissionGTMaxChangeRate);
}

/** RFC 3339 with nanoseconds, as Go formats a `time.Time` in events. */
export function formatTimeNs(ns: bigint): string {
  const ms = ns / 1_000_000n;
  const iso = new Date(Number(ms)).toISOString().replace(/\.\d{3}Z$/, "");
  const frac = (ns % 1_000_000_000n).toString().padStart(9, "0").replace(/0+$/, "");
  return frac ? `${iso}.${frac}Z` : `${iso}Z`;
}

const RFC3339_UTC = /^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]{1,9}))?Z$/;

/**
 * Parses what {@link formatTimeNs} writes (RFC 3339, UTC, up to nanoseconds) into ns since the epoch.
 * @throws SdkError(invalidRequest) on other text.
 */
export function parseTimeNs(text: string): bigint {
  const m = RFC3339_UTC.exec(text);
  const ms = m ? Date.parse(`${m[1]}Z`) : Number.NaN;
  // [REJECT] genesis times are RFC 3339 UTC timestamps at or after the epoch
  if (!m || Number.isNaN(ms) || ms < 0 || new Date(ms).toISOString().slice(0, 19) !== m[1])
    throw new SdkError(SdkCode.invalidRequest, `invalid time ${JSON.stringify(text)}`);
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? "").padEnd(9, "0"));
}

/** The canonical (lower-case) form of an account address. */
export function normAccount(address: string): string {
  return toAddress(addressBytes(address));
}

/** The canonical (lower-case) form of an operator address. */
export function normOperator(address: string): string {
  return toAddress(operatorBytes(address), VALOPER_PREFIX);
}
