import {
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryParamsResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { grpcNotFound, queryAddress } from "../../app/grpcErrors.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { encodeAccountAny, moduleAddress } from "./account.js";
import type { AuthKeeper } from "./keeper.js";

/** Query handlers of the auth module by gRPC path. */
export function authQueries(keeper: AuthKeeper): Record<string, QueryHandler> {
  return {
    "/cosmos.auth.v1beta1.Query/Account": (ctx, req) => {
      const { address } = QueryAccountRequest.decode(req);
      queryAddress(address);
      const account = keeper.getAccountAny(ctx, address);
      if (!account) throw grpcNotFound(`account ${address} not found`);
      return QueryAccountResponse.encode({ account }).finish();
    },
    "/cosmos.auth.v1beta1.Query/Accounts": (ctx, req) => {
      const { pagination } = QueryAccountsRequest.decode(req);
      const { items, page } = paginate([...keeper.iterateAccounts(ctx)], pagination);
      return QueryAccountsResponse.encode({
        accounts: items.map(encodeAccountAny),
        pagination: page,
      }).finish();
    },
    "/cosmos.auth.v1beta1.Query/Params": (ctx) =>
      QueryParamsResponse.encode({ params: keeper.getParams(ctx) }).finish(),
    "/cosmos.auth.v1beta1.Query/ModuleAccountByName": (ctx, req) => {
      const { name } = QueryModuleAccountByNameRequest.decode(req);
      const account = keeper.getAccountAny(ctx, moduleAddress(name));
      if (!account) throw grpcNotFound(`account ${name} not found`);
      return QueryModuleAccountByNameResponse.encode({ account }).finish();
    },
  };
}
