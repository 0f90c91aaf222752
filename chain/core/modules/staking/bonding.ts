import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { addressBytes } from "../../crypto/index.js";
import { accountOf } from "./codec.js";
import type { Dec } from "./decimal.js";
import { decTruncate, minBig } from "./decimal.js";
import { bondCoins, bondedToNotBonded, notBondedToBonded, runHooks, type StakingDeps } from "./deps.js";
import { StakingCode, StakingError } from "./errors.js";
import {
  addTokensFromDelegation,
  invalidExchangeRate,
  removeDelegatorShares,
  sharesFromTokens,
  sharesFromTokensTruncated,
  tokensFromShares,
} from "./shares.js";
import { type DVPair, type DVVTriplet, stakingStore } from "./store.js";
import { BONDED_POOL, BondStatus, NOT_BONDED_POOL, type Validator } from "./types.js";
import { jailValidator, removeValidator } from "./validatorSet.js";

/**
 * Delegation accounting shared by the message handlers, genesis and slashing: delegate, unbond,
 * undelegate (into the unbonding queue), redelegate, and the completion of matured entries. The
 * rules and their order follow the SDK's `x/staking/keeper/delegation.go`.
 */

function getValidatorOrThrow(ctx: Context, operator: string): Validator {
  const v = stakingStore.getValidator(ctx, operator);
  // [REJECT] the validator must exist
  if (!v) throw new StakingError(StakingCode.noValidatorFound, `validator ${operator}`);
  return v;
}

/**
 * Delegates `amount` tokens to `validator` and returns the shares issued. With `fromAccount`
 * the tokens come from the delegator's balance into the validator's pool; otherwise (a
 * redelegation) they are already in the pool of `tokenSource` and move between pools if the
 * statuses differ.
 * @throws StakingError(delegatorShareExRateInvalid) for a validator slashed to zero tokens.
 */
export function delegate(
  d: StakingDeps,
  ctx: Context,
  delegator: string,
  amount: bigint,
  tokenSource: BondStatus,
  validator: Validator,
  fromAccount: boolean,
): Dec {
  // [REJECT] a validator whose shares are worth nothing cannot take delegations
  if (invalidExchangeRate(validator)) throw new StakingError(StakingCode.delegatorShareExRateInvalid);
  const existing = stakingStore.getDelegation(ctx, delegator, validator.operator);
  if (existing) runHooks(d, "beforeDelegationSharesModified", ctx, delegator, validator.operator);
  else runHooks(d, "beforeDelegationCreated", ctx, delegator, validator.operator);

  const bonded = validator.status === BondStatus.BOND_STATUS_BONDED;
  if (fromAccount) {
    d.bank.sendToModule(ctx, delegator, bonded ? BONDED_POOL : NOT_BONDED_POOL, bondCoins(ctx, amount));
  } else {
    const sourceBonded = tokenSource === BondStatus.BOND_STATUS_BONDED;
    if (!sourceBonded && bonded) notBondedToBonded(d, ctx, amount);
    else if (sourceBonded && !bonded) bondedToNotBonded(d, ctx, amount);
  }

  stakingStore.deletePowerIndex(ctx, validator);
  const { validator: updated, issued } = addTokensFromDelegation(validator, amount);
  stakingStore.setValidator(ctx, updated);
  stakingStore.setPowerIndex(ctx, updated);

  const shares = (existing?.shares ?? 0n) + issued;
  stakingStore.setDelegation(ctx, { delegator, operator: validator.operator, shares });
  runHooks(d, "afterDelegationModified", ctx, delegator, validator.operator);
  return issued;
}

function isOperatorAccount(delegator: string, operator: string): boolean {
  return Buffer.compare(addressBytes(delegator), addressBytes(accountOf(operator))) === 0;
}

/**
 * Removes `shares` from a delegation and returns the tokens they were worth (still in the
 * validator's pool). An operator whose self-delegation falls below its minimum is jailed; an
 * emptied, unbonded validator is deleted.
 * @throws StakingError when the delegation or validator is missing or holds too few shares.
 */
