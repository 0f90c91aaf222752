import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { BatchRecord, Rollup, RollupParams } from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the L1 rollup module (`/strata.rollup.v1.Query/…`); an L1 node answers them. */
export interface RollupExtension {
  readonly rollup: {
    /** A registered child chain, or null when `chainId` is not registered. */
    readonly rollup: (chainId: string) => Promise<Rollup | null>;
    /** Registered child chains in chain-id order. */
    readonly list: (page?: PageOptions) => Promise<{ rollups: Rollup[]; page: PageInfo }>;
    /** The registered `genesis.json` bytes of a child chain, or null when not registered. */
    readonly genesis: (chainId: string) => Promise<Uint8Array | null>;
    /** Accepted batch `number` of a chain, or null when there is none. */
    readonly batch: (chainId: string, number: number) => Promise<BatchRecord | null>;
    /** Accepted batches of a chain in number order, from `fromNumber` (default 1). */
    readonly batches: (
      chainId: string,
      opts?: { fromNumber?: number; page?: PageOptions },
    ) => Promise<{ batches: BatchRecord[]; page: PageInfo }>;
    /** The module's parameters. */
    readonly params: () => Promise<RollupParams>;
  };
}

/** Sets up the rollup queries for `QueryClient.withExtensions`. */
export function setupRollupExtension(base: QueryClient): RollupExtension {
  const service = new strata.rollup.v1.Query(serviceRpc(base, "strata.rollup.v1.Query"));
  return {
    rollup: {
      rollup: (chainId) => orNull(service.rollup({ chainId }).then((r) => r.rollup as Rollup | null)),
      list: async (page) => {
        const r = await service.rollups({ pagination: pageRequest(page) });
        return { rollups: plain(r.rollups) as Rollup[], page: pageInfo(r.pagination) };
      },
      genesis: async (chainId) => {
        const r = await orNull(service.genesis({ chainId }));
        return r && r.genesis.length > 0 ? Uint8Array.from(r.genesis) : null;
      },
      batch: (chainId, number) =>
        orNull(service.batch({ chainId, number }).then((r) => r.batch as BatchRecord | null)),
      batches: async (chainId, opts = {}) => {
        const r = await service.batches({
          chainId,
          fromNumber: opts.fromNumber ?? 0,
          pagination: pageRequest(opts.page),
        });
        return { batches: plain(r.batches) as BatchRecord[], page: pageInfo(r.pagination) };
      },
      params: async () => plain((await service.params({})).params) as RollupParams,
    },
  };
}
