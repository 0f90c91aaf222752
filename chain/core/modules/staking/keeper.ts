import type { Context, StoreSource, ValidatorUpdate } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { VALOPER_PREFIX } from "../../crypto/address.js";
import { toAddress } from "../../crypto/index.js";
import { completeRedelegation, completeUnbonding } from "./bonding.js";
import type { Dec } from "./decimal.js";
import type { StakingDeps } from "./deps.js";
import type { AccountKeeper, BankKeeper, StakingHooks } from "./expectedKeepers.js";
import { slash } from "./slash.js";
import { stakingStore } from "./store.js";
import type { Delegation, StakingParams, Validator } from "./types.js";
import {
  applyValidatorSetUpdates,
  jailValidator,
  unbondMatureValidators,
  unjailValidator,
} from "./validatorSet.js";

/** Keepers staking is built on. */
export interface StakingKeeperDeps {
  accounts: AccountKeeper;
  bank: BankKeeper;
}

/**
 * Creates the staking keeper: the read API other modules use, the operations slashing drives
 * (slash, jail, unjail), and the end-block. Holds no state beyond its wiring; the hooks are set
 * once, when the app is assembled (distribution and slashing need the keeper first).
 */
export function createStakingKeeper(deps: StakingKeeperDeps) {
  const d: StakingDeps = { accounts: deps.accounts, bank: deps.bank, hooks: [] };
  let hooksSet = false;
  return {
    /** Wiring of the operations (message handlers and genesis use it). */
    deps: d,

    /**
     * Registers the hook receivers, in call order.
     * @throws SdkError(logic) when called twice (a wiring bug).
     */
    setHooks(...hooks: StakingHooks[]): void {
      if (hooksSet) throw new SdkError(SdkCode.logic, "staking hooks already set");
      hooksSet = true;
      d.hooks.push(...hooks);
    },

    params(ctx: StoreSource): StakingParams {
      return stakingStore.getParams(ctx);
    },

    /** The validator with operator address `operator` (`stratavaloper…`). */
    validator(ctx: StoreSource, operator: string): Validator | undefined {
      return stakingStore.getValidator(ctx, operator);
    },

    /** The validator with consensus address `consAddress` (20 bytes). */
    validatorByConsAddr(ctx: StoreSource, consAddress: Uint8Array): Validator | undefined {
      return stakingStore.getValidatorByConsAddr(ctx, consAddress);
    },

    delegation(ctx: StoreSource, delegator: string, operator: string): Delegation | undefined {
      return stakingStore.getDelegation(ctx, delegator, operator);
    },

    /** Every delegation of `delegator`, in validator order. */
    delegatorDelegations(ctx: StoreSource, delegator: string): Delegation[] {
      return [...stakingStore.delegatorDelegations(ctx, delegator)];
    },

    /** The bonded set as of the last end-block: operator and consensus power, in operator order. */
    lastValidatorPowers(ctx: StoreSource): { operator: string; power: bigint }[] {
      return stakingStore
        .getLastValidatorPowers(ctx)
        .map(({ operator, power }) => ({ operator: toAddress(operator, VALOPER_PREFIX), power }));
    },

    /** Total power of the bonded set as of the last end-block. */
    lastTotalPower(ctx: StoreSource): bigint {
      return stakingStore.getLastTotalPower(ctx);
    },

    /** Slashes the validator at `consAddress` (see {@link slash}); returns the tokens burned from it. */
    slash(
      ctx: Context,
      consAddress: Uint8Array,
      infractionHeight: bigint,
      power: bigint,
      fraction: Dec,
    ): bigint {
      return slash(d, ctx, consAddress, infractionHeight, power, fraction);
    },

    /** Jails the validator at `consAddress` (no-op when unknown or already jailed). */
    jail(ctx: Context, consAddress: Uint8Array): void {
      const v = stakingStore.getValidatorByConsAddr(ctx, consAddress);
      if (v) jailValidator(d, ctx, v);
    },

    /** Unjails the validator at `consAddress` (no-op when unknown or not jailed). */
    unjail(ctx: Context, consAddress: Uint8Array): void {
      const v = stakingStore.getValidatorByConsAddr(ctx, consAddress);
      if (v) unjailValidator(d, ctx, v);
    },

    /**
     * End-block (the SDK's `BlockValidatorUpdates`): recompute the bonded set, finish matured
     * validator unbondings, pay out matured unbonding delegations, drop matured redelegations.
     * @returns the validator-set changes (applied by consensus from height h+2).
     */
    endBlock(ctx: Context): ValidatorUpdate[] {
      const updates = applyValidatorSetUpdates(d, ctx);
      unbondMatureValidators(d, ctx);
      for (const pair of stakingStore.dequeueMatureUnbondings(ctx, ctx.block.timeNs))
        completeUnbonding(d, ctx, pair);
      for (const triple of stakingStore.dequeueMatureRedelegations(ctx, ctx.block.timeNs))
        completeRedelegation(ctx, triple);
      return updates;
    },
  };
}

/** The staking keeper's type; consumers declare the subset they need in their `expectedKeepers.ts`. */
export type StakingKeeper = ReturnType<typeof createStakingKeeper>;
