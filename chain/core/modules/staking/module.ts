import type { Module } from "../../app/module.js";
import { beginRedelegateHandler } from "./beginRedelegate.js";
import { createValidatorHandler } from "./createValidator.js";
import { delegateHandler } from "./delegate.js";
import { editValidatorHandler } from "./editValidator.js";
import { initStakingGenesis } from "./genesis.js";
import type { StakingKeeper } from "./keeper.js";
import { stakingQueries } from "./queries.js";
import { STAKING_MODULE } from "./types.js";
import { undelegateHandler } from "./undelegate.js";
import { applyValidatorSetUpdates } from "./validatorSet.js";

/**
 * The staking module over `keeper`: validators, delegations, unbonding and redelegation queues,
 * the bonded set (returned as validator updates at end-block) and the staking gRPC queries.
 */
export function createStakingModule(keeper: StakingKeeper): Module {
  const d = keeper.deps;
  return {
    name: STAKING_MODULE,
    msgs: [
      createValidatorHandler(d),
      editValidatorHandler(d),
      delegateHandler(d),
      undelegateHandler(d),
      beginRedelegateHandler(d),
    ],
    queries: stakingQueries(d),
    initGenesis: (ctx, raw) => initStakingGenesis(d, ctx, raw),
    // The genesis validators are ranked like any end-block; the result is the initial set.
    initGenesisValidators: (ctx) => applyValidatorSetUpdates(d, ctx),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}
