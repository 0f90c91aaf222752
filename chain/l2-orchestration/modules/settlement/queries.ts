import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isDigest, L2_DENOM, withNumbers } from "../../shared/index.js";
import type { BankKeeper } from "./expectedKeepers.js";
import { settlementStore } from "./store.js";

const P = "/strata.settlement.v1.Query/";
const v1 = strata.settlement.v1;

/** Query handlers of the settlement module by gRPC path. */
export function settlementQueries(bank: BankKeeper, treasury: string): Record<string, QueryHandler> {
  return {
    [`${P}Settlement`]: (ctx, req) => {
      const { taskId } = withNumbers(v1.QuerySettlementRequest.decode(req));
      if (!isDigest(taskId))
        throw grpcInvalidArgument(`task id ${JSON.stringify(taskId)} is not 64 lowercase hex`);
      const settlement = settlementStore.getSettlement(ctx, taskId);
      if (!settlement) throw grpcNotFound(`task ${taskId} has not settled`);
      return v1.QuerySettlementResponse.encode({ settlement }).finish();
    },

    [`${P}Treasury`]: (ctx) =>
      v1.QueryTreasuryResponse.encode({
        address: treasury,
        balance: bank.getBalance(ctx, treasury, L2_DENOM).toString(),
      }).finish(),

    [`${P}Params`]: (ctx) =>
      v1.QueryParamsResponse.encode({ params: settlementStore.getParams(ctx) }).finish(),
  };
}
