import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { paginateL2, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { keysStore } from "./store.js";

const v1 = strata.l3.v1;
const P = "/strata.l3.v1.Query/";

/** Query handlers of the keys module by gRPC path. */
export const keysQueries: Record<string, QueryHandler> = {
  [`${P}Epoch`]: (ctx, req) => {
    const { number } = withNumbers(v1.QueryEpochRequest.decode(req));
    if (!Number.isSafeInteger(number) || number < 0) throw grpcInvalidArgument("number must be a u64");
    const n = number === 0 ? keysStore.currentEpoch(ctx) : number;
    const epoch = keysStore.getEpoch(ctx, n);
    if (!epoch) throw grpcNotFound(`epoch ${n} not found`);
    return v1.QueryEpochResponse.encode({ epoch }).finish();
  },
  [`${P}Custodians`]: (ctx) =>
    v1.QueryCustodiansResponse.encode({
      custodians: keysStore.custodians(ctx),
      params: keysStore.getParams(ctx),
    }).finish(),
  [`${P}RewrapRequest`]: (ctx, req) => {
    const { id } = withNumbers(v1.QueryRewrapRequestRequest.decode(req));
    const request = keysStore.getRewrap(ctx, id);
    if (!request) throw grpcNotFound(`re-wrap request ${id} not found`);
    return v1.QueryRewrapRequestResponse.encode({ request }).finish();
  },
  [`${P}RewrapRequests`]: (ctx, req) => {
    const { pendingOnly, pagination } = withNumbers(v1.QueryRewrapRequestsRequest.decode(req));
    const all = pendingOnly ? keysStore.pendingRewraps(ctx) : [...keysStore.rewraps(ctx)];
    const { items, page } = paginateL2(all, pagination);
    return v1.QueryRewrapRequestsResponse.encode({ requests: items, pagination: page }).finish();
  },
};
