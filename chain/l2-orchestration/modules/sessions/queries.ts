import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, paginateL2, withNumbers } from "../../shared/index.js";
import { sessionsStore } from "./store.js";

const v1 = strata.sessions.v1;
const P = "/strata.sessions.v1.Query/";

/** Query handlers of the sessions module by gRPC path. */
export const sessionsQueries: Record<string, QueryHandler> = {
  [`${P}Session`]: (ctx, req) => {
    const { id } = withNumbers(v1.QuerySessionRequest.decode(req));
    const session = sessionsStore.get(ctx, id);
    if (!session) throw grpcNotFound(`session ${id} not found`);
    return v1.QuerySessionResponse.encode({ session }).finish();
  },
  [`${P}Sessions`]: (ctx, req) => {
    const { owner, pagination } = withNumbers(v1.QuerySessionsRequest.decode(req));
    if (owner !== "" && !isCanonicalAddress(owner))
      throw grpcInvalidArgument(`invalid owner address ${JSON.stringify(owner)}`);
    const all = owner === "" ? [...sessionsStore.iterate(ctx)] : sessionsStore.byOwner(ctx, owner);
    const { items, page } = paginateL2(all, pagination);
    return v1.QuerySessionsResponse.encode({ sessions: items, pagination: page }).finish();
  },
  [`${P}Params`]: (ctx) => v1.QueryParamsResponse.encode({ params: sessionsStore.getParams(ctx) }).finish(),
};
