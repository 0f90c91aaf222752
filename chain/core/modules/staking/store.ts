import type { StoreSource } from "../../app/context.js";
import { addressBytes } from "../../crypto/index.js";
import type { KVStore } from "../../store/index.js";
import {
  consAddressOf,
  decodeDelegation,
  decodeParams,
  decodeRedelegation,
  decodeUnbonding,
  decodeValidator,
  encodeDelegation,
  encodeParams,
  encodeRedelegation,
  encodeUnbonding,
  encodeValidator,
  operatorBytes,
} from "./codec.js";
import { key, lp, powerIndexKey, readLps, StakingKey, u64 } from "./keys.js";
import { DEFAULT_STAKING_PARAMS } from "./params.js";
import {
  type Delegation,
  POWER_REDUCTION,
  type Redelegation,
  STAKING_MODULE,
  type StakingParams,
  type UnbondingDelegation,
  type Validator,
} from "./types.js";

const enc = new TextEncoder();
const dec = new TextDecoder();
const EMPTY = new Uint8Array();
const decodedParams = new WeakMap<Uint8Array, StakingParams>();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(STAKING_MODULE);
}

function del(address: string): Uint8Array {
  return lp(addressBytes(address));
}

function op(operator: string): Uint8Array {
  return lp(operatorBytes(operator));
}

/** Consensus power a validator would have if bonded: tokens / 10^6. */
export function potentialPower(v: Validator): bigint {
  return v.tokens / POWER_REDUCTION;
}

/** A (delegator, validator) pair named by a queue. */
export interface DVPair {
  delegatorBytes: Uint8Array;
  operatorBytes: Uint8Array;
}

/** A (delegator, source, destination) triple named by the redelegation queue. */
export interface DVVTriplet {
  delegatorBytes: Uint8Array;
  srcBytes: Uint8Array;
  dstBytes: Uint8Array;
}

/**
 * The only code that touches the staking store: records, indexes and queues. Functions take the
 * context explicitly; they hold no state. Business rules live in the operation files.
 */
