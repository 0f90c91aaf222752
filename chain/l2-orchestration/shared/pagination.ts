import type { strata } from "../../../proto/gen/strata.js";
import { paginate } from "../../core/app/pagination.js";

/**
 * Applies a `strata.base.v1.PageRequest` (wire-compatible with Cosmos paging) to an ordered list,
 * with the core paging rules (offset or opaque next key, limit default 100, count_total, reverse).
 */
export function paginateL2<T>(
  all: T[],
  req: strata.base.v1.IPageRequest | null | undefined,
): { items: T[]; page: strata.base.v1.IPageResponse } {
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
  return { items, page: { nextKey: page.nextKey, total: Number(page.total) } };
}
