import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import type { RPCImpl } from "protobufjs";
import { isNotFoundError } from "../errors.js";
import { plain } from "../plain.js";

/**
 * A protobufjs `RPCImpl` that sends each call of a generated `Query` service class as the ABCI
 * query `/<service>/<Method>` through cosmjs, so the route is defined once (in the .proto).
 */
export function serviceRpc(base: QueryClient, service: string): RPCImpl {
  const rpc = createProtobufRpcClient(base);
  return (method, data, callback) => {
    rpc.request(service, method.name, data).then(
      (bytes) => callback(null, bytes),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  };
}

/** The plain result of a query, or null when the chain answers NotFound. */
export async function orNull<T>(query: Promise<T | null | undefined>): Promise<T | null> {
  try {
    const value = await query;
    return value ? plain(value) : null;
  } catch (err) {
    if (isNotFoundError(err)) return null;
    throw err;
  }
}

/** Paging of a list query. */
export interface PageOptions {
  /** `nextKey` of the previous page. */
  key?: Uint8Array;
  /** Page size (the chain's default when unset). */
  limit?: number;
  /** Ask for the total count. */
  countTotal?: boolean;
  reverse?: boolean;
}

/** Where a page ended. */
export interface PageInfo {
  /** Pass as `key` to read the next page; null on the last page. */
  nextKey: Uint8Array | null;
  /** Total count when asked with `countTotal`. */
  total: number;
}

/** The wire `PageRequest` of {@link PageOptions}. */
export function pageRequest(page: PageOptions | undefined) {
  return page
    ? {
        key: page.key ?? null,
        limit: page.limit ?? 0,
        countTotal: page.countTotal ?? false,
        reverse: page.reverse ?? false,
      }
    : null;
}

/** {@link PageInfo} of a response's `pagination`. */
export function pageInfo(
  page: { nextKey?: Uint8Array | null; total?: number | null } | null | undefined,
): PageInfo {
  const nextKey = page?.nextKey;
  return {
    nextKey: nextKey && nextKey.length > 0 ? Uint8Array.from(nextKey) : null,
    total: page?.total ?? 0,
  };
}
