import { SdkCode, SdkError } from "../../app/errors.js";

/**
 * Exact 18-decimal fixed point, the Cosmos SDK's `LegacyDec`: a value `x` is held as the bigint
 * `x × 10^18`. Commission rates, shares, slash fractions and reward ratios all use it, and every
 * operation rounds exactly as the SDK does, so amounts match a Cosmos chain to the last unit.
 *
 * Two text forms exist: the JSON / genesis form `"0.050000000000000000"` and the protobuf wire
 * form, which is the scaled integer itself (`"50000000000000000"`), as gogoproto's `LegacyDec`
 * marshals it and cosmjs's `Decimal.fromAtomics(x, 18)` reads it.
 */
export type Dec = bigint;

/** 10^18, the scale of a {@link Dec}. */
export const DEC_ONE: Dec = 10n ** 18n;

const HALF = DEC_ONE / 2n;

/** `i` as a decimal. */
export function decFromInt(i: bigint): Dec {
  return i * DEC_ONE;
}

/** Drops 18 digits with banker's rounding (the SDK's `chopPrecisionAndRound`). */
function chopAndRound(x: bigint): bigint {
  if (x < 0n) return -chopAndRound(-x);
  const quo = x / DEC_ONE;
  const rem = x % DEC_ONE;
  if (rem < HALF) return quo;
  if (rem > HALF) return quo + 1n;
  return quo % 2n === 0n ? quo : quo + 1n;
}

/** `a × b`, rounded half to even (`Mul`). */
export function decMul(a: Dec, b: Dec): Dec {
  return chopAndRound(a * b);
}

/** `a × b`, truncated toward zero (`MulTruncate`). */
export function decMulTruncate(a: Dec, b: Dec): Dec {
  return (a * b) / DEC_ONE;
}

/**
 * `a / b`, rounded half to even (`Quo`).
 * @throws RangeError on division by zero.
 */
export function decQuo(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("decimal division by zero");
  return chopAndRound((a * DEC_ONE * DEC_ONE) / b);
}

/**
 * `a / b`, truncated toward zero (`QuoTruncate`).
 * @throws RangeError on division by zero.
 */
export function decQuoTruncate(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("decimal division by zero");
  return (a * DEC_ONE) / b;
}

/**
 * `a / b` for non-negative operands, rounded up (`QuoRoundUp`).
 * @throws RangeError on division by zero.
 */
export function decQuoRoundUp(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("decimal division by zero");
  const n = a * DEC_ONE;
  const q = n / b;
  return n % b === 0n ? q : q + 1n;
}

/** The integer part, truncated toward zero (`TruncateInt`). */
export function decTruncate(a: Dec): bigint {
  return a / DEC_ONE;
}

/** Rounded to the nearest integer, half to even (`RoundInt`). */
export function decRound(a: Dec): bigint {
  return chopAndRound(a);
}

/** The smaller of two decimals (or integers). */
export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** The larger of two decimals (or integers). */
export function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

const DEC_TEXT = /^(-?)([0-9]+)(?:\.([0-9]{1,18}))?$/;
const INT_TEXT = /^-?[0-9]+$/;

/**
 * Parses the decimal text form (`"0.05"`, `"1"`, `"0.050000000000000000"`).
 * @throws SdkError(invalidRequest) when `text` is not a decimal with at most 18 fraction digits.
 */
export function decFromString(text: string): Dec {
  const m = DEC_TEXT.exec(text);
  // [REJECT] decimals are digits with an optional point and at most 18 fractional digits
  if (!m || text.length > 100)
    throw new SdkError(SdkCode.invalidRequest, `invalid decimal ${JSON.stringify(text)}`);
  const value = BigInt(m[2]!) * DEC_ONE + BigInt((m[3] ?? "").padEnd(18, "0"));
  return m[1] ? -value : value;
}

/**
 * Parses the protobuf wire form of a `LegacyDec`: the scaled integer (what the SDK and cosmjs
 * send). A string with a decimal point is accepted as the text form, since it is unambiguous.
 * @throws SdkError(invalidRequest) on anything else (empty included).
 */
export function decFromWire(text: string): Dec {
  if (text.includes(".")) return decFromString(text);
  // [REJECT] a wire decimal is an integer count of 10^-18 units
  if (!INT_TEXT.test(text) || text.length > 100)
    throw new SdkError(SdkCode.invalidRequest, `invalid decimal ${JSON.stringify(text)}`);
  return BigInt(text);
}

/** The protobuf wire form: the scaled integer as a decimal string. */
export function decToWire(d: Dec): string {
  return d.toString();
}

/** The text form with all 18 fractional digits, `"0.050000000000000000"` (the SDK's `String()`). */
export function decToString(d: Dec): string {
  const neg = d < 0n;
  const abs = neg ? -d : d;
  const s = `${abs / DEC_ONE}.${(abs % DEC_ONE).toString().padStart(18, "0")}`;
  return neg ? `-${s}` : s;
}
