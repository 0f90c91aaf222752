import {
  DelegatorStartingInfo,
  FeePool,
  Params,
  ValidatorAccumulatedCommission,
  ValidatorCurrentRewards,
  ValidatorHistoricalRewards,
  ValidatorOutstandingRewards,
  ValidatorSlashEvent,
} from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import type { StoreSource } from "../../app/context.js";
import { VALOPER_PREFIX } from "../../crypto/address.js";
import { addressBytes, toAddress } from "../../crypto/index.js";
import type { KVStore } from "../../store/index.js";
import { type Dec, decFromWire, decToWire, operatorBytes } from "../staking/index.js";
import { type DecCoin, fromProto, toProto } from "./decCoins.js";
import { DistributionKey, key, lp, readU64, u64 } from "./keys.js";
import { DEFAULT_DISTRIBUTION_PARAMS, type DistributionParams } from "./params.js";

/** Name (and store namespace) of the distribution module; also its module account. */
export const DISTRIBUTION_MODULE = "distribution";

const enc = new TextEncoder();
const dec = new TextDecoder();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(DISTRIBUTION_MODULE);
}

/** Splits `count` length-prefixed addresses starting at `offset`; returns them and the end offset. */
function readLps(bytes: Uint8Array, offset: number, count: number): { parts: Uint8Array[]; end: number } {
  const parts: Uint8Array[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const len = bytes[at]!;
    parts.push(bytes.slice(at + 1, at + 1 + len));
    at += 1 + len;
  }
  return { parts, end: at };
}

function valoper(bytes: Uint8Array): string {
  return toAddress(bytes, VALOPER_PREFIX);
}

function op(operator: string): Uint8Array {
  return lp(operatorBytes(operator));
}

function del(delegator: string): Uint8Array {
  return lp(addressBytes(delegator));
}

/** A delegation's reward-tracking start: the period it began in, its stake then, and the height. */
export interface StartingInfo {
  previousPeriod: bigint;
  stake: Dec;
  height: bigint;
}

/** A slash recorded for reward calculation: the period it closed and the fraction slashed. */
export interface SlashEvent {
  height: bigint;
  period: bigint;
  fraction: Dec;
}

/**
 * The only code that touches the distribution store. Records use the SDK's protobuf types;
 * amounts are decoded into {@link DecCoin} lists at this edge.
 */
