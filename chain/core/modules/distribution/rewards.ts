import type { Coin } from "../../app/coins.js";
import { formatCoins } from "../../app/coins.js";
import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import {
  accountOf,
  DEC_ONE,
  type Dec,
  decFromInt,
  decMulTruncate,
  decQuo,
  decQuoTruncate,
} from "../staking/index.js";
import type { DecCoin } from "./decCoins.js";
import * as dc from "./decCoins.js";
import { DistributionCode, DistributionError } from "./errors.js";
import type { AccountKeeper, BankKeeper, RewardedValidator, StakingKeeper } from "./expectedKeepers.js";
import { DISTRIBUTION_MODULE, distributionStore as store } from "./store.js";

/**
 * F1 fee distribution (the SDK's `x/distribution/keeper/delegation.go` and `validator.go`).
 * Each validator has numbered periods; closing a period adds "rewards per token" of that period
 * to a cumulative ratio. A delegation remembers the period it started in and its stake; its
 * reward is stake × (ratio now − ratio then), with the stake reduced by every slash in between.
 * All math is exact 18-decimal with the SDK's truncations; dust goes to the community pool.
 */

/** Keepers distribution is built on. */
export interface DistributionDeps {
  accounts: AccountKeeper;
  bank: BankKeeper;
  staking: StakingKeeper;
}

function logic(message: string): SdkError {
  return new SdkError(SdkCode.logic, message);
}

/** Tokens of `shares`, rounded (staking's `TokensFromShares`). */
export function tokensFromShares(v: RewardedValidator, shares: Dec): Dec {
  return decQuo(shares * v.tokens, v.delegatorShares);
}

function tokensFromSharesTruncated(v: RewardedValidator, shares: Dec): Dec {
  return decQuoTruncate(shares * v.tokens, v.delegatorShares);
}

/** Starts reward tracking for a new validator: period 0 closed with a zero ratio, period 1 open. */
export function initializeValidator(ctx: Context, operator: string): void {
  store.setHistorical(ctx, operator, 0n, [], 1);
  store.setCurrent(ctx, operator, [], 1n);
  store.setCommission(ctx, operator, []);
  store.setOutstanding(ctx, operator, []);
}

function incrementRefs(ctx: Context, operator: string, period: bigint): void {
  const h = store.getHistorical(ctx, operator, period);
  if (!h) throw logic(`no historical rewards for ${operator} period ${period}`);
  store.setHistorical(ctx, operator, period, h.ratio, h.refs + 1);
}

function decrementRefs(ctx: Context, operator: string, period: bigint): void {
  const h = store.getHistorical(ctx, operator, period);
  if (!h) throw logic(`no historical rewards for ${operator} period ${period}`);
  if (h.refs <= 1) store.deleteHistorical(ctx, operator, period);
  else store.setHistorical(ctx, operator, period, h.ratio, h.refs - 1);
}

/**
 * Closes the validator's open period: its rewards per token join the cumulative ratio (a
 * validator without tokens gives them to the community pool). Returns the closed period.
 * @throws SdkError(logic) when the validator was never initialised.
 */
export function incrementValidatorPeriod(ctx: Context, v: RewardedValidator): bigint {
  const current = store.getCurrent(ctx, v.operator);
  if (!current) throw logic(`no current rewards for validator ${v.operator}`);
  let perToken: DecCoin[] = [];
  if (v.tokens === 0n) {
    store.setCommunityPool(ctx, dc.add(store.getCommunityPool(ctx), current.rewards));
    store.setOutstanding(ctx, v.operator, dc.sub(store.getOutstanding(ctx, v.operator), current.rewards));
  } else {
    // Truncated so that no one can withdraw more than was allocated.
    perToken = dc.quoDecTruncate(current.rewards, decFromInt(v.tokens));
  }
  const previous = store.getHistorical(ctx, v.operator, current.period - 1n);
  if (!previous) throw logic(`no historical rewards for ${v.operator} period ${current.period - 1n}`);
  decrementRefs(ctx, v.operator, current.period - 1n);
  store.setHistorical(ctx, v.operator, current.period, dc.add(previous.ratio, perToken), 1);
  store.setCurrent(ctx, v.operator, [], current.period + 1n);
  return current.period;
}

