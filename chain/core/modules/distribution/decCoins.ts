import type { DecCoin as ProtoDecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Coin } from "../../app/coins.js";
import {
  DEC_ONE,
  type Dec,
  decFromInt,
  decFromWire,
  decMul,
  decMulTruncate,
  decQuoTruncate,
  decToString,
  decToWire,
  minBig,
} from "../staking/index.js";

/**
 * Decimal coins (the SDK's `DecCoins`): a list sorted by denom, without zero amounts. Every
 * operation returns a new normalised list; rounding is exactly the SDK's.
 */
export interface DecCoin {
  denom: string;
  amount: Dec;
}

function normalise(map: Map<string, Dec>): DecCoin[] {
  return [...map]
    .filter(([, amount]) => amount !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount }));
}

function each(coins: readonly DecCoin[], f: (amount: Dec) => Dec): DecCoin[] {
  return normalise(new Map(coins.map((c) => [c.denom, f(c.amount)])));
}

/** Integer coins as decimal coins. */
export function fromCoins(coins: readonly Coin[]): DecCoin[] {
  return normalise(new Map(coins.map((c) => [c.denom, decFromInt(c.amount)])));
}

/** `a + b`. */
export function add(a: readonly DecCoin[], b: readonly DecCoin[]): DecCoin[] {
  const m = new Map<string, Dec>(a.map((c) => [c.denom, c.amount]));
  for (const c of b) m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount);
  return normalise(m);
}

/**
 * `a − b`.
 * @throws RangeError when a denom would go negative (an accounting bug).
 */
export function sub(a: readonly DecCoin[], b: readonly DecCoin[]): DecCoin[] {
  const m = new Map<string, Dec>(a.map((c) => [c.denom, c.amount]));
  for (const c of b) {
    const next = (m.get(c.denom) ?? 0n) - c.amount;
    if (next < 0n) throw new RangeError(`negative decimal coin amount: ${decToString(next)}${c.denom}`);
    m.set(c.denom, next);
  }
  return normalise(m);
}

/** Each amount × `d`, rounded (`MulDec`). */
export function mulDec(a: readonly DecCoin[], d: Dec): DecCoin[] {
  return each(a, (x) => decMul(x, d));
}

/** Each amount × `d`, truncated (`MulDecTruncate`). */
export function mulDecTruncate(a: readonly DecCoin[], d: Dec): DecCoin[] {
  return each(a, (x) => decMulTruncate(x, d));
}

/** Each amount ÷ `d`, truncated (`QuoDecTruncate`). */
export function quoDecTruncate(a: readonly DecCoin[], d: Dec): DecCoin[] {
  return each(a, (x) => decQuoTruncate(x, d));
}

/** Splits into whole coins and the decimal change (`TruncateDecimal`). */
export function truncateDecimal(a: readonly DecCoin[]): { coins: Coin[]; change: DecCoin[] } {
  const coins: Coin[] = [];
  const change: DecCoin[] = [];
  for (const c of a) {
    const whole = c.amount / DEC_ONE;
    if (whole > 0n) coins.push({ denom: c.denom, amount: whole });
    const rest = c.amount - whole * DEC_ONE;
    if (rest !== 0n) change.push({ denom: c.denom, amount: rest });
  }
  return { coins, change };
}

/** The smaller amount of every denom present in both (`Intersect`). */
export function intersect(a: readonly DecCoin[], b: readonly DecCoin[]): DecCoin[] {
  const other = new Map(b.map((c) => [c.denom, c.amount]));
  const m = new Map<string, Dec>();
  for (const c of a) {
    const o = other.get(c.denom);
    if (o !== undefined) m.set(c.denom, minBig(c.amount, o));
  }
  return normalise(m);
}

/** True when the lists hold the same amounts. */
export function equal(a: readonly DecCoin[], b: readonly DecCoin[]): boolean {
  return a.length === b.length && a.every((c, i) => c.denom === b[i]!.denom && c.amount === b[i]!.amount);
}

/** Protobuf form (amounts as scaled integers, the wire form cosmjs reads). */
export function toProto(a: readonly DecCoin[]): ProtoDecCoin[] {
  return a.map((c) => ({ denom: c.denom, amount: decToWire(c.amount) }));
}

/** From protobuf. */
export function fromProto(p: readonly ProtoDecCoin[]): DecCoin[] {
  return normalise(new Map(p.map((c) => [c.denom, decFromWire(c.amount)])));
}

/** `1.500000000000000000ustra`, the SDK's `DecCoins.String()` (events). */
export function format(a: readonly DecCoin[]): string {
  return a.map((c) => `${decToString(c.amount)}${c.denom}`).join(",");
}