export function unbond(
  d: StakingDeps,
  ctx: Context,
  delegator: string,
  operator: string,
  shares: Dec,
): bigint {
  const delegation = stakingStore.getDelegation(ctx, delegator, operator);
  // [REJECT] there must be a delegation to unbond from
  if (!delegation) throw new StakingError(StakingCode.noDelegatorForAddress);
  runHooks(d, "beforeDelegationSharesModified", ctx, delegator, operator);
  // [REJECT] cannot unbond more shares than the delegation holds
  if (delegation.shares < shares) throw new StakingError(StakingCode.notEnoughDelegationShares);
  let validator = getValidatorOrThrow(ctx, operator);

  const remaining = delegation.shares - shares;
  if (
    isOperatorAccount(delegator, operator) &&
    !validator.jailed &&
    decTruncate(tokensFromShares(validator, remaining)) < validator.minSelfDelegation
  ) {
    validator = jailValidator(d, ctx, validator);
  }
  if (remaining === 0n) {
    runHooks(d, "beforeDelegationRemoved", ctx, delegator, operator);
    stakingStore.removeDelegation(ctx, delegation);
  } else {
    stakingStore.setDelegation(ctx, { ...delegation, shares: remaining });
    runHooks(d, "afterDelegationModified", ctx, delegator, operator);
  }

  stakingStore.deletePowerIndex(ctx, validator);
  const removed = removeDelegatorShares(validator, shares);
  stakingStore.setValidator(ctx, removed.validator);
  stakingStore.setPowerIndex(ctx, removed.validator);
  if (
    removed.validator.delegatorShares === 0n &&
    removed.validator.status === BondStatus.BOND_STATUS_UNBONDED
  ) {
    removeValidator(d, ctx, removed.validator);
  }
  return removed.tokens;
}

/**
 * Converts a token amount into the shares to unbond (`ValidateUnbondAmount`): capped at the
 * delegation's shares so a full withdrawal works despite rounding.
 * @throws StakingError when the validator or delegation is missing; SdkError(invalidRequest)
 *   when the amount exceeds the delegation.
 */
export function sharesForAmount(ctx: Context, delegator: string, operator: string, amount: bigint): Dec {
  const validator = getValidatorOrThrow(ctx, operator);
  const delegation = stakingStore.getDelegation(ctx, delegator, operator);
  // [REJECT] there must be a delegation
  if (!delegation) throw new StakingError(StakingCode.noDelegation);
  const shares = sharesFromTokens(validator, amount);
  const truncated = sharesFromTokensTruncated(validator, amount);
  // [REJECT] the amount must not exceed what the delegation is worth
  if (truncated > delegation.shares) throw new SdkError(SdkCode.invalidRequest, "invalid shares amount");
  return minBig(shares, delegation.shares);
}

/**
 * Unbonds `shares` and queues the tokens for payment after the unbonding time.
 * @throws StakingError(maxUnbondingDelegationEntries) when the pair has too many pending entries.
 */
export function undelegate(
  d: StakingDeps,
  ctx: Context,
  delegator: string,
  operator: string,
  shares: Dec,
): { completionTimeNs: bigint; amount: bigint } {
  const validator = getValidatorOrThrow(ctx, operator);
  const params = stakingStore.getParams(ctx);
  const pending = stakingStore.getUnbonding(ctx, delegator, operator);
  // [REJECT] at most max_entries pending unbondings per (delegator, validator)
  if (pending && pending.entries.length >= params.maxEntries)
    throw new StakingError(StakingCode.maxUnbondingDelegationEntries);
  const amount = unbond(d, ctx, delegator, operator, shares);
  // Unbonding tokens wait in the not-bonded pool.
  if (validator.status === BondStatus.BOND_STATUS_BONDED) bondedToNotBonded(d, ctx, amount);

  const completionTimeNs = ctx.block.timeNs + params.unbondingTimeNs;
  const height = BigInt(ctx.block.height);
  const ubd = pending ?? { delegator, operator, entries: [] };
  // Entries created at the same height for the same time merge, as the SDK does.
  const same = ubd.entries.find(
    (e) => e.creationHeight === height && e.completionTimeNs === completionTimeNs,
  );
  if (same) {
    same.balance += amount;
    same.initialBalance += amount;
  } else {
    ubd.entries.push({ creationHeight: height, completionTimeNs, initialBalance: amount, balance: amount });
  }
  stakingStore.setUnbonding(ctx, ubd);
  stakingStore.insertUnbondingQueue(ctx, completionTimeNs, delegator, operator);
  return { completionTimeNs, amount };
}

/**
 * Moves `shares` of a delegation from `src` to `dst`. The tokens bond to `dst` at once; the
 * redelegation entry only remembers them for slashing until the unbonding time passes.
 * @returns the completion time in ns (now when the source was already unbonded).
 * @throws StakingError for self, transitive or tiny redelegations, missing validators, too many entries.
 */
