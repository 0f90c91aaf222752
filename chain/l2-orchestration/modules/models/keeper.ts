import type { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { modelsStore } from "./store.js";

/**
 * Creates the models keeper: what other modules read of the registry. Stateless over the context.
 */
export function createModelsKeeper() {
  return {
    /** The version `id` (`name@version`), or undefined. */
    getModel(ctx: StoreSource, id: string): strata.models.v1.ModelVersion | undefined {
      return modelsStore.get(ctx, id);
    },
  };
}

/** The models keeper's type. */
export type ModelsKeeper = ReturnType<typeof createModelsKeeper>;
