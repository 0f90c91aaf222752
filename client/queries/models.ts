import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { ModelVersion } from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the models module (`/strata.models.v1.Query/…`). */
export interface ModelsExtension {
  readonly models: {
    /** A model version by id `name@version`, or null when there is none. */
    readonly model: (id: string) => Promise<ModelVersion | null>;
    /** Model versions in id order, optionally of one status. */
    readonly list: (opts?: {
      status?: strata.models.v1.ModelStatus;
      page?: PageOptions;
    }) => Promise<{ models: ModelVersion[]; page: PageInfo }>;
    /** Every version of a model name, in publication order. */
    readonly history: (name: string) => Promise<ModelVersion[]>;
  };
}

/** Sets up the models queries for `QueryClient.withExtensions`. */
export function setupModelsExtension(base: QueryClient): ModelsExtension {
  const service = new strata.models.v1.Query(serviceRpc(base, "strata.models.v1.Query"));
  return {
    models: {
      model: (id) => orNull(service.model({ id }).then((r) => r.model as ModelVersion | null)),
      list: async (opts = {}) => {
        const r = await service.models({ status: opts.status ?? 0, pagination: pageRequest(opts.page) });
        return { models: plain(r.models) as ModelVersion[], page: pageInfo(r.pagination) };
      },
      history: async (name) => plain((await service.modelHistory({ name })).models) as ModelVersion[],
    },
  };
}
