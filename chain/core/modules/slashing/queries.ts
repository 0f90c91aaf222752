import {
  QueryParamsResponse,
  QuerySigningInfoRequest,
  QuerySigningInfoResponse,
  QuerySigningInfosRequest,
  QuerySigningInfosResponse,
} from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { grpcInvalidArgument, grpcNotFound } from "../../app/grpcErrors.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { VALCONS_PREFIX } from "../../crypto/address.js";
import { addressBytes } from "../../crypto/index.js";
import { signingInfoToProto, slashingStore } from "./store.js";

const P = "/cosmos.slashing.v1beta1.Query/";

/** Query handlers of the slashing module by gRPC path (what cosmjs's slashing extension calls). */
export const slashingQueries: Record<string, QueryHandler> = {
  [`${P}Params`]: (ctx) =>
    QueryParamsResponse.encode({
      params: slashingStore.paramsToProto(slashingStore.getParams(ctx)),
    }).finish(),
  [`${P}SigningInfo`]: (ctx, req) => {
    const { consAddress } = QuerySigningInfoRequest.decode(req);
    if (!consAddress) throw grpcInvalidArgument("invalid request");
    let bytes: Uint8Array;
    try {
      bytes = addressBytes(consAddress, VALCONS_PREFIX);
    } catch (err) {
      throw grpcInvalidArgument((err as Error).message);
    }
    const info = slashingStore.getSigningInfo(ctx, bytes);
    if (!info) throw grpcNotFound(`SigningInfo not found for validator ${consAddress}`);
    return QuerySigningInfoResponse.encode({ valSigningInfo: signingInfoToProto(info) }).finish();
  },
  [`${P}SigningInfos`]: (ctx, req) => {
    const { pagination } = QuerySigningInfosRequest.decode(req);
    const { items, page } = paginate([...slashingStore.iterateSigningInfos(ctx)], pagination);
    return QuerySigningInfosResponse.encode({
      info: items.map(signingInfoToProto),
      pagination: page,
    }).finish();
  },
};
