import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { decFromString, decToString } from "../staking/index.js";
import type { DecCoin } from "./decCoins.js";
import * as dc from "./decCoins.js";
import { type DistributionParamsJson, distributionParamsToJson, parseDistributionParams } from "./params.js";
import type { DistributionDeps } from "./rewards.js";
import { DISTRIBUTION_MODULE, distributionStore as store } from "./store.js";
import { canonicalAccount, canonicalOperator } from "./validation.js";

/** A decimal coin in genesis: `amount` in the 18-digit text form (`"1.500000000000000000"`). */
export interface GenesisDecCoin {
  denom: string;
  amount: string;
}

/**
 * Genesis section of the distribution module. A fresh chain gives only params; an exported
 * genesis carries every record (field names follow the SDK's `GenesisState`), and reward records
 * of its validators are then not re-created by staking's hooks.
 */
export interface DistributionGenesis {
  params?: DistributionParamsJson;
  /** The community pool; default empty. */
  feePool?: { communityPool: GenesisDecCoin[] };
  delegatorWithdrawInfos?: { delegatorAddress: string; withdrawAddress: string }[];
  outstandingRewards?: { validatorAddress: string; outstandingRewards: GenesisDecCoin[] }[];
  validatorAccumulatedCommissions?: { validatorAddress: string; accumulated: GenesisDecCoin[] }[];
  validatorHistoricalRewards?: {
    validatorAddress: string;
    period: string;
    cumulativeRewardRatio: GenesisDecCoin[];
    referenceCount: number;
  }[];
  validatorCurrentRewards?: { validatorAddress: string; rewards: GenesisDecCoin[]; period: string }[];
  delegatorStartingInfos?: {
    delegatorAddress: string;
    validatorAddress: string;
    previousPeriod: string;
    stake: string;
    height: string;
  }[];
  validatorSlashEvents?: { validatorAddress: string; height: string; period: string; fraction: string }[];
}

function invalid(message: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `invalid distribution genesis: ${message}`);
}

function u64(text: string, what: string): bigint {
  // [REJECT] periods and heights are u64 decimal strings
  if (!/^[0-9]{1,20}$/.test(text) || BigInt(text) >= 1n << 64n)
    throw invalid(`${what} ${JSON.stringify(text)}`);
  return BigInt(text);
}

function decCoins(list: readonly GenesisDecCoin[]): DecCoin[] {
  const out = list.map((c) => ({ denom: c.denom, amount: decFromString(c.amount) }));
  // [REJECT] decimal coins are non-negative, each denom once
  if (out.some((c) => c.amount < 0n) || new Set(out.map((c) => c.denom)).size !== out.length)
    throw invalid(`decimal coins ${JSON.stringify(list)}`);
  return dc.add([], out);
}

function toJson(coins: readonly DecCoin[]): GenesisDecCoin[] {
  return coins.map((c) => ({ denom: c.denom, amount: decToString(c.amount) }));
}

/**
 * Loads params, the community pool and, for an exported genesis, every reward record; creates the
 * distribution module account. An exported genesis is checked as the SDK does: the module account
 * holds exactly the outstanding rewards plus the community pool (truncated).
 * @throws SdkError(invalidRequest) naming the bad entry.
 */
