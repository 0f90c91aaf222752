import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type {
  L2BridgeParams,
  L2BridgeState,
  L2Withdrawal,
  MintedDeposit,
  WithdrawalProof,
} from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the L2 bridge module (`/strata.l2bridge.v1.Query/…`); an L2 node answers them. */
export interface L2BridgeExtension {
  readonly l2bridge: {
    /** The module's parameters (relayers, bridged denom, parent chain id). */
    readonly params: () => Promise<L2BridgeParams>;
    /** The commitment record (withdrawal root and count, deposit cursor and accumulator) and totals. */
    readonly state: () => Promise<L2BridgeState>;
    /** The mint of parent deposit `nonce`, or null while it is not minted. */
    readonly minted: (nonce: number) => Promise<MintedDeposit | null>;
    /** Withdrawal `index`, or null when there is none. */
    readonly withdrawal: (index: number) => Promise<L2Withdrawal | null>;
    /** Withdrawals in index order, optionally only those sent by or to `address`. */
    readonly withdrawals: (opts?: {
      address?: string;
      page?: PageOptions;
    }) => Promise<{ withdrawals: L2Withdrawal[]; page: PageInfo }>;
    /**
     * The Merkle proof of withdrawal `index` in the list of the first `count` withdrawals (a batch
     * header's `withdrawalCount`): the withdrawal, its 32 sibling hashes and the root they rebuild.
     */
    readonly withdrawalProof: (index: number, count: number) => Promise<WithdrawalProof>;
  };
}

/** Sets up the L2 bridge queries for `QueryClient.withExtensions`. */
export function setupL2BridgeExtension(base: QueryClient): L2BridgeExtension {
  const service = new strata.l2bridge.v1.Query(serviceRpc(base, "strata.l2bridge.v1.Query"));
  return {
    l2bridge: {
      params: async () => plain((await service.params({})).params) as L2BridgeParams,
      state: async () => plain((await service.state({})).state) as L2BridgeState,
      minted: (nonce) => orNull(service.minted({ nonce }).then((r) => r.deposit as MintedDeposit | null)),
      withdrawal: (index) =>
        orNull(service.withdrawal({ index }).then((r) => r.withdrawal as L2Withdrawal | null)),
      withdrawals: async (opts = {}) => {
        const r = await service.withdrawals({
          address: opts.address ?? "",
          pagination: pageRequest(opts.page),
        });
        return { withdrawals: plain(r.withdrawals) as L2Withdrawal[], page: pageInfo(r.pagination) };
      },
      withdrawalProof: async (index, count) =>
        plain(await service.withdrawalProof({ index, count })) as WithdrawalProof,
    },
  };
}
