import type { Module } from "../../../core/app/module.js";
import { exportSettlementGenesis, initSettlementGenesis } from "./genesis.js";
import type { SettlementKeeper } from "./keeper.js";
import { settlementQueries } from "./queries.js";
import { SETTLEMENT_MODULE } from "./store.js";

/**
 * The settlement module: no messages (it runs from the scores module's `afterVerdict` hook, wired
 * through `keeper.hooks`), the settlement queries and genesis.
 */
export function createSettlementModule(keeper: SettlementKeeper): Module {
  return {
    name: SETTLEMENT_MODULE,
    queries: settlementQueries(keeper.deps.bank, keeper.treasury),
    initGenesis: (ctx, raw) => initSettlementGenesis(keeper.deps.accounts, ctx, raw),
    exportGenesis: exportSettlementGenesis,
  };
}
