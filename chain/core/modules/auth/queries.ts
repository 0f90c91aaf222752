import {
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryParamsResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { addressBytes } from "../../crypto/index.js";
import { authKeeper, encodeAccountAny, moduleAddress } from "./keeper.js";

/**
 * A gRPC NotFound as the SDK reports it through ABCI: codespace `sdk`, code 22, and the exact
 * `rpc error: code = NotFound` text that cosmjs's `getAccount` maps to `null`.
 */
export function grpcNotFound(desc: string): SdkError {
  return new SdkError(SdkCode.keyNotFound, `rpc error: code = NotFound desc = ${desc}`);
}

/** A gRPC InvalidArgument error (bad address, bad request bytes). */
export function grpcInvalidArgument(desc: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `rpc error: code = InvalidArgument desc = ${desc}`);
}

/** Decodes `address`, mapping failures to InvalidArgument as the SDK's query server does. */
export function queryAddress(address: string): Uint8Array {
  try {
    return addressBytes(address);
  } catch (err) {
    throw grpcInvalidArgument((err as Error).message);
  }
}

/** Query handlers of the auth module by gRPC path. */
export const authQueries: Record<string, QueryHandler> = {
  "/cosmos.auth.v1beta1.Query/Account": (ctx, req) => {
    const { address } = QueryAccountRequest.decode(req);
    queryAddress(address);
    const account = authKeeper.getAccountAny(ctx, address);
    if (!account) throw grpcNotFound(`account ${address} not found`);
    return QueryAccountResponse.encode({ account }).finish();
  },
  "/cosmos.auth.v1beta1.Query/Accounts": (ctx, req) => {
    const { pagination } = QueryAccountsRequest.decode(req);
    const { items, page } = paginate([...authKeeper.iterateAccounts(ctx)], pagination);
    return QueryAccountsResponse.encode({ accounts: items.map(encodeAccountAny), pagination: page }).finish();
  },
  "/cosmos.auth.v1beta1.Query/Params": (ctx) =>
    QueryParamsResponse.encode({ params: authKeeper.getParams(ctx) }).finish(),
  "/cosmos.auth.v1beta1.Query/ModuleAccountByName": (ctx, req) => {
    const { name } = QueryModuleAccountByNameRequest.decode(req);
    const account = authKeeper.getAccountAny(ctx, moduleAddress(name));
    if (!account) throw grpcNotFound(`account ${name} not found`);
    return QueryModuleAccountByNameResponse.encode({ account }).finish();
  },
};
