import type { Module } from "../../../core/app/module.js";
import { exportRollupGenesis, initRollupGenesis } from "./genesis.js";
import type { RollupKeeper } from "./keeper.js";
import { rollupQueries } from "./queries.js";
import { registerRollupHandler } from "./registerRollup.js";
import { ROLLUP_MODULE } from "./store.js";
import { submitBatchHandler } from "./submitBatch.js";

/**
 * The rollup module: registers child chains and accepts their batches (ROLLUP.md); `Rollup`,
 * `Rollups`, `Genesis`, `Batch`, `Batches`, `Params` queries; genesis import and export.
 */
export function createRollupModule(keeper: RollupKeeper): Module {
  const { deps } = keeper;
  return {
    name: ROLLUP_MODULE,
    msgs: [registerRollupHandler(deps), submitBatchHandler(deps)],
    queries: rollupQueries(deps),
    initGenesis: (ctx, raw) => initRollupGenesis(deps, ctx, raw),
    exportGenesis: (ctx) => exportRollupGenesis(ctx),
  };
}
