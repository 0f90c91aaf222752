import type { Context, ValidatorUpdate } from "../../app/context.js";
import { consAddressOf } from "./codec.js";
import { bondedToNotBonded, notBondedToBonded, runHooks, type StakingDeps } from "./deps.js";
import { StakingCode, StakingError } from "./errors.js";
import { potentialPower, stakingStore } from "./store.js";
import { BondStatus, type Validator } from "./types.js";

/**
 * Bonded-set management: the end-block computation of the new set (top `max_validators` by
 * power, jailed excluded) with only the changes returned, the bonded ↔ unbonding ↔ unbonded
 * transitions with their pool transfers and hooks, and jailing.
 */

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/** Consensus power: tokens / 10^6 when bonded, else 0. */
export function consensusPower(v: Validator): bigint {
  return v.status === BondStatus.BOND_STATUS_BONDED ? potentialPower(v) : 0n;
}

function bondValidator(d: StakingDeps, ctx: Context, v: Validator): Validator {
  // An unbonding validator that re-enters the set leaves the unbonding queue.
  if (v.status === BondStatus.BOND_STATUS_UNBONDING) stakingStore.deleteValidatorQueue(ctx, v);
  const bonded: Validator = { ...v, status: BondStatus.BOND_STATUS_BONDED };
  stakingStore.setValidator(ctx, bonded);
  runHooks(d, "afterValidatorBonded", ctx, consAddressOf(v.consPubKey), v.operator);
  return bonded;
}

function beginUnbonding(d: StakingDeps, ctx: Context, v: Validator): Validator {
  const params = stakingStore.getParams(ctx);
  const unbonding: Validator = {
    ...v,
    status: BondStatus.BOND_STATUS_UNBONDING,
    unbondingTimeNs: ctx.block.timeNs + params.unbondingTimeNs,
    unbondingHeight: BigInt(ctx.block.height),
  };
  stakingStore.setValidator(ctx, unbonding);
  stakingStore.insertValidatorQueue(ctx, unbonding);
  runHooks(d, "afterValidatorBeginUnbonding", ctx, consAddressOf(v.consPubKey), v.operator);
  return unbonding;
}

/**
 * Recomputes the bonded set (the SDK's `ApplyAndReturnValidatorSetUpdates`): the first
 * `max_validators` non-jailed validators by power with non-zero power are bonded; validators
 * leaving the set begin unbonding. Moves the tokens between the pools and returns only the
 * changes (power 0 removes a validator), in power order then operator order.
 */
export function applyValidatorSetUpdates(d: StakingDeps, ctx: Context): ValidatorUpdate[] {
  const { maxValidators } = stakingStore.getParams(ctx);
  const last = new Map<string, bigint>();
  for (const { operator, power } of stakingStore.getLastValidatorPowers(ctx)) last.set(hex(operator), power);

  // Collect the winners first: bonding rewrites records the power index points at.
  const winners: Uint8Array[] = [];
  for (const operator of stakingStore.byPowerDescending(ctx)) {
    if (winners.length >= maxValidators) break;
    const v = stakingStore.getValidatorByBytes(ctx, operator)!;
    // Past the first zero-power validator nobody else can be bonded.
    if (potentialPower(v) === 0n) break;
    winners.push(new Uint8Array(operator));
  }

  const updates: ValidatorUpdate[] = [];
  let totalPower = 0n;
  let toBonded = 0n;
  let toNotBonded = 0n;
  for (const operator of winners) {
    let v = stakingStore.getValidatorByBytes(ctx, operator)!;
    if (v.status !== BondStatus.BOND_STATUS_BONDED) {
      v = bondValidator(d, ctx, v);
      toBonded += v.tokens;
    }
    const power = consensusPower(v);
    const key = hex(operator);
    if (last.get(key) !== power) {
      updates.push({ pubKey: v.consPubKey, power });
      stakingStore.setLastValidatorPower(ctx, operator, power);
    }
    last.delete(key);
    totalPower += power;
  }

  // Whoever was in the last set and is not now begins unbonding, in operator-byte order.
  for (const key of [...last.keys()].sort()) {
    const operator = Buffer.from(key, "hex");
    let v = stakingStore.getValidatorByBytes(ctx, operator)!;
    v = beginUnbonding(d, ctx, v);
    toNotBonded += v.tokens;
    stakingStore.deleteLastValidatorPower(ctx, operator);
    updates.push({ pubKey: v.consPubKey, power: 0n });
  }

  if (toBonded > toNotBonded) notBondedToBonded(d, ctx, toBonded - toNotBonded);
  else if (toNotBonded > toBonded) bondedToNotBonded(d, ctx, toNotBonded - toBonded);
  if (updates.length > 0) stakingStore.setLastTotalPower(ctx, totalPower);
  return updates;
}

/**
 * Deletes a validator that is unbonded and holds no tokens, and tells the hooks.
 * @throws StakingError(badRemoveValidator) otherwise (a bug in the caller).
 */
export function removeValidator(d: StakingDeps, ctx: Context, v: Validator): void {
  if (v.status !== BondStatus.BOND_STATUS_UNBONDED || v.tokens !== 0n) {
    throw new StakingError(
      StakingCode.badRemoveValidator,
      `validator ${v.operator} is not unbonded and empty`,
    );
  }
  stakingStore.deleteValidator(ctx, v);
  runHooks(d, "afterValidatorRemoved", ctx, consAddressOf(v.consPubKey), v.operator);
}

/**
 * Completes the unbonding of validators whose unbonding time has passed: they become unbonded,
 * and one without delegator shares is deleted.
 */
export function unbondMatureValidators(d: StakingDeps, ctx: Context): void {
  for (const operator of stakingStore.dequeueMatureValidators(ctx, ctx.block.timeNs)) {
    const v = stakingStore.getValidatorByBytes(ctx, operator);
    // A validator that bonded again (or whose unbonding was re-queued later) is not due.
    if (!v || v.status !== BondStatus.BOND_STATUS_UNBONDING || v.unbondingTimeNs > ctx.block.timeNs) continue;
    const unbonded: Validator = { ...v, status: BondStatus.BOND_STATUS_UNBONDED };
    stakingStore.setValidator(ctx, unbonded);
    if (unbonded.delegatorShares === 0n) removeValidator(d, ctx, unbonded);
  }
}

/** Jails a validator: it leaves the power index, so the next end-block unbonds it. */
export function jailValidator(d: StakingDeps, ctx: Context, v: Validator): Validator {
  if (v.jailed) return v;
  runHooks(d, "beforeValidatorModified", ctx, v.operator);
  stakingStore.deletePowerIndex(ctx, v);
  const jailed: Validator = { ...v, jailed: true };
  stakingStore.setValidator(ctx, jailed);
  return jailed;
}

/** Unjails a validator: it re-enters the power index and may bond at the next end-block. */
export function unjailValidator(d: StakingDeps, ctx: Context, v: Validator): Validator {
  if (!v.jailed) return v;
  runHooks(d, "beforeValidatorModified", ctx, v.operator);
  const free: Validator = { ...v, jailed: false };
  stakingStore.setValidator(ctx, free);
  stakingStore.setPowerIndex(ctx, free);
  return free;
}
