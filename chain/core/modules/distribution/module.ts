import type { Module } from "../../app/module.js";
import { allocateTokens } from "./allocate.js";
import { exportDistributionGenesis, initDistributionGenesis } from "./genesis.js";
import type { DistributionKeeper } from "./keeper.js";
import { distributionQueries } from "./queries.js";
import { setWithdrawAddressHandler } from "./setWithdrawAddress.js";
import { DISTRIBUTION_MODULE } from "./store.js";
import { withdrawDelegatorRewardHandler } from "./withdrawDelegatorReward.js";
import { withdrawValidatorCommissionHandler } from "./withdrawValidatorCommission.js";

/**
 * The distribution module over `keeper`: begin-block allocation of fees and block rewards, F1
 * reward accounting, withdrawals, the distribution gRPC queries and genesis import / export. It
 * must come before staking in the module list so its params exist when staking's genesis creates
 * validators.
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
    initGenesis: (ctx, raw) => initDistributionGenesis(d, ctx, raw),
    exportGenesis: (ctx) => exportDistributionGenesis(ctx),
    beginBlock: (ctx) => allocateTokens(d, ctx),
  };
}
