import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { BridgeClaim, BridgeDeposit, BridgeEscrow } from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the L1 bridge module (`/strata.bridge.v1.Query/…`); an L1 node answers them. */
export interface BridgeExtension {
  readonly bridge: {
    /** Deposit `nonce` of a child chain, or null when there is none. */
    readonly deposit: (chainId: string, nonce: number) => Promise<BridgeDeposit | null>;
    /** Deposits of a chain in nonce order, optionally only those sent by or to `address`. */
    readonly deposits: (
      chainId: string,
      opts?: { address?: string; fromNonce?: number; page?: PageOptions },
    ) => Promise<{ deposits: BridgeDeposit[]; page: PageInfo }>;
    /** The claim of withdrawal `index` of a chain, or null while it is not claimed. */
    readonly claim: (chainId: string, index: number) => Promise<BridgeClaim | null>;
    /** L1's escrow for a chain: deposited, claimed and escrowed (Σ deposits − Σ claims). */
    readonly escrow: (chainId: string) => Promise<BridgeEscrow>;
  };
}

/** Sets up the L1 bridge queries for `QueryClient.withExtensions`. */
export function setupBridgeExtension(base: QueryClient): BridgeExtension {
  const service = new strata.bridge.v1.Query(serviceRpc(base, "strata.bridge.v1.Query"));
  return {
    bridge: {
      deposit: (chainId, nonce) =>
        orNull(service.deposit({ chainId, nonce }).then((r) => r.deposit as BridgeDeposit | null)),
      deposits: async (chainId, opts = {}) => {
        const r = await service.deposits({
          chainId,
          address: opts.address ?? "",
          fromNonce: opts.fromNonce ?? 0,
          pagination: pageRequest(opts.page),
        });
        return { deposits: plain(r.deposits) as BridgeDeposit[], page: pageInfo(r.pagination) };
      },
      claim: (chainId, index) =>
        orNull(service.claim({ chainId, index }).then((r) => r.claim as BridgeClaim | null)),
      escrow: async (chainId) => plain(await service.escrow({ chainId })) as BridgeEscrow,
    },
  };
}
