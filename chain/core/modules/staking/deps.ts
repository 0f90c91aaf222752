import type { Coin } from "../../app/coins.js";
import type { Context } from "../../app/context.js";
import type { AccountKeeper, BankKeeper, StakingHooks } from "./expectedKeepers.js";
import { stakingStore } from "./store.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "./types.js";

/** What the staking operations are wired to: other modules' keepers and the registered hooks. */
export interface StakingDeps {
  accounts: AccountKeeper;
  bank: BankKeeper;
  /** Hook receivers in call order (distribution, then slashing, in the L1 app). */
  hooks: StakingHooks[];
}

/** Module-account permissions of the two staking pools (the SDK's). */
export const POOL_PERMISSIONS = ["burner", "staking"];

type HookName = keyof StakingHooks;
type HookArgs<K extends HookName> = Parameters<NonNullable<StakingHooks[K]>>;

/** Calls hook `name` on every registered receiver, in order. */
export function runHooks<K extends HookName>(d: StakingDeps, name: K, ...args: HookArgs<K>): void {
  for (const h of d.hooks) {
    const fn = h[name] as ((...a: HookArgs<K>) => void) | undefined;
    fn?.apply(h, args);
  }
}

/** `amount` of the bond denom as coins (empty when zero, so no zero transfer is made). */
export function bondCoins(ctx: Context, amount: bigint): Coin[] {
  return amount > 0n ? [{ denom: stakingStore.getParams(ctx).bondDenom, amount }] : [];
}

/** Moves bond-denom tokens from the bonded pool to the not-bonded pool. */
export function bondedToNotBonded(d: StakingDeps, ctx: Context, amount: bigint): void {
  const coins = bondCoins(ctx, amount);
  if (coins.length === 0) return;
  const from = d.accounts.moduleAccount(ctx, BONDED_POOL, POOL_PERMISSIONS).address;
  d.bank.sendToModule(ctx, from, NOT_BONDED_POOL, coins);
}

/** Moves bond-denom tokens from the not-bonded pool to the bonded pool. */
export function notBondedToBonded(d: StakingDeps, ctx: Context, amount: bigint): void {
  const coins = bondCoins(ctx, amount);
  if (coins.length === 0) return;
  const from = d.accounts.moduleAccount(ctx, NOT_BONDED_POOL, POOL_PERMISSIONS).address;
  d.bank.sendToModule(ctx, from, BONDED_POOL, coins);
}

/** Burns bond-denom tokens held by `pool` (slashing). */
export function burnFromPool(d: StakingDeps, ctx: Context, pool: string, amount: bigint): void {
  const coins = bondCoins(ctx, amount);
  if (coins.length > 0) d.bank.burn(ctx, pool, coins);
}
