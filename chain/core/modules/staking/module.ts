import type { Module } from "../../app/module.js";
import { beginRedelegateHandler } from "./beginRedelegate.js";
import { createValidatorHandler } from "./createValidator.js";
import { delegateHandler } from "./delegate.js";
import { editValidatorHandler } from "./editValidator.js";
import { exportStakingGenesis } from "./exportGenesis.js";
import { initGenesisValidatorSet, initStakingGenesis } from "./genesis.js";
import type { StakingKeeper } from "./keeper.js";
import { stakingQueries } from "./queries.js";
import { STAKING_MODULE } from "./types.js";
import { undelegateHandler } from "./undelegate.js";

/**
 * The staking module over `keeper`: validators, delegations, unbonding and redelegation queues,
 * the bonded set (returned as validator updates at end-block), the staking gRPC queries, and
 * genesis import (a fresh chain's validators or an exported state) and export.
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
    initGenesisValidators: (ctx) => initGenesisValidatorSet(d, ctx),
    exportGenesis: (ctx) => exportStakingGenesis(ctx),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}
