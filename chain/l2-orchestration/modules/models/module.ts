import type { Module } from "../../../core/app/module.js";
import { attestModelHandler } from "./attestModel.js";
import { deprecateModelHandler } from "./deprecateModel.js";
import type { NodesKeeper } from "./expectedKeepers.js";
import { exportModelsGenesis, initModelsGenesis } from "./genesis.js";
import type { ModelsKeeper } from "./keeper.js";
import { publishModelHandler } from "./publishModel.js";
import { modelsQueries } from "./queries.js";
import { MODELS_MODULE } from "./store.js";

/** Keepers the models module's handlers consume. */
export interface ModelsModuleDeps {
  /** Who counts as an active guard (attestations). */
  nodes: NodesKeeper;
}

/**
 * The models module: publish, attest and deprecate model versions; `Model`, `Models`,
 * `ModelHistory` queries; genesis. `keeper` is the registry other modules read.
 */
export function createModelsModule(_keeper: ModelsKeeper, deps: ModelsModuleDeps): Module {
  return {
    name: MODELS_MODULE,
    msgs: [publishModelHandler, attestModelHandler(deps.nodes), deprecateModelHandler],
    queries: modelsQueries,
    initGenesis: (ctx, raw) => initModelsGenesis(ctx, raw),
    exportGenesis: (ctx) => exportModelsGenesis(ctx),
  };
}
