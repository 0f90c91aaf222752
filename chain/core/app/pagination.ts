import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";

/** Largest page a query returns when the request sets no limit (the SDK's default is 100). */
export const DEFAULT_PAGE_LIMIT = 100;

/**
 * Applies a Cosmos `PageRequest` (offset/limit, count_total, reverse) to an ordered list. The
 * next-key form is answered as an offset encoded in `next_key`, which clients pass back opaquely.
 */
export function paginate<T>(all: T[], req: PageRequest | undefined): { items: T[]; page: PageResponse } {
  const list = req?.reverse ? [...all].reverse() : all;
  let offset = Number(req?.offset ?? 0n);
  if (req?.key && req.key.length === 8) offset = Number(Buffer.from(req.key).readBigUInt64BE());
  const limit = req?.limit && req.limit > 0n ? Number(req.limit) : DEFAULT_PAGE_LIMIT;
  const items = list.slice(offset, offset + limit);
  const end = offset + items.length;
  let nextKey = new Uint8Array();
  if (end < list.length) {
    const buf = Buffer.alloc(8);
    buf.writeBigUInt64BE(BigInt(end));
    nextKey = buf;
  }
  return { items, page: { nextKey, total: req?.countTotal || !req ? BigInt(list.length) : 0n } };
}
