import type { Context } from "../../app/context.js";
import { unbond } from "./bonding.js";
import { DEC_ONE, type Dec, decFromInt, decMul, decQuoRoundUp, decTruncate, minBig } from "./decimal.js";
import { burnFromPool, runHooks, type StakingDeps } from "./deps.js";
import { stakingStore } from "./store.js";
import {
  BONDED_POOL,
  BondStatus,
  NOT_BONDED_POOL,
  POWER_REDUCTION,
  type Redelegation,
  type UnbondingDelegation,
  type Validator,
} from "./types.js";

/**
 * Slashing of stake (the SDK's `x/staking/keeper/slash.go`): a fraction of the stake that backed
 * the validator at the infraction height is burned. Unbonding delegations and redelegations
 * created at or after that height were part of that stake, so they are slashed first (at most
 * their own share); the rest comes from the validator's tokens, which lowers the value of every
 * share. Burned tokens leave the supply.
 */

function isMature(completionTimeNs: bigint, ctx: Context): boolean {
  return completionTimeNs <= ctx.block.timeNs;
}

/** Slashes the entries of an unbonding delegation created at or after `infractionHeight`. */
function slashUnbonding(
  d: StakingDeps,
  ctx: Context,
  ubd: UnbondingDelegation,
  infractionHeight: bigint,
  fraction: Dec,
): bigint {
  let total = 0n;
  let burned = 0n;
  for (const entry of ubd.entries) {
    // Stake that left before the infraction did not contribute to it; paid-out stake is gone.
    if (entry.creationHeight < infractionHeight || isMature(entry.completionTimeNs, ctx)) continue;
    const amount = decTruncate(fraction * entry.initialBalance);
    total += amount;
    const take = minBig(amount, entry.balance);
    if (take === 0n) continue;
    burned += take;
    entry.balance -= take;
  }
  if (burned > 0n) {
    stakingStore.setUnbonding(ctx, ubd);
    burnFromPool(d, ctx, NOT_BONDED_POOL, burned);
  }
  return total;
}

/**
 * Slashes the entries of a redelegation created at or after `infractionHeight`: first from an
 * unbonding of the moved tokens at the destination, then by unbonding and burning shares there.
 */
function slashRedelegation(
  d: StakingDeps,
  ctx: Context,
  red: Redelegation,
  infractionHeight: bigint,
  fraction: Dec,
): bigint {
  let total = 0n;
  let bondedBurned = 0n;
  let notBondedBurned = 0n;
  for (const entry of red.entries) {
    if (entry.creationHeight < infractionHeight || isMature(entry.completionTimeNs, ctx)) continue;
    let amount = decTruncate(fraction * entry.initialBalance);
    total += amount;

    // Tokens already undelegated from the destination are slashed there first.
    const ubd = stakingStore.getUnbonding(ctx, red.delegator, red.dst);
    if (ubd) {
      let changed = false;
      for (const u of ubd.entries) {
        const take = minBig(amount, u.balance);
        if (take === 0n || u.creationHeight < infractionHeight || isMature(u.completionTimeNs, ctx)) continue;
        amount -= take;
        notBondedBurned += take;
        u.balance -= take;
        changed = true;
      }
      if (changed) stakingStore.setUnbonding(ctx, ubd);
    }

    let shares = decMul(fraction, entry.sharesDst);
    if (shares === 0n || amount === 0n) continue;
    const delegation = stakingStore.getDelegation(ctx, red.delegator, red.dst);
    if (!delegation) continue;
    if (shares > delegation.shares) shares = delegation.shares;
    const tokens = unbond(d, ctx, red.delegator, red.dst, shares);
    const dst = stakingStore.getValidator(ctx, red.dst);
    if (dst?.status === BondStatus.BOND_STATUS_BONDED) bondedBurned += tokens;
    else notBondedBurned += tokens;
  }
  burnFromPool(d, ctx, BONDED_POOL, bondedBurned);
  burnFromPool(d, ctx, NOT_BONDED_POOL, notBondedBurned);
  return total;
}

/**
 * Slashes `fraction` of the stake a validator had at `infractionHeight`, given its consensus
 * `power` then. Returns the tokens burned from the validator itself (unbonding and redelegated
 * stake burned on the way is not included, as in the SDK). A validator that no longer exists is
 * ignored, and so (logged as an error) are an unbonded validator or an infraction in the future.
 */
export function slash(
  d: StakingDeps,
  ctx: Context,
  consAddress: Uint8Array,
  infractionHeight: bigint,
  power: bigint,
  fraction: Dec,
): bigint {
  const found = stakingStore.getValidatorByConsAddr(ctx, consAddress);
  if (!found) {
    ctx.logger.warn("ignored attempt to slash a nonexistent validator", {
      consAddress: Buffer.from(consAddress).toString("hex"),
    });
    return 0n;
  }
  // The SDK panics on these caller bugs; a panic in begin-block would halt the chain, so they are
  // logged and ignored instead.
  if (found.status === BondStatus.BOND_STATUS_UNBONDED || infractionHeight > BigInt(ctx.block.height)) {
    ctx.logger.error("ignored slash of an unbonded validator or of a future infraction", {
      validator: found.operator,
      infractionHeight: infractionHeight.toString(),
    });
    return 0n;
  }
  runHooks(d, "beforeValidatorModified", ctx, found.operator);

  let remaining = decTruncate(decMul(decFromInt(power * POWER_REDUCTION), fraction));
  if (infractionHeight < BigInt(ctx.block.height)) {
    for (const ubd of [...stakingStore.validatorUnbondings(ctx, found.operator)]) {
      remaining -= slashUnbonding(d, ctx, ubd, infractionHeight, fraction);
    }
    for (const red of [...stakingStore.redelegationsFromSrc(ctx, found.operator)]) {
      remaining -= slashRedelegation(d, ctx, red, infractionHeight, fraction);
    }
  }

  // Redelegation slashing may have unbonded from other validators; re-read this one.
  const validator = stakingStore.getValidator(ctx, found.operator)!;
  let burn = minBig(remaining, validator.tokens);
  if (burn < 0n) burn = 0n;
  if (burn === 0n) return 0n;
  const effective = minBig(decQuoRoundUp(decFromInt(burn), decFromInt(validator.tokens)), DEC_ONE);
  runHooks(d, "beforeValidatorSlashed", ctx, validator.operator, effective);

  const current = stakingStore.getValidator(ctx, found.operator)!;
  stakingStore.deletePowerIndex(ctx, current);
  const slashed: Validator = { ...current, tokens: current.tokens - burn };
  stakingStore.setValidator(ctx, slashed);
  stakingStore.setPowerIndex(ctx, slashed);
  burnFromPool(
    d,
    ctx,
    slashed.status === BondStatus.BOND_STATUS_BONDED ? BONDED_POOL : NOT_BONDED_POOL,
    burn,
  );
  return burn;
}