export function initDistributionGenesis(d: DistributionDeps, ctx: Context, raw: unknown): void {
  const g = (raw ?? {}) as DistributionGenesis;
  store.setParams(ctx, parseDistributionParams(g.params));
  const pool = decCoins(g.feePool?.communityPool ?? []);
  store.setCommunityPool(ctx, pool);
  const account = d.accounts.moduleAccount(ctx, DISTRIBUTION_MODULE).address;
  for (const w of g.delegatorWithdrawInfos ?? [])
    store.setWithdrawAddress(ctx, canonicalAccount(w.delegatorAddress), canonicalAccount(w.withdrawAddress));
  let holdings = pool;
  for (const o of g.outstandingRewards ?? []) {
    const rewards = decCoins(o.outstandingRewards);
    store.setOutstanding(ctx, canonicalOperator(o.validatorAddress), rewards);
    holdings = dc.add(holdings, rewards);
  }
  for (const c of g.validatorAccumulatedCommissions ?? [])
    store.setCommission(ctx, canonicalOperator(c.validatorAddress), decCoins(c.accumulated));
  for (const h of g.validatorHistoricalRewards ?? []) {
    // [REJECT] a stored period is referenced at least once (unreferenced periods are deleted)
    if (!Number.isInteger(h.referenceCount) || h.referenceCount < 1 || h.referenceCount > 0xffffffff)
      throw invalid(`reference count ${h.referenceCount}`);
    store.setHistorical(
      ctx,
      canonicalOperator(h.validatorAddress),
      u64(h.period, "period"),
      decCoins(h.cumulativeRewardRatio),
      h.referenceCount,
    );
  }
  for (const c of g.validatorCurrentRewards ?? [])
    store.setCurrent(
      ctx,
      canonicalOperator(c.validatorAddress),
      decCoins(c.rewards),
      u64(c.period, "period"),
    );
  for (const s of g.delegatorStartingInfos ?? []) {
    store.setStartingInfo(ctx, canonicalOperator(s.validatorAddress), canonicalAccount(s.delegatorAddress), {
      previousPeriod: u64(s.previousPeriod, "previous period"),
      stake: decFromString(s.stake),
      height: u64(s.height, "height"),
    });
  }
  for (const e of g.validatorSlashEvents ?? []) {
    store.setSlashEvent(ctx, canonicalOperator(e.validatorAddress), {
      height: u64(e.height, "height"),
      period: u64(e.period, "period"),
      fraction: decFromString(e.fraction),
    });
  }
  if (g.feePool !== undefined) {
    const want = dc.truncateDecimal(holdings).coins;
    const have = d.bank.getAllBalances(ctx, account);
    // [REJECT] the module account must hold the outstanding rewards and the community pool
    const same =
      want.length === have.length &&
      want.every((c, i) => c.denom === have[i]!.denom && c.amount === have[i]!.amount);
    if (!same)
      throw invalid(
        `the ${DISTRIBUTION_MODULE} account holds ${JSON.stringify(have.map((c) => `${c.amount}${c.denom}`))} but the records need ${JSON.stringify(want.map((c) => `${c.amount}${c.denom}`))}`,
      );
  }
}

/** The whole distribution state in its genesis form, every list in store order. */
export function exportDistributionGenesis(ctx: Context): Required<DistributionGenesis> {
  return {
    params: distributionParamsToJson(store.getParams(ctx)),
    feePool: { communityPool: toJson(store.getCommunityPool(ctx)) },
    delegatorWithdrawInfos: [...store.allWithdrawAddresses(ctx)].map((w) => ({
      delegatorAddress: w.delegator,
      withdrawAddress: w.withdraw,
    })),
    outstandingRewards: [...store.allOutstanding(ctx)].map((o) => ({
      validatorAddress: o.operator,
      outstandingRewards: toJson(o.rewards),
    })),
    validatorAccumulatedCommissions: [...store.allCommissions(ctx)].map((c) => ({
      validatorAddress: c.operator,
      accumulated: toJson(c.commission),
    })),
    validatorHistoricalRewards: [...store.allHistorical(ctx)].map((h) => ({
      validatorAddress: h.operator,
      period: h.period.toString(),
      cumulativeRewardRatio: toJson(h.ratio),
      referenceCount: h.refs,
    })),
    validatorCurrentRewards: [...store.allCurrent(ctx)].map((c) => ({
      validatorAddress: c.operator,
      rewards: toJson(c.rewards),
      period: c.period.toString(),
    })),
    delegatorStartingInfos: [...store.allStartingInfos(ctx)].map((s) => ({
      delegatorAddress: s.delegator,
      validatorAddress: s.operator,
      previousPeriod: s.info.previousPeriod.toString(),
      stake: decToString(s.info.stake),
      height: s.info.height.toString(),
    })),
    validatorSlashEvents: [...store.allSlashEvents(ctx)].map((e) => ({
      validatorAddress: e.operator,
      height: e.event.height.toString(),
      period: e.event.period.toString(),
      fraction: decToString(e.event.fraction),
    })),
  };
}
