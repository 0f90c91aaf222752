import type { Module } from "../../app/module.js";
import { allocateTokens } from "./allocate.js";
import type { DistributionKeeper } from "./keeper.js";
import { type DistributionParamsJson, parseDistributionParams } from "./params.js";
import { distributionQueries } from "./queries.js";
import { setWithdrawAddressHandler } from "./setWithdrawAddress.js";
import { DISTRIBUTION_MODULE, distributionStore } from "./store.js";
import { withdrawDelegatorRewardHandler } from "./withdrawDelegatorReward.js";
import { withdrawValidatorCommissionHandler } from "./withdrawValidatorCommission.js";

/** Genesis section of the distribution module. */
export interface DistributionGenesis {
  params?: DistributionParamsJson;
}

/**
 * The distribution module over `keeper`: begin-block allocation of fees and block rewards, F1
 * reward accounting, withdrawals and the distribution gRPC queries. It must come before staking
 * in the module list so its params exist when staking's genesis creates validators.
 */
export function createDistributionModule(keeper: DistributionKeeper): Module {
  const d = keeper.deps;
  return {
    name: DISTRIBUTION_MODULE,
    msgs: [
      withdrawDelegatorRewardHandler(d),
      withdrawValidatorCommissionHandler(d),
      setWithdrawAddressHandler(d),
    ],
    queries: distributionQueries(d),
    initGenesis(ctx, raw) {
      const genesis = (raw ?? {}) as DistributionGenesis;
      distributionStore.setParams(ctx, parseDistributionParams(genesis.params));
      distributionStore.setCommunityPool(ctx, []);
      d.accounts.moduleAccount(ctx, DISTRIBUTION_MODULE);
    },
    beginBlock: (ctx) => allocateTokens(d, ctx),
  };
}
