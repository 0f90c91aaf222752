import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { DEFAULT_PAGE_LIMIT, paginate } from "../../../core/app/pagination.js";
import { address20, isBridgeAddress } from "../../../core/rollup/deposits.js";
import type { BridgeDeps } from "./keeper.js";
import { bridgeStore } from "./store.js";
import { isChainId } from "./validate.js";

const v1 = strata.bridge.v1;
const P = "/strata.bridge.v1.Query/";

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

/**
 * How many entries a page request can need (offset + limit + 1, the one past the page telling
 * whether there is a next key), or undefined when it needs the whole list (a total, reverse order,
 * or no request at all, which reports the total).
 */
function readBound(req: strata.base.v1.IPageRequest | null | undefined): number | undefined {
  if (!req || req.countTotal || req.reverse) return undefined;
  let offset = Number(req.offset ?? 0);
  if (req.key && req.key.length === 8) offset = Number(Buffer.from(req.key).readBigUInt64BE());
  const limit = req.limit && req.limit > 0 ? Number(req.limit) : DEFAULT_PAGE_LIMIT;
  return offset + limit + 1;
}

/** Query handlers of the parent-side bridge module by gRPC path. */
export function bridgeQueries(deps: BridgeDeps): Record<string, QueryHandler> {
  const registered = (ctx: StoreSource, chainId: string) => {
    if (!isChainId(chainId)) throw grpcInvalidArgument(`malformed chain id ${JSON.stringify(chainId)}`);
    if (!deps.rollup.isRegistered(ctx, chainId)) throw grpcNotFound(`rollup ${chainId} not registered`);
  };
  return {
    [`${P}Deposit`]: (ctx, req) => {
      const { chainId, nonce } = v1.QueryDepositRequest.decode(req);
      registered(ctx, chainId);
      const deposit = bridgeStore.getDeposit(ctx, chainId, nonce);
      if (!deposit) throw grpcNotFound(`deposit ${nonce} of ${chainId} does not exist`);
      return v1.QueryDepositResponse.encode({ deposit }).finish();
    },

    [`${P}Deposits`]: (ctx, req) => {
      const { chainId, address, fromNonce, pagination } = v1.QueryDepositsRequest.decode(req);
      registered(ctx, chainId);
      if (address !== "" && !isBridgeAddress(address))
        throw grpcInvalidArgument(`invalid address ${JSON.stringify(address)}`);
      const from = Math.max(1, fromNonce);
      // Reads stop after what the page needs: a relayer polls from its cursor with a limit.
      const bound = readBound(pagination);
      const all =
        address === ""
          ? [...bridgeStore.iterateDeposits(ctx, chainId, from, bound)]
          : bridgeStore.depositsOf(ctx, chainId, address20(address), from, bound);
      const { items, pagination: pageResponse } = page(all, pagination);
      return v1.QueryDepositsResponse.encode({ deposits: items, pagination: pageResponse }).finish();
    },

    [`${P}Claim`]: (ctx, req) => {
      const { chainId, index } = v1.QueryClaimRequest.decode(req);
      registered(ctx, chainId);
      const claim = bridgeStore.getClaim(ctx, chainId, index);
      if (!claim) throw grpcNotFound(`withdrawal ${index} of ${chainId} has not been claimed`);
      return v1.QueryClaimResponse.encode({ claim }).finish();
    },

    [`${P}Escrow`]: (ctx, req) => {
      const { chainId } = v1.QueryEscrowRequest.decode(req);
      registered(ctx, chainId);
      const deposited = bridgeStore.deposited(ctx, chainId);
      const claimed = bridgeStore.claimed(ctx, chainId);
      return v1.QueryEscrowResponse.encode({
        escrowed: (deposited - claimed).toString(),
        deposited: deposited.toString(),
        claimed: claimed.toString(),
      }).finish();
    },
  };
}
