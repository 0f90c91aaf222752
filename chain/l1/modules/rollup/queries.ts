import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { paginate } from "../../../core/app/pagination.js";
import type { RollupDeps } from "./keeper.js";
import { rollupParamsToJson } from "./params.js";
import { isChainId } from "./registerRollup.js";
import { rollupStore } from "./store.js";

const v1 = strata.rollup.v1;
const P = "/strata.rollup.v1.Query/";

/** Cosmos pagination over a list, with the `strata.base.v1` page types. */
function page<T>(all: T[], req: strata.base.v1.IPageRequest | null | undefined) {
  const { items, page } = paginate(
    all,
    req
      ? {
          key: req.key ?? new Uint8Array(),
          offset: BigInt(req.offset ?? 0),
          limit: BigInt(req.limit ?? 0),
          countTotal: req.countTotal ?? false,
          reverse: req.reverse ?? false,
        }
      : undefined,
  );
  return { items, pagination: { nextKey: page.nextKey, total: Number(page.total) } };
}

function registered(ctx: StoreSource, chainId: string): strata.rollup.v1.Rollup {
  if (!isChainId(chainId)) throw grpcInvalidArgument(`malformed chain id ${JSON.stringify(chainId)}`);
  const r = rollupStore.getRollup(ctx, chainId);
  if (!r) throw grpcNotFound(`rollup ${chainId} not registered`);
  return r;
}

/** Query handlers of the rollup module by gRPC path; `deposit_count` is read from the deposits reader. */
export function rollupQueries(deps: RollupDeps): Record<string, QueryHandler> {
  const withDeposits = (ctx: StoreSource, r: strata.rollup.v1.Rollup) => {
    r.depositCount = deps.deposits.depositCount(ctx, r.chainId);
    return r;
  };
  return {
    [`${P}Rollup`]: (ctx, req) => {
      const { chainId } = v1.QueryRollupRequest.decode(req);
      return v1.QueryRollupResponse.encode({ rollup: withDeposits(ctx, registered(ctx, chainId)) }).finish();
    },
    [`${P}Rollups`]: (ctx, req) => {
      const { pagination } = v1.QueryRollupsRequest.decode(req);
      const { items, pagination: out } = page([...rollupStore.iterateRollups(ctx)], pagination);
      return v1.QueryRollupsResponse.encode({
        rollups: items.map((r) => withDeposits(ctx, r)),
        pagination: out,
      }).finish();
    },
    [`${P}Genesis`]: (ctx, req) => {
      const { chainId } = v1.QueryGenesisRequest.decode(req);
      registered(ctx, chainId);
      return v1.QueryGenesisResponse.encode({ genesis: rollupStore.getGenesis(ctx, chainId)! }).finish();
    },
    [`${P}Batch`]: (ctx, req) => {
      const { chainId, number } = v1.QueryBatchRequest.decode(req);
      registered(ctx, chainId);
      const batch = rollupStore.getBatch(ctx, chainId, Number(number));
      if (!batch) throw grpcNotFound(`batch ${number} of ${chainId} not accepted`);
      return v1.QueryBatchResponse.encode({ batch }).finish();
    },
    [`${P}Batches`]: (ctx, req) => {
      const { chainId, fromNumber, pagination: given } = v1.QueryBatchesRequest.decode(req);
      registered(ctx, chainId);
      // Batches are read from `from_number` on and the page applies to that list. Unless the
      // total, a reverse order or a next key is asked for, reading stops once the page is full, so
      // a query does not read the whole history (a request without pagination gets the first 100).
      const pagination = given ?? { limit: 100 };
      const want = Number(pagination.offset ?? 0) + (Number(pagination.limit ?? 0) || 100) + 1;
      const bounded = !pagination.countTotal && !pagination.reverse && !pagination.key?.length;
      const all: strata.rollup.v1.BatchRecord[] = [];
      for (const b of rollupStore.iterateBatches(ctx, chainId, Math.max(Number(fromNumber), 1))) {
        all.push(b);
        if (bounded && all.length >= want) break;
      }
      const { items, pagination: out } = page(all, pagination);
      return v1.QueryBatchesResponse.encode({ batches: items, pagination: out }).finish();
    },
    [`${P}Params`]: (ctx) => {
      const p = rollupParamsToJson(rollupStore.getParams(ctx));
      return v1.QueryParamsResponse.encode({ params: p }).finish();
    },
  };
}
