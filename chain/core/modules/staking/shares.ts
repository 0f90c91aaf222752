import { type Dec, decFromInt, decQuo, decQuoTruncate, decTruncate } from "./decimal.js";
import { StakingCode, StakingError } from "./errors.js";
import type { Validator } from "./types.js";

/**
 * Exchange-rate math between a validator's tokens and its delegators' shares, exactly as the
 * SDK's `types/validator.go`. Shares are decimals; tokens are integers. Slashing lowers tokens
 * and leaves shares, so each share is then worth less.
 */

/** Tokens worth `shares`, rounded (`TokensFromShares`). */
export function tokensFromShares(v: Validator, shares: Dec): Dec {
  return decQuo(shares * v.tokens, v.delegatorShares);
}

/** Tokens worth `shares`, truncated (`TokensFromSharesTruncated`). */
export function tokensFromSharesTruncated(v: Validator, shares: Dec): Dec {
  return decQuoTruncate(shares * v.tokens, v.delegatorShares);
}

/**
 * Shares worth `amount` tokens (`SharesFromTokens`).
 * @throws StakingError(insufficientShares) when the validator has no tokens.
 */
export function sharesFromTokens(v: Validator, amount: bigint): Dec {
  if (v.tokens === 0n) throw new StakingError(StakingCode.insufficientShares);
  return (v.delegatorShares * amount) / v.tokens;
}

/**
 * Shares worth `amount` tokens, truncated (`SharesFromTokensTruncated`).
 * @throws StakingError(insufficientShares) when the validator has no tokens.
 */
export function sharesFromTokensTruncated(v: Validator, amount: bigint): Dec {
  if (v.tokens === 0n) throw new StakingError(StakingCode.insufficientShares);
  return decQuoTruncate(v.delegatorShares * amount, decFromInt(v.tokens));
}

/** True when shares exist but tokens do not: the validator was slashed to zero (`InvalidExRate`). */
export function invalidExchangeRate(v: Validator): boolean {
  return v.tokens === 0n && v.delegatorShares > 0n;
}

/**
 * Adds delegated tokens and returns the shares issued for them (`AddTokensFromDel`). The first
 * delegation sets the exchange rate to one.
 */
export function addTokensFromDelegation(v: Validator, amount: bigint): { validator: Validator; issued: Dec } {
  const issued = v.delegatorShares === 0n ? decFromInt(amount) : sharesFromTokens(v, amount);
  return {
    validator: { ...v, tokens: v.tokens + amount, delegatorShares: v.delegatorShares + issued },
    issued,
  };
}

/**
 * Removes delegator shares and returns the tokens they were worth (`RemoveDelShares`). The last
 * shares take every remaining token, so rounding dust never strands in an empty validator.
 */
export function removeDelegatorShares(v: Validator, shares: Dec): { validator: Validator; tokens: bigint } {
  const remaining = v.delegatorShares - shares;
  if (remaining === 0n) return { validator: { ...v, tokens: 0n, delegatorShares: 0n }, tokens: v.tokens };
  const tokens = decTruncate(tokensFromShares(v, shares));
  if (tokens > v.tokens) throw new RangeError("attempting to remove more tokens than available in validator");
  return { validator: { ...v, tokens: v.tokens - tokens, delegatorShares: remaining }, tokens };
}
