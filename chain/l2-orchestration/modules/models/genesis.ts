import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumFromJson, enumToJson, isCanonicalAddress } from "../../shared/index.js";
import { ModelsCode, ModelsError } from "./errors.js";
import { modelsStore } from "./store.js";
import { modelId, validateVersionFields } from "./validate.js";

const { ModelStatus, Visibility } = strata.models.v1;

/**
 * A version in genesis JSON: the `ModelVersion` fields by their generated names, enums as names
 * (`"MODEL_STATUS_VERIFIED"`) or numbers.
 */
export type ModelVersionJson = Omit<strata.models.v1.IModelVersion, "status" | "visibility"> & {
  status: string | number;
  visibility?: string | number;
};

/** Genesis section of the models module: versions in publication order. */
export interface ModelsGenesis {
  models?: ModelVersionJson[];
}

function invalid(message: string): ModelsError {
  return new ModelsError(ModelsCode.invalidGenesis, message);
}

/**
 * Loads the versions in publication order (their history order). Each obeys the publication
 * rules; ids are `name@version` and unique; parents are listed earlier; status is set.
 * @throws ModelsError(invalidGenesis | invalidRequest) naming the bad version.
 */
export function initModelsGenesis(ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as ModelsGenesis;
  for (const json of genesis.models ?? []) {
    const status = enumFromJson(ModelStatus, json.status);
    const visibility = enumFromJson(Visibility, json.visibility ?? Visibility.VISIBILITY_PUBLIC);
    const model = strata.models.v1.ModelVersion.create({
      ...json,
      storageUris: [...(json.storageUris ?? [])],
      status: status ?? 0,
      visibility: visibility ?? 0,
    });
    const id = modelId(model.name, model.version);
    // [REJECT] a genesis version has a known status and a visibility
    if (!status) throw invalid(`model ${id}: status ${JSON.stringify(json.status)}`);
    if (visibility === undefined) throw invalid(`model ${id}: visibility ${JSON.stringify(json.visibility)}`);
    // [REJECT] the id is name@version
    if (model.id !== id) throw invalid(`model id ${JSON.stringify(model.id)} must be ${id}`);
    validateVersionFields(model);
    // [REJECT] each id once; a parent is listed before its children
    if (modelsStore.has(ctx, id)) throw invalid(`model ${id} listed twice`);
    if (model.parent !== "" && !modelsStore.has(ctx, model.parent))
      throw invalid(`model ${id}: parent ${model.parent} is not listed before it`);
    if (model.verifiedBy !== "" && !isCanonicalAddress(model.verifiedBy))
      throw invalid(`model ${id}: verified_by is not an account address`);
    modelsStore.set(ctx, model);
    modelsStore.appendHistory(ctx, model.name, id);
  }
}

/** The models state in genesis form: every version, in publication order. */
export function exportModelsGenesis(ctx: Context): ModelsGenesis {
  return {
    models: modelsStore.publicationOrder(ctx).map((id) => {
      const m = modelsStore.get(ctx, id)!;
      return {
        ...m,
        storageUris: [...m.storageUris],
        status: enumToJson(ModelStatus, m.status),
        visibility: enumToJson(Visibility, m.visibility),
      };
    }),
  };
}
