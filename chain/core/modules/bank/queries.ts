import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { toProtoCoins } from "../../app/coins.js";
import { grpcInvalidArgument, grpcNotFound, queryAddress } from "../../app/grpcErrors.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import type { BankKeeper } from "./keeper.js";

/** Query handlers of the bank module by gRPC path. */
export function bankQueries(bank: BankKeeper): Record<string, QueryHandler> {
  return {
    "/cosmos.bank.v1beta1.Query/Balance": (ctx, req) => {
      const { address, denom } = QueryBalanceRequest.decode(req);
      queryAddress(address);
      if (!denom) throw grpcInvalidArgument("invalid denom");
      const amount = bank.getBalance(ctx, address, denom);
      return QueryBalanceResponse.encode({ balance: { denom, amount: amount.toString() } }).finish();
    },
    "/cosmos.bank.v1beta1.Query/AllBalances": (ctx, req) => {
      const { address, pagination } = QueryAllBalancesRequest.decode(req);
      queryAddress(address);
      const { items, page } = paginate(bank.getAllBalances(ctx, address), pagination);
      return QueryAllBalancesResponse.encode({ balances: toProtoCoins(items), pagination: page }).finish();
    },
    // Without vesting, every balance is spendable.
    "/cosmos.bank.v1beta1.Query/SpendableBalances": (ctx, req) => {
      const { address, pagination } = QuerySpendableBalancesRequest.decode(req);
      queryAddress(address);
      const { items, page } = paginate(bank.getAllBalances(ctx, address), pagination);
      return QuerySpendableBalancesResponse.encode({
        balances: toProtoCoins(items),
        pagination: page,
      }).finish();
    },
    "/cosmos.bank.v1beta1.Query/TotalSupply": (ctx, req) => {
      const { pagination } = QueryTotalSupplyRequest.decode(req);
      const { items, page } = paginate(bank.getTotalSupply(ctx), pagination);
      return QueryTotalSupplyResponse.encode({ supply: toProtoCoins(items), pagination: page }).finish();
    },
    "/cosmos.bank.v1beta1.Query/SupplyOf": (ctx, req) => {
      const { denom } = QuerySupplyOfRequest.decode(req);
      const amount = bank.getSupply(ctx, denom);
      return QuerySupplyOfResponse.encode({ amount: { denom, amount: amount.toString() } }).finish();
    },
    "/cosmos.bank.v1beta1.Query/Params": (ctx) =>
      QueryParamsResponse.encode({ params: bank.getParams(ctx) }).finish(),
    "/cosmos.bank.v1beta1.Query/DenomMetadata": (ctx, req) => {
      const { denom } = QueryDenomMetadataRequest.decode(req);
      const metadata = bank.getMetadata(ctx, denom);
      if (!metadata) throw grpcNotFound(`client metadata for denom ${denom}`);
      return QueryDenomMetadataResponse.encode({ metadata }).finish();
    },
    "/cosmos.bank.v1beta1.Query/DenomsMetadata": (ctx, req) => {
      const { pagination } = QueryDenomsMetadataRequest.decode(req);
      const { items, page } = paginate(bank.allMetadata(ctx), pagination);
      return QueryDenomsMetadataResponse.encode({ metadatas: items, pagination: page }).finish();
    },
  };
}