export const stakingStore = {
  getParams(ctx: StoreSource): StakingParams {
    const raw = kv(ctx).get(Uint8Array.of(StakingKey.params));
    if (!raw) return DEFAULT_STAKING_PARAMS;
    let p = decodedParams.get(raw);
    if (!p) {
      p = decodeParams(raw);
      decodedParams.set(raw, p);
    }
    return p;
  },

  setParams(ctx: StoreSource, p: StakingParams): void {
    kv(ctx).set(Uint8Array.of(StakingKey.params), encodeParams(p));
  },

  // ---- validators ----

  getValidator(ctx: StoreSource, operator: string): Validator | undefined {
    return this.getValidatorByBytes(ctx, operatorBytes(operator));
  },

  getValidatorByBytes(ctx: StoreSource, operator: Uint8Array): Validator | undefined {
    const raw = kv(ctx).get(key(StakingKey.validator, lp(operator)));
    return raw ? decodeValidator(raw) : undefined;
  },

  setValidator(ctx: StoreSource, v: Validator): void {
    kv(ctx).set(key(StakingKey.validator, op(v.operator)), encodeValidator(v));
  },

  setValidatorByConsAddr(ctx: StoreSource, v: Validator): void {
    kv(ctx).set(key(StakingKey.validatorByConsAddr, consAddressOf(v.consPubKey)), operatorBytes(v.operator));
  },

  getValidatorByConsAddr(ctx: StoreSource, consAddress: Uint8Array): Validator | undefined {
    const operator = kv(ctx).get(key(StakingKey.validatorByConsAddr, consAddress));
    return operator ? this.getValidatorByBytes(ctx, operator) : undefined;
  },

  /** Deletes the validator record, its consensus-address index and its power-index entry. */
  deleteValidator(ctx: StoreSource, v: Validator): void {
    const store = kv(ctx);
    store.delete(key(StakingKey.validator, op(v.operator)));
    store.delete(key(StakingKey.validatorByConsAddr, consAddressOf(v.consPubKey)));
    store.delete(powerIndexKey(potentialPower(v), operatorBytes(v.operator)));
  },

  /**
   * Adds `v` to the power index at its current tokens (call after changing them). Jailed
   * validators are never indexed, so they cannot enter the bonded set.
   */
  setPowerIndex(ctx: StoreSource, v: Validator): void {
    if (v.jailed) return;
    const opBytes = operatorBytes(v.operator);
    kv(ctx).set(powerIndexKey(potentialPower(v), opBytes), opBytes);
  },

  /** Removes `v` from the power index at its current tokens (call before changing them). */
  deletePowerIndex(ctx: StoreSource, v: Validator): void {
    kv(ctx).delete(powerIndexKey(potentialPower(v), operatorBytes(v.operator)));
  },

  /** Operator bytes of non-jailed validators, highest power first. */
  *byPowerDescending(ctx: StoreSource): IterableIterator<Uint8Array> {
    for (const [, value] of kv(ctx).iterate(Uint8Array.of(StakingKey.validatorByPower), { reverse: true }))
      yield value;
  },

  /** Every validator in operator-byte order. */
  *iterateValidators(ctx: StoreSource): IterableIterator<Validator> {
    for (const [, value] of kv(ctx).iterate(Uint8Array.of(StakingKey.validator)))
      yield decodeValidator(value);
  },

  // ---- last bonded set ----

  /** The last end-block's bonded set: operator bytes and power, in operator-byte order. */
  getLastValidatorPowers(ctx: StoreSource): { operator: Uint8Array; power: bigint }[] {
    const out: { operator: Uint8Array; power: bigint }[] = [];
    for (const [k, value] of kv(ctx).iterate(Uint8Array.of(StakingKey.lastValidatorPower))) {
      out.push({ operator: readLps(k, 1, 1)[0]!, power: BigInt(dec.decode(value)) });
    }
    return out;
  },

  setLastValidatorPower(ctx: StoreSource, operator: Uint8Array, power: bigint): void {
    kv(ctx).set(key(StakingKey.lastValidatorPower, lp(operator)), enc.encode(power.toString()));
  },

  deleteLastValidatorPower(ctx: StoreSource, operator: Uint8Array): void {
    kv(ctx).delete(key(StakingKey.lastValidatorPower, lp(operator)));
  },

  /** Whether a last total power was ever recorded (it is not before the first bonded set). */
  hasLastTotalPower(ctx: StoreSource): boolean {
    return kv(ctx).has(Uint8Array.of(StakingKey.lastTotalPower));
  },

  getLastTotalPower(ctx: StoreSource): bigint {
    const raw = kv(ctx).get(Uint8Array.of(StakingKey.lastTotalPower));
    return raw ? BigInt(dec.decode(raw)) : 0n;
  },

  setLastTotalPower(ctx: StoreSource, power: bigint): void {
    kv(ctx).set(Uint8Array.of(StakingKey.lastTotalPower), enc.encode(power.toString()));
  },

  // ---- delegations ----

  getDelegation(ctx: StoreSource, delegator: string, operator: string): Delegation | undefined {
    const raw = kv(ctx).get(key(StakingKey.delegation, del(delegator), op(operator)));
    return raw ? decodeDelegation(raw) : undefined;
  },

  setDelegation(ctx: StoreSource, d: Delegation): void {
    const [dk, ok] = [del(d.delegator), op(d.operator)];
    kv(ctx).set(key(StakingKey.delegation, dk, ok), encodeDelegation(d));
    kv(ctx).set(key(StakingKey.delegationByValidator, ok, dk), EMPTY);
  },

  removeDelegation(ctx: StoreSource, d: Delegation): void {
    const [dk, ok] = [del(d.delegator), op(d.operator)];
    kv(ctx).delete(key(StakingKey.delegation, dk, ok));
    kv(ctx).delete(key(StakingKey.delegationByValidator, ok, dk));
  },

  /** Delegations of one delegator, in validator-byte order. */
  *delegatorDelegations(ctx: StoreSource, delegator: string): IterableIterator<Delegation> {
    for (const [, value] of kv(ctx).iterate(key(StakingKey.delegation, del(delegator))))
      yield decodeDelegation(value);
  },

  /** Every delegation, in (delegator, validator) byte order. */
  *allDelegations(ctx: StoreSource): IterableIterator<Delegation> {
    for (const [, value] of kv(ctx).iterate(Uint8Array.of(StakingKey.delegation)))
      yield decodeDelegation(value);
  },

  /** Delegations to one validator, in delegator-byte order. */
  *validatorDelegations(ctx: StoreSource, operator: string): IterableIterator<Delegation> {
    const ok = op(operator);
    const prefix = key(StakingKey.delegationByValidator, ok);
    for (const [k] of kv(ctx).iterate(prefix)) {
      const raw = kv(ctx).get(key(StakingKey.delegation, k.subarray(prefix.length), ok));
      if (raw) yield decodeDelegation(raw);
    }
  },

  // ---- unbonding delegations ----

  getUnbonding(ctx: StoreSource, delegator: string, operator: string): UnbondingDelegation | undefined {
    const raw = kv(ctx).get(key(StakingKey.unbondingDelegation, del(delegator), op(operator)));
    return raw ? decodeUnbonding(raw) : undefined;
  },

  getUnbondingByBytes(ctx: StoreSource, pair: DVPair): UnbondingDelegation | undefined {
    const raw = kv(ctx).get(
      key(StakingKey.unbondingDelegation, lp(pair.delegatorBytes), lp(pair.operatorBytes)),
    );
    return raw ? decodeUnbonding(raw) : undefined;
  },

  setUnbonding(ctx: StoreSource, u: UnbondingDelegation): void {
    const [dk, ok] = [del(u.delegator), op(u.operator)];
    kv(ctx).set(key(StakingKey.unbondingDelegation, dk, ok), encodeUnbonding(u));
    kv(ctx).set(key(StakingKey.unbondingByValidator, ok, dk), EMPTY);
  },

  removeUnbonding(ctx: StoreSource, u: UnbondingDelegation): void {
    const [dk, ok] = [del(u.delegator), op(u.operator)];
    kv(ctx).delete(key(StakingKey.unbondingDelegation, dk, ok));
    kv(ctx).delete(key(StakingKey.unbondingByValidator, ok, dk));
  },

  *delegatorUnbondings(ctx: StoreSource, delegator: string): IterableIterator<UnbondingDelegation> {
    for (const [, value] of kv(ctx).iterate(key(StakingKey.unbondingDelegation, del(delegator))))
      yield decodeUnbonding(value);
  },

  /** Every unbonding delegation, in (delegator, validator) byte order. */
  *allUnbondings(ctx: StoreSource): IterableIterator<UnbondingDelegation> {
    for (const [, value] of kv(ctx).iterate(Uint8Array.of(StakingKey.unbondingDelegation)))
      yield decodeUnbonding(value);
  },

  *validatorUnbondings(ctx: StoreSource, operator: string): IterableIterator<UnbondingDelegation> {
    const ok = op(operator);
    const prefix = key(StakingKey.unbondingByValidator, ok);
    for (const [k] of kv(ctx).iterate(prefix)) {
      const raw = kv(ctx).get(key(StakingKey.unbondingDelegation, k.subarray(prefix.length), ok));
      if (raw) yield decodeUnbonding(raw);
    }
  },

  // ---- redelegations ----

  getRedelegation(ctx: StoreSource, delegator: string, src: string, dst: string): Redelegation | undefined {
    const raw = kv(ctx).get(key(StakingKey.redelegation, del(delegator), op(src), op(dst)));
    return raw ? decodeRedelegation(raw) : undefined;
  },

  getRedelegationByBytes(ctx: StoreSource, t: DVVTriplet): Redelegation | undefined {
    const raw = kv(ctx).get(
      key(StakingKey.redelegation, lp(t.delegatorBytes), lp(t.srcBytes), lp(t.dstBytes)),
    );
    return raw ? decodeRedelegation(raw) : undefined;
  },

  setRedelegation(ctx: StoreSource, r: Redelegation): void {
    const [dk, sk, tk] = [del(r.delegator), op(r.src), op(r.dst)];
    kv(ctx).set(key(StakingKey.redelegation, dk, sk, tk), encodeRedelegation(r));
    kv(ctx).set(key(StakingKey.redelegationBySrc, sk, dk, tk), EMPTY);
    kv(ctx).set(key(StakingKey.redelegationByDst, tk, dk, sk), EMPTY);
  },

  removeRedelegation(ctx: StoreSource, r: Redelegation): void {
    const [dk, sk, tk] = [del(r.delegator), op(r.src), op(r.dst)];
    kv(ctx).delete(key(StakingKey.redelegation, dk, sk, tk));
    kv(ctx).delete(key(StakingKey.redelegationBySrc, sk, dk, tk));
    kv(ctx).delete(key(StakingKey.redelegationByDst, tk, dk, sk));
  },

  /** Redelegations of one delegator, in (src, dst) byte order. */
  *delegatorRedelegations(ctx: StoreSource, delegator: string): IterableIterator<Redelegation> {
    for (const [, value] of kv(ctx).iterate(key(StakingKey.redelegation, del(delegator))))
      yield decodeRedelegation(value);
  },

  /** Redelegations out of one validator. */
  *redelegationsFromSrc(ctx: StoreSource, src: string): IterableIterator<Redelegation> {
    const srcBytes = operatorBytes(src);
    const prefix = key(StakingKey.redelegationBySrc, lp(srcBytes));
    for (const [k] of kv(ctx).iterate(prefix)) {
      const [delegatorBytes, dstBytes] = readLps(k, prefix.length, 2) as [Uint8Array, Uint8Array];
      const r = this.getRedelegationByBytes(ctx, { delegatorBytes, srcBytes, dstBytes });
      if (r) yield r;
    }
  },

  /** Every redelegation, in (delegator, src, dst) byte order. */
  *allRedelegations(ctx: StoreSource): IterableIterator<Redelegation> {
    for (const [, value] of kv(ctx).iterate(Uint8Array.of(StakingKey.redelegation)))
      yield decodeRedelegation(value);
  },

  /** Whether `delegator` has an unfinished redelegation into `dst` (a transitive hop is refused). */
  hasReceivingRedelegation(ctx: StoreSource, delegator: string, dst: string): boolean {
    for (const _ of kv(ctx).iterate(key(StakingKey.redelegationByDst, op(dst), del(delegator)), { limit: 1 }))
      return true;
    return false;
  },

  // ---- queues ----

  insertUnbondingQueue(ctx: StoreSource, timeNs: bigint, delegator: string, operator: string): void {
    kv(ctx).set(key(StakingKey.unbondingQueue, u64(timeNs), del(delegator), op(operator)), EMPTY);
  },

  /** Removes and returns the queued pairs whose completion time is at or before `nowNs`. */
  dequeueMatureUnbondings(ctx: StoreSource, nowNs: bigint): DVPair[] {
    return dequeue(ctx, StakingKey.unbondingQueue, nowNs, 2).map(([d, o]) => ({
      delegatorBytes: d!,
      operatorBytes: o!,
    }));
  },

  insertRedelegationQueue(ctx: StoreSource, timeNs: bigint, r: Redelegation): void {
    kv(ctx).set(
      key(StakingKey.redelegationQueue, u64(timeNs), del(r.delegator), op(r.src), op(r.dst)),
      EMPTY,
    );
  },

  /** Removes and returns the queued triples whose completion time is at or before `nowNs`. */
  dequeueMatureRedelegations(ctx: StoreSource, nowNs: bigint): DVVTriplet[] {
    return dequeue(ctx, StakingKey.redelegationQueue, nowNs, 3).map(([d, s, t]) => ({
      delegatorBytes: d!,
      srcBytes: s!,
      dstBytes: t!,
    }));
  },

  insertValidatorQueue(ctx: StoreSource, v: Validator): void {
    kv(ctx).set(key(StakingKey.validatorQueue, u64(v.unbondingTimeNs), op(v.operator)), EMPTY);
  },

  deleteValidatorQueue(ctx: StoreSource, v: Validator): void {
    kv(ctx).delete(key(StakingKey.validatorQueue, u64(v.unbondingTimeNs), op(v.operator)));
  },

  /** Removes and returns the operators whose unbonding time is at or before `nowNs`. */
  dequeueMatureValidators(ctx: StoreSource, nowNs: bigint): Uint8Array[] {
    return dequeue(ctx, StakingKey.validatorQueue, nowNs, 1).map(([o]) => o!);
  },
};

// Queue keys are `prefix ‖ time ‖ addresses`, so a forward scan stops at the first future time.
function dequeue(ctx: StoreSource, prefix: StakingKey, nowNs: bigint, parts: number): Uint8Array[][] {
  const store = kv(ctx);
  const due: Uint8Array[] = [];
  for (const [k] of store.iterate(Uint8Array.of(prefix))) {
    const time = new DataView(k.buffer, k.byteOffset, k.byteLength).getBigUint64(1);
    if (time > nowNs) break;
    due.push(k);
  }
  for (const k of due) store.delete(k);
  return due.map((k) => readLps(k, 9, parts).map((b) => new Uint8Array(b)));
}
