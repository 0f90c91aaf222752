import type { StoreSource } from "../../app/context.js";
import type { StakingHooks } from "../staking/index.js";
import type { DecCoin } from "./decCoins.js";
import type { AccountKeeper, BankKeeper, StakingKeeper } from "./expectedKeepers.js";
import { distributionHooks } from "./hooks.js";
import type { DistributionDeps } from "./rewards.js";
import { distributionStore } from "./store.js";

/** Keepers distribution is built on. */
export interface DistributionKeeperDeps {
  accounts: AccountKeeper;
  bank: BankKeeper;
  staking: StakingKeeper;
}

/**
 * Creates the distribution keeper over the keepers it consumes. `hooks` are the receivers the
 * app registers with staking.
 */
export function createDistributionKeeper(deps: DistributionKeeperDeps) {
  const d: DistributionDeps = { ...deps };
  return {
    /** Wiring of the operations (handlers, queries, begin-block). */
    deps: d,
    /** Staking hook receivers keeping reward periods in step. */
    hooks: distributionHooks(d) as StakingHooks,
    /** The community pool. */
    communityPool(ctx: StoreSource): DecCoin[] {
      return distributionStore.getCommunityPool(ctx);
    },
    /** A validator's rewards not yet withdrawn (commission included). */
    outstandingRewards(ctx: StoreSource, operator: string): DecCoin[] {
      return distributionStore.getOutstanding(ctx, operator);
    },
  };
}

/** The distribution keeper's type. */
export type DistributionKeeper = ReturnType<typeof createDistributionKeeper>;
