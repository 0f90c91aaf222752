import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, isDigest, paginateL2, withNumbers } from "../../shared/index.js";
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
  [`${P}SessionByApiKey`]: (ctx, req) => {
    const { apiKeySha256 } = v1.QuerySessionByApiKeyRequest.decode(req);
    if (!isDigest(apiKeySha256))
      throw grpcInvalidArgument("api_key_sha256 must be 64 lowercase hex characters");
    const id = sessionsStore.idByApiKey(ctx, apiKeySha256);
    const session = id === undefined ? undefined : sessionsStore.get(ctx, id);
    if (!session) throw grpcNotFound("no open session with that API key");
    return v1.QuerySessionByApiKeyResponse.encode({ session }).finish();
  },
  [`${P}Params`]: (ctx) => v1.QueryParamsResponse.encode({ params: sessionsStore.getParams(ctx) }).finish(),
};