export const distributionStore = {
  getParams(ctx: StoreSource): DistributionParams {
    const raw = kv(ctx).get(Uint8Array.of(DistributionKey.params));
    if (!raw) return DEFAULT_DISTRIBUTION_PARAMS;
    const p = Params.decode(raw);
    const reward = kv(ctx).get(Uint8Array.of(DistributionKey.blockReward));
    return {
      communityTax: decFromWire(p.communityTax || "0"),
      withdrawAddrEnabled: p.withdrawAddrEnabled,
      blockReward: reward ? BigInt(dec.decode(reward)) : 0n,
    };
  },

  setParams(ctx: StoreSource, p: DistributionParams): void {
    kv(ctx).set(
      Uint8Array.of(DistributionKey.params),
      Params.encode({
        communityTax: decToWire(p.communityTax),
        baseProposerReward: "0",
        bonusProposerReward: "0",
        withdrawAddrEnabled: p.withdrawAddrEnabled,
      }).finish(),
    );
    kv(ctx).set(Uint8Array.of(DistributionKey.blockReward), enc.encode(p.blockReward.toString()));
  },

  getCommunityPool(ctx: StoreSource): DecCoin[] {
    const raw = kv(ctx).get(Uint8Array.of(DistributionKey.feePool));
    return raw ? fromProto(FeePool.decode(raw).communityPool) : [];
  },

  setCommunityPool(ctx: StoreSource, pool: readonly DecCoin[]): void {
    kv(ctx).set(
      Uint8Array.of(DistributionKey.feePool),
      FeePool.encode({ communityPool: toProto(pool) }).finish(),
    );
  },

  getWithdrawAddress(ctx: StoreSource, delegator: string): string {
    const raw = kv(ctx).get(key(DistributionKey.withdrawAddress, del(delegator)));
    return raw ? dec.decode(raw) : delegator;
  },

  setWithdrawAddress(ctx: StoreSource, delegator: string, withdraw: string): void {
    kv(ctx).set(key(DistributionKey.withdrawAddress, del(delegator)), enc.encode(withdraw));
  },

  deleteWithdrawAddress(ctx: StoreSource, delegator: string): void {
    kv(ctx).delete(key(DistributionKey.withdrawAddress, del(delegator)));
  },

  getOutstanding(ctx: StoreSource, operator: string): DecCoin[] {
    const raw = kv(ctx).get(key(DistributionKey.outstandingRewards, op(operator)));
    return raw ? fromProto(ValidatorOutstandingRewards.decode(raw).rewards) : [];
  },

  setOutstanding(ctx: StoreSource, operator: string, rewards: readonly DecCoin[]): void {
    kv(ctx).set(
      key(DistributionKey.outstandingRewards, op(operator)),
      ValidatorOutstandingRewards.encode({ rewards: toProto(rewards) }).finish(),
    );
  },

  getCommission(ctx: StoreSource, operator: string): DecCoin[] {
    const raw = kv(ctx).get(key(DistributionKey.accumulatedCommission, op(operator)));
    return raw ? fromProto(ValidatorAccumulatedCommission.decode(raw).commission) : [];
  },

  setCommission(ctx: StoreSource, operator: string, commission: readonly DecCoin[]): void {
    kv(ctx).set(
      key(DistributionKey.accumulatedCommission, op(operator)),
      ValidatorAccumulatedCommission.encode({ commission: toProto(commission) }).finish(),
    );
  },

  /** The open period of a validator and its rewards so far, or undefined when not initialised. */
  getCurrent(ctx: StoreSource, operator: string): { rewards: DecCoin[]; period: bigint } | undefined {
    const raw = kv(ctx).get(key(DistributionKey.currentRewards, op(operator)));
    if (!raw) return undefined;
    const r = ValidatorCurrentRewards.decode(raw);
    return { rewards: fromProto(r.rewards), period: r.period };
  },

  setCurrent(ctx: StoreSource, operator: string, rewards: readonly DecCoin[], period: bigint): void {
    kv(ctx).set(
      key(DistributionKey.currentRewards, op(operator)),
      ValidatorCurrentRewards.encode({ rewards: toProto(rewards), period }).finish(),
    );
  },

  getHistorical(
    ctx: StoreSource,
    operator: string,
    period: bigint,
  ): { ratio: DecCoin[]; refs: number } | undefined {
    const raw = kv(ctx).get(key(DistributionKey.historicalRewards, op(operator), u64(period)));
    if (!raw) return undefined;
    const h = ValidatorHistoricalRewards.decode(raw);
    return { ratio: fromProto(h.cumulativeRewardRatio), refs: h.referenceCount };
  },

  setHistorical(
    ctx: StoreSource,
    operator: string,
    period: bigint,
    ratio: readonly DecCoin[],
    refs: number,
  ): void {
    kv(ctx).set(
      key(DistributionKey.historicalRewards, op(operator), u64(period)),
      ValidatorHistoricalRewards.encode({
        cumulativeRewardRatio: toProto(ratio),
        referenceCount: refs,
      }).finish(),
    );
  },

  deleteHistorical(ctx: StoreSource, operator: string, period: bigint): void {
    kv(ctx).delete(key(DistributionKey.historicalRewards, op(operator), u64(period)));
  },

  getStartingInfo(ctx: StoreSource, operator: string, delegator: string): StartingInfo | undefined {
    const raw = kv(ctx).get(key(DistributionKey.startingInfo, op(operator), del(delegator)));
    if (!raw) return undefined;
    const s = DelegatorStartingInfo.decode(raw);
    return { previousPeriod: s.previousPeriod, stake: decFromWire(s.stake), height: s.height };
  },

  setStartingInfo(ctx: StoreSource, operator: string, delegator: string, s: StartingInfo): void {
    kv(ctx).set(
      key(DistributionKey.startingInfo, op(operator), del(delegator)),
      DelegatorStartingInfo.encode({
        previousPeriod: s.previousPeriod,
        stake: decToWire(s.stake),
        height: s.height,
      }).finish(),
    );
  },

  deleteStartingInfo(ctx: StoreSource, operator: string, delegator: string): void {
    kv(ctx).delete(key(DistributionKey.startingInfo, op(operator), del(delegator)));
  },

  setSlashEvent(ctx: StoreSource, operator: string, e: SlashEvent): void {
    kv(ctx).set(
      key(DistributionKey.slashEvent, op(operator), u64(e.height), u64(e.period)),
      ValidatorSlashEvent.encode({ validatorPeriod: e.period, fraction: decToWire(e.fraction) }).finish(),
    );
  },

  /** Slash events of a validator with `from ≤ height ≤ to`, in (height, period) order. */
  slashEvents(ctx: StoreSource, operator: string, from: bigint, to: bigint): SlashEvent[] {
    const prefix = key(DistributionKey.slashEvent, op(operator));
    const out: SlashEvent[] = [];
    for (const [k, v] of kv(ctx).iterate(prefix)) {
      const height = readU64(k, prefix.length);
      if (height < from) continue;
      if (height > to) break;
      const e = ValidatorSlashEvent.decode(v);
      out.push({ height, period: e.validatorPeriod, fraction: decFromWire(e.fraction) });
    }
    return out;
  },

  // ---- whole-store iteration (genesis export), in key order ----

  /** Every withdraw address that differs from its delegator. */
  *allWithdrawAddresses(ctx: StoreSource): IterableIterator<{ delegator: string; withdraw: string }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.withdrawAddress))) {
      const { parts } = readLps(k, 1, 1);
      yield { delegator: toAddress(parts[0]!), withdraw: dec.decode(v) };
    }
  },

  /** Every validator's outstanding rewards record. */
  *allOutstanding(ctx: StoreSource): IterableIterator<{ operator: string; rewards: DecCoin[] }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.outstandingRewards))) {
      const { parts } = readLps(k, 1, 1);
      yield {
        operator: valoper(parts[0]!),
        rewards: fromProto(ValidatorOutstandingRewards.decode(v).rewards),
      };
    }
  },

  /** Every validator's accumulated commission record. */
  *allCommissions(ctx: StoreSource): IterableIterator<{ operator: string; commission: DecCoin[] }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.accumulatedCommission))) {
      const { parts } = readLps(k, 1, 1);
      yield {
        operator: valoper(parts[0]!),
        commission: fromProto(ValidatorAccumulatedCommission.decode(v).commission),
      };
    }
  },

  /** Every validator's open period. */
  *allCurrent(ctx: StoreSource): IterableIterator<{ operator: string; rewards: DecCoin[]; period: bigint }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.currentRewards))) {
      const { parts } = readLps(k, 1, 1);
      const r = ValidatorCurrentRewards.decode(v);
      yield { operator: valoper(parts[0]!), rewards: fromProto(r.rewards), period: r.period };
    }
  },

  /** Every closed period still referenced: its cumulative ratio and reference count. */
  *allHistorical(
    ctx: StoreSource,
  ): IterableIterator<{ operator: string; period: bigint; ratio: DecCoin[]; refs: number }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.historicalRewards))) {
      const { parts, end } = readLps(k, 1, 1);
      const h = ValidatorHistoricalRewards.decode(v);
      yield {
        operator: valoper(parts[0]!),
        period: readU64(k, end),
        ratio: fromProto(h.cumulativeRewardRatio),
        refs: h.referenceCount,
      };
    }
  },

  /** Every delegation's reward-tracking start. */
  *allStartingInfos(
    ctx: StoreSource,
  ): IterableIterator<{ operator: string; delegator: string; info: StartingInfo }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.startingInfo))) {
      const { parts } = readLps(k, 1, 2);
      const s = DelegatorStartingInfo.decode(v);
      yield {
        operator: valoper(parts[0]!),
        delegator: toAddress(parts[1]!),
        info: { previousPeriod: s.previousPeriod, stake: decFromWire(s.stake), height: s.height },
      };
    }
  },

  /** Every recorded slash event. */
  *allSlashEvents(ctx: StoreSource): IterableIterator<{ operator: string; event: SlashEvent }> {
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(DistributionKey.slashEvent))) {
      const { parts, end } = readLps(k, 1, 1);
      const e = ValidatorSlashEvent.decode(v);
      yield {
        operator: valoper(parts[0]!),
        event: { height: readU64(k, end), period: e.validatorPeriod, fraction: decFromWire(e.fraction) },
      };
    }
  },

  /** Deletes every record keyed by the validator (it was removed from staking). */
  deleteValidatorRecords(ctx: StoreSource, operator: string): void {
    const store = kv(ctx);
    const o = op(operator);
    store.delete(key(DistributionKey.outstandingRewards, o));
    store.delete(key(DistributionKey.accumulatedCommission, o));
    store.delete(key(DistributionKey.currentRewards, o));
    for (const prefix of [key(DistributionKey.slashEvent, o), key(DistributionKey.historicalRewards, o)]) {
      const keys = [...store.iterate(prefix)].map(([k]) => k);
      for (const k of keys) store.delete(k);
    }
  },
};
