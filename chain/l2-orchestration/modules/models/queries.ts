import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { paginateL2, withNumbers } from "../../shared/index.js";
import { modelsStore } from "./store.js";

const v1 = strata.models.v1;
const P = "/strata.models.v1.Query/";

/** Query handlers of the models module by gRPC path. */
export const modelsQueries: Record<string, QueryHandler> = {
  [`${P}Model`]: (ctx, req) => {
    const { id } = withNumbers(v1.QueryModelRequest.decode(req));
    if (id === "") throw grpcInvalidArgument("empty model id");
    const model = modelsStore.get(ctx, id);
    if (!model) throw grpcNotFound(`model ${id} not found`);
    return v1.QueryModelResponse.encode({ model }).finish();
  },
  [`${P}Models`]: (ctx, req) => {
    const { status, pagination } = withNumbers(v1.QueryModelsRequest.decode(req));
    const all = [...modelsStore.iterate(ctx)].filter(
      (m) => status === v1.ModelStatus.MODEL_STATUS_UNSPECIFIED || m.status === status,
    );
    const { items, page } = paginateL2(all, pagination);
    return v1.QueryModelsResponse.encode({ models: items, pagination: page }).finish();
  },
  [`${P}ModelHistory`]: (ctx, req) => {
    const { name } = withNumbers(v1.QueryModelHistoryRequest.decode(req));
    if (name === "") throw grpcInvalidArgument("empty model name");
    const models = modelsStore.historyIds(ctx, name).map((id) => modelsStore.get(ctx, id)!);
    return v1.QueryModelHistoryResponse.encode({ models }).finish();
  },
};