function rewardsBetween(ctx: Context, operator: string, from: bigint, to: bigint, stake: Dec): DecCoin[] {
  if (from > to) throw logic("starting period after ending period");
  if (stake < 0n) throw logic("negative stake");
  const start = store.getHistorical(ctx, operator, from);
  const end = store.getHistorical(ctx, operator, to);
  if (!start || !end) throw logic(`missing historical rewards for ${operator} (${from}..${to})`);
  // sub throws if the ratio ever decreased, which would be an accounting bug.
  return dc.mulDecTruncate(dc.sub(end.ratio, start.ratio), stake);
}

/**
 * Rewards a delegation has earned up to `endingPeriod` (closed). Slashes between its start and
 * now split the calculation, each reducing the stake by its fraction.
 * @throws SdkError(logic) on inconsistent records.
 */
export function calculateDelegationRewards(
  ctx: Context,
  v: RewardedValidator,
  delegator: string,
  shares: Dec,
  endingPeriod: bigint,
): DecCoin[] {
  const start = store.getStartingInfo(ctx, v.operator, delegator);
  if (!start) throw new DistributionError(DistributionCode.emptyDelegationDistInfo);
  const height = BigInt(ctx.block.height);
  // Started this block: nothing earned yet.
  if (start.height === height) return [];
  let startingPeriod = start.previousPeriod;
  let stake = start.stake;
  let rewards: DecCoin[] = [];
  if (height > start.height) {
    for (const e of store.slashEvents(ctx, v.operator, start.height, height)) {
      if (e.period > startingPeriod) {
        rewards = dc.add(rewards, rewardsBetween(ctx, v.operator, startingPeriod, e.period, stake));
        stake = decMulTruncate(stake, DEC_ONE - e.fraction);
        startingPeriod = e.period;
      }
    }
  }
  // The accumulated stake may exceed the current one by truncation dust (3 operations' worth).
  const currentStake = tokensFromShares(v, shares);
  if (stake > currentStake) {
    if (stake <= currentStake + 3n) stake = currentStake;
    else throw logic(`calculated final stake for delegator ${delegator} greater than current stake`);
  }
  return dc.add(rewards, rewardsBetween(ctx, v.operator, startingPeriod, endingPeriod, stake));
}

/** Starts tracking a delegation from the validator's latest closed period. */
export function initializeDelegation(
  d: DistributionDeps,
  ctx: Context,
  operator: string,
  delegator: string,
): void {
  const current = store.getCurrent(ctx, operator);
  if (!current) throw logic(`no current rewards for validator ${operator}`);
  const previousPeriod = current.period - 1n;
  incrementRefs(ctx, operator, previousPeriod);
  const v = d.staking.validator(ctx, operator);
  const delegation = d.staking.delegation(ctx, delegator, operator);
  if (!v || !delegation)
    throw logic(`initialising rewards of a missing delegation ${delegator} -> ${operator}`);
  store.setStartingInfo(ctx, operator, delegator, {
    previousPeriod,
    stake: tokensFromSharesTruncated(v, delegation.shares),
    height: BigInt(ctx.block.height),
  });
}

/**
 * Pays a delegation's rewards to its withdraw address and ends its tracking (the caller starts
 * it again when the delegation lives on). Fractions of a token go to the community pool.
 * @returns the coins paid (a zero bond-denom coin when nothing was due, as the SDK reports).
 * @throws DistributionError(emptyDelegationDistInfo) when the delegation is not tracked.
 */