export function beginRedelegation(
  d: StakingDeps,
  ctx: Context,
  delegator: string,
  src: string,
  dst: string,
  shares: Dec,
): bigint {
  // [REJECT] source and destination must differ
  if (src === dst) throw new StakingError(StakingCode.selfRedelegation);
  const dstValidator = stakingStore.getValidator(ctx, dst);
  // [REJECT] the destination validator must exist
  if (!dstValidator) throw new StakingError(StakingCode.badRedelegationDst);
  const srcValidator = stakingStore.getValidator(ctx, src);
  // [REJECT] the source validator must exist
  if (!srcValidator) throw new StakingError(StakingCode.badRedelegationSrc);
  // [REJECT] tokens that arrived by an unfinished redelegation cannot hop again
  if (stakingStore.hasReceivingRedelegation(ctx, delegator, src))
    throw new StakingError(StakingCode.transitiveRedelegation);
  const params = stakingStore.getParams(ctx);
  const pending = stakingStore.getRedelegation(ctx, delegator, src, dst);
  // [REJECT] at most max_entries pending redelegations per (delegator, src, dst)
  if (pending && pending.entries.length >= params.maxEntries)
    throw new StakingError(StakingCode.maxRedelegationEntries);

  const amount = unbond(d, ctx, delegator, src, shares);
  // [REJECT] the shares must be worth at least one token
  if (amount === 0n) throw new StakingError(StakingCode.tinyRedelegationAmount);
  const sharesDst = delegate(d, ctx, delegator, amount, srcValidator.status, dstValidator, false);

  // When the source no longer backs anything (unbonded) there is nothing left to slash.
  const source = stakingStore.getValidator(ctx, src);
  let completionTimeNs = ctx.block.timeNs + params.unbondingTimeNs;
  let height = BigInt(ctx.block.height);
  if (source?.status === BondStatus.BOND_STATUS_UNBONDED) return ctx.block.timeNs;
  if (source?.status === BondStatus.BOND_STATUS_UNBONDING) {
    completionTimeNs = source.unbondingTimeNs;
    height = source.unbondingHeight;
  }
  const red = pending ?? { delegator, src, dst, entries: [] };
  red.entries.push({ creationHeight: height, completionTimeNs, initialBalance: amount, sharesDst });
  stakingStore.setRedelegation(ctx, red);
  stakingStore.insertRedelegationQueue(ctx, completionTimeNs, red);
  return completionTimeNs;
}

/** Pays out the matured entries of an unbonding delegation; returns the amount paid. */
export function completeUnbonding(d: StakingDeps, ctx: Context, pair: DVPair): bigint {
  const ubd = stakingStore.getUnbondingByBytes(ctx, pair);
  if (!ubd) return 0n;
  const now = ctx.block.timeNs;
  let paid = 0n;
  const keep = ubd.entries.filter((e) => {
    if (e.completionTimeNs > now) return true;
    paid += e.balance;
    return false;
  });
  if (paid > 0n) d.bank.sendFromModule(ctx, NOT_BONDED_POOL, ubd.delegator, bondCoins(ctx, paid));
  if (keep.length === 0) stakingStore.removeUnbonding(ctx, ubd);
  else stakingStore.setUnbonding(ctx, { ...ubd, entries: keep });
  ctx.events.emit("complete_unbonding", {
    amount: `${paid}${stakingStore.getParams(ctx).bondDenom}`,
    validator: ubd.operator,
    delegator: ubd.delegator,
  });
  return paid;
}

/** Drops the matured entries of a redelegation (its tokens already sit with the destination). */
export function completeRedelegation(ctx: Context, triple: DVVTriplet): void {
  const red = stakingStore.getRedelegationByBytes(ctx, triple);
  if (!red) return;
  const now = ctx.block.timeNs;
  let balance = 0n;
  const keep = red.entries.filter((e) => {
    if (e.completionTimeNs > now) return true;
    balance += e.initialBalance;
    return false;
  });
  if (keep.length === 0) stakingStore.removeRedelegation(ctx, red);
  else stakingStore.setRedelegation(ctx, { ...red, entries: keep });
  ctx.events.emit("complete_redelegation", {
    amount: `${balance}${stakingStore.getParams(ctx).bondDenom}`,
    delegator: red.delegator,
    source_validator: red.src,
    destination_validator: red.dst,
  });
}
