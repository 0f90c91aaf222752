import type { Coin as ProtoCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { SdkCode, SdkError } from "./errors.js";

/** A token amount; amounts are bigints everywhere in the state transition. */
export interface Coin {
  denom: string;
  amount: bigint;
}

// The SDK's denom rule: a letter, then 2–127 of letters, digits and / : . _ -
const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
// Decimal digits without leading zeros: the one spelling of an amount. (The SDK reads protobuf
// amounts with Go's `big.Int.UnmarshalText`, base 0, where "010" is octal 8 and "0x10" is 16;
// refusing every non-canonical spelling keeps a signed amount from meaning two things.)
const AMOUNT_RE = /^(0|[1-9][0-9]*)$/;
// Cosmos `Int` is 256-bit; anything longer cannot be a valid amount.
const MAX_AMOUNT = (1n << 256n) - 1n;

/**
 * Decodes protobuf coins (amount as decimal string) and checks them the way `Coins.Validate` does:
 * valid denoms, positive amounts, sorted by denom without duplicates. Amounts must also be
 * canonical decimals: `"01"`, `"+1"` or `"1_000"` are refused.
 * @throws SdkError(invalidCoins) naming the first violated rule.
 */
export function parseCoins(coins: readonly ProtoCoin[], opts: { allowEmpty?: boolean } = {}): Coin[] {
  if (coins.length === 0 && !opts.allowEmpty) throw new SdkError(SdkCode.invalidCoins, "empty coins");
  const out: Coin[] = [];
  for (const c of coins) {
    // [REJECT] denom must match the SDK denom pattern
    if (!DENOM_RE.test(c.denom))
      throw new SdkError(SdkCode.invalidCoins, `invalid denom: ${JSON.stringify(c.denom)}`);
    // [REJECT] amount must be a canonical decimal (no sign, no leading zero) positive integer
    // within 256 bits
    if (!AMOUNT_RE.test(c.amount) || c.amount.length > 78) {
      throw new SdkError(SdkCode.invalidCoins, `invalid amount ${JSON.stringify(c.amount)}${c.denom}`);
    }
    const amount = BigInt(c.amount);
    if (amount <= 0n || amount > MAX_AMOUNT) {
      throw new SdkError(SdkCode.invalidCoins, `coin ${c.amount}${c.denom} amount is not positive`);
    }
    const prev = out[out.length - 1];
    // [REJECT] coins must be sorted by denom with no duplicates
    if (prev && prev.denom >= c.denom) {
      throw new SdkError(
        SdkCode.invalidCoins,
        `coins are not sorted or contain duplicates: ${formatCoins(out)},${c.amount}${c.denom}`,
      );
    }
    out.push({ denom: c.denom, amount });
  }
  return out;
}

/** `10ustra,5uatom`, the SDK's `Coins.String()`. */
export function formatCoins(coins: readonly Coin[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}

/** Protobuf form of coins. */
export function toProtoCoins(coins: readonly Coin[]): ProtoCoin[] {
  return coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}