export function withdrawDelegationRewards(
  d: DistributionDeps,
  ctx: Context,
  v: RewardedValidator,
  delegator: string,
  shares: Dec,
): Coin[] {
  const start = store.getStartingInfo(ctx, v.operator, delegator);
  if (!start) throw new DistributionError(DistributionCode.emptyDelegationDistInfo);
  const endingPeriod = incrementValidatorPeriod(ctx, v);
  const raw = calculateDelegationRewards(ctx, v, delegator, shares, endingPeriod);
  const outstanding = store.getOutstanding(ctx, v.operator);
  // Never pay more than the validator holds (last-digit rounding across periods).
  const rewards = dc.intersect(raw, outstanding);
  if (!dc.equal(rewards, raw)) {
    ctx.logger.info("rounding error withdrawing rewards from validator", {
      validator: v.operator,
      delegator,
    });
  }
  const { coins, change } = dc.truncateDecimal(rewards);
  if (coins.length > 0) {
    d.bank.sendFromModule(ctx, DISTRIBUTION_MODULE, store.getWithdrawAddress(ctx, delegator), coins);
  }
  store.setOutstanding(ctx, v.operator, dc.sub(outstanding, rewards));
  store.setCommunityPool(ctx, dc.add(store.getCommunityPool(ctx), change));
  decrementRefs(ctx, v.operator, start.previousPeriod);
  store.deleteStartingInfo(ctx, v.operator, delegator);
  const paid = coins.length > 0 ? coins : [{ denom: d.staking.params(ctx).bondDenom, amount: 0n }];
  ctx.events.emit("withdraw_rewards", { amount: formatCoins(paid), validator: v.operator, delegator });
  return paid;
}

/**
 * Pays a validator's accumulated commission (whole tokens) to the operator's withdraw address.
 * @throws DistributionError(noValidatorCommission) when there is none.
 */
export function withdrawValidatorCommission(d: DistributionDeps, ctx: Context, operator: string): Coin[] {
  const commission = store.getCommission(ctx, operator);
  // [REJECT] there must be commission to withdraw
  if (commission.length === 0) throw new DistributionError(DistributionCode.noValidatorCommission);
  const { coins, change } = dc.truncateDecimal(commission);
  store.setCommission(ctx, operator, change);
  store.setOutstanding(ctx, operator, dc.sub(store.getOutstanding(ctx, operator), dc.fromCoins(coins)));
  if (coins.length > 0) {
    const account = accountOf(operator);
    d.bank.sendFromModule(ctx, DISTRIBUTION_MODULE, store.getWithdrawAddress(ctx, account), coins);
  }
  ctx.events.emit("withdraw_commission", { amount: formatCoins(coins) });
  return coins;
}

/** Records a slash: closes the period and remembers the fraction for every delegation's stake. */
export function updateValidatorSlashFraction(
  d: DistributionDeps,
  ctx: Context,
  operator: string,
  fraction: Dec,
): void {
  if (fraction < 0n || fraction > DEC_ONE) throw logic(`slash fraction out of range for ${operator}`);
  const v = d.staking.validator(ctx, operator);
  if (!v) throw logic(`slashing a missing validator ${operator}`);
  const period = incrementValidatorPeriod(ctx, v);
  incrementRefs(ctx, operator, period);
  store.setSlashEvent(ctx, operator, { height: BigInt(ctx.block.height), period, fraction });
}

/**
 * Cleans up after staking deleted a validator: commission is paid to the operator, the
 * remaining outstanding dust goes to the community pool, and every record is deleted.
 */
export function removeValidatorRewards(d: DistributionDeps, ctx: Context, operator: string): void {
  let outstanding = store.getOutstanding(ctx, operator);
  const commission = store.getCommission(ctx, operator);
  let pool = store.getCommunityPool(ctx);
  if (commission.length > 0) {
    outstanding = dc.sub(outstanding, commission);
    const { coins, change } = dc.truncateDecimal(commission);
    pool = dc.add(pool, change);
    if (coins.length > 0) {
      const account = accountOf(operator);
      d.bank.sendFromModule(ctx, DISTRIBUTION_MODULE, store.getWithdrawAddress(ctx, account), coins);
    }
  }
  store.setCommunityPool(ctx, dc.add(pool, outstanding));
  store.deleteValidatorRecords(ctx, operator);
}
