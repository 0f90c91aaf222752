import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { paginateL2 } from "../../shared/index.js";
import { isL3ChainId, isL3Name } from "./registerL3.js";
import { l3registryStore } from "./store.js";

const v1 = strata.l3registry.v1;
const P = "/strata.l3registry.v1.Query/";

/** A registered chain by id, or by name when no chain has that id. */
function registered(ctx: StoreSource, idOrName: string): strata.l3registry.v1.L3Chain {
  if (!isL3ChainId(idOrName)) throw grpcInvalidArgument(`malformed chain id ${JSON.stringify(idOrName)}`);
  const direct = l3registryStore.getChain(ctx, idOrName);
  if (direct) return direct;
  const byName = isL3Name(idOrName) ? l3registryStore.chainIdByName(ctx, idOrName) : undefined;
  const chain = byName !== undefined ? l3registryStore.getChain(ctx, byName) : undefined;
  if (!chain) throw grpcNotFound(`L3 chain ${idOrName} not registered`);
  return chain;
}

/** Query handlers of the l3registry module by gRPC path. */
export const l3registryQueries: Record<string, QueryHandler> = {
  [`${P}Chain`]: (ctx, req) => {
    const { chainId } = v1.QueryChainRequest.decode(req);
    return v1.QueryChainResponse.encode({ chain: registered(ctx, chainId) }).finish();
  },
  [`${P}Chains`]: (ctx, req) => {
    const { pagination } = v1.QueryChainsRequest.decode(req);
    const { items, page } = paginateL2([...l3registryStore.iterateChains(ctx)], pagination);
    return v1.QueryChainsResponse.encode({ chains: items, pagination: page }).finish();
  },
  [`${P}Header`]: (ctx, req) => {
    const { chainId, number } = v1.QueryHeaderRequest.decode(req);
    const chain = registered(ctx, chainId);
    const header = l3registryStore.getHeader(ctx, chain.chainId, Number(number));
    if (!header) throw grpcNotFound(`header ${number} of ${chain.chainId} not anchored`);
    return v1.QueryHeaderResponse.encode({ header }).finish();
  },
  [`${P}Headers`]: (ctx, req) => {
    const { chainId, fromNumber, pagination } = v1.QueryHeadersRequest.decode(req);
    const chain = registered(ctx, chainId);
    // Read from `from_number` and stop once a page (default 100, at most 1000) is full.
    const limit = Math.min(Number(pagination?.limit ?? 0) || 100, 1000);
    const all: strata.rollup.v1.BatchRecord[] = [];
    for (const h of l3registryStore.iterateHeaders(ctx, chain.chainId, Math.max(Number(fromNumber), 1))) {
      all.push(h);
      if (all.length >= limit) break;
    }
    return v1.QueryHeadersResponse.encode({ headers: all, pagination: { total: all.length } }).finish();
  },
  [`${P}Latest`]: (ctx, req) => {
    const { chainId } = v1.QueryLatestRequest.decode(req);
    const chain = registered(ctx, chainId);
    const last = Number(chain.lastNumber);
    const header = last > 0 ? l3registryStore.getHeader(ctx, chain.chainId, last) : undefined;
    return v1.QueryLatestResponse.encode(header ? { header } : {}).finish();
  },
  [`${P}Params`]: (ctx) => v1.QueryParamsResponse.encode({ params: l3registryStore.getParams(ctx) }).finish(),
};
