import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { DEFAULT_PAGE_LIMIT } from "../../../core/app/pagination.js";
import { address20, isBridgeAddress } from "../../../core/rollup/deposits.js";
import { buildProof, root, treeOf } from "../../../core/rollup/merkleList.js";
import { withdrawalLeaf, withdrawalToSsz } from "../../../core/rollup/withdrawals.js";
import { paginateL2, withNumbers } from "../../shared/index.js";
import { bridgeStore } from "./store.js";

const v1 = strata.l2bridge.v1;
const P = "/strata.l2bridge.v1.Query/";

/**
 * How many entries a page request can need (offset + limit + 1: the one past the page tells
 * whether there is a next key), or undefined when it needs the whole list (a total, reverse
 * order, or no request, which reports the total).
 */
function readBound(req: strata.base.v1.IPageRequest | null | undefined): number | undefined {
  if (!req || req.countTotal || req.reverse) return undefined;
  let offset = Number(req.offset ?? 0);
  if (req.key && req.key.length === 8) offset = Number(Buffer.from(req.key).readBigUInt64BE());
  const limit = req.limit && req.limit > 0 ? Number(req.limit) : DEFAULT_PAGE_LIMIT;
  return offset + limit + 1;
}

/** Query handlers of the child-side bridge module by gRPC path. */
export const bridgeQueries: Record<string, QueryHandler> = {
  [`${P}Params`]: (ctx) => v1.QueryParamsResponse.encode({ params: bridgeStore.getParams(ctx) }).finish(),

  [`${P}State`]: (ctx) => {
    const c = bridgeStore.getCommitment(ctx);
    return v1.QueryStateResponse.encode({
      state: {
        withdrawalRoot: c.withdrawalRoot,
        withdrawalCount: Number(c.withdrawalCount),
        depositCursor: Number(c.depositCursor),
        depositAccumulator: c.depositAccumulator,
        totalMinted: bridgeStore.totalMinted(ctx).toString(),
        totalBurned: bridgeStore.totalBurned(ctx).toString(),
      },
    }).finish();
  },

  [`${P}Minted`]: (ctx, req) => {
    const { nonce } = withNumbers(v1.QueryMintedRequest.decode(req));
    const deposit = bridgeStore.getMinted(ctx, nonce);
    if (!deposit) throw grpcNotFound(`deposit ${nonce} has not been minted`);
    return v1.QueryMintedResponse.encode({ deposit }).finish();
  },

  [`${P}Withdrawal`]: (ctx, req) => {
    const { index } = withNumbers(v1.QueryWithdrawalRequest.decode(req));
    const withdrawal = bridgeStore.getWithdrawal(ctx, index);
    if (!withdrawal) throw grpcNotFound(`withdrawal ${index} does not exist`);
    return v1.QueryWithdrawalResponse.encode({ withdrawal }).finish();
  },

  [`${P}Withdrawals`]: (ctx, req) => {
    const { address, pagination } = withNumbers(v1.QueryWithdrawalsRequest.decode(req));
    if (address !== "" && !isBridgeAddress(address))
      throw grpcInvalidArgument(`invalid address ${JSON.stringify(address)}`);
    // Reads stop after what the page needs.
    const bound = readBound(pagination);
    const all =
      address === ""
        ? [...bridgeStore.iterateWithdrawals(ctx, bound)]
        : bridgeStore.withdrawalsOf(ctx, address20(address), bound);
    const { items, page } = paginateL2(all, pagination);
    return v1.QueryWithdrawalsResponse.encode({ withdrawals: items, pagination: page }).finish();
  },

  // The proof of withdrawal `index` in the list of the first `count` withdrawals (a batch header's
  // withdrawal_count), rebuilt from the stored withdrawals: what MsgProveWithdrawal carries ([wd-2]).
  [`${P}WithdrawalProof`]: (ctx, req) => {
    const { index, count } = withNumbers(v1.QueryWithdrawalProofRequest.decode(req));
    const stored = Number(bridgeStore.getCommitment(ctx).withdrawalCount);
    if (count < 1 || count > stored)
      throw grpcInvalidArgument(`count ${count} must be within [1, ${stored}] (the withdrawals made)`);
    if (index >= count) throw grpcInvalidArgument(`index ${index} must be below count ${count}`);
    const leaves: Uint8Array[] = [];
    let withdrawal: strata.l2bridge.v1.IWithdrawal | undefined;
    for (const w of bridgeStore.iterateWithdrawals(ctx)) {
      if (leaves.length === count) break;
      if (w.index === index) withdrawal = w;
      leaves.push(withdrawalLeaf(withdrawalToSsz(w)));
    }
    return v1.QueryWithdrawalProofResponse.encode({
      withdrawal,
      proof: buildProof(leaves, index, count),
      root: root(treeOf(leaves, count)),
    }).finish();
  },
};
