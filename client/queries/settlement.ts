import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { Settlement, SettlementParams } from "../types.js";
import { orNull, serviceRpc } from "./service.js";

/** Queries of the settlement module (`/strata.settlement.v1.Query/…`). */
export interface SettlementExtension {
  readonly settlement: {
    /** How a task settled (charge, payments, slashes), or null before its verdict. */
    readonly settlement: (taskId: string) => Promise<Settlement | null>;
    /** The treasury module account and its balance (ustra, decimal string). */
    readonly treasury: () => Promise<{ address: string; balance: string }>;
    /** The module's parameters (shares in basis points, slash fractions). */
    readonly params: () => Promise<SettlementParams>;
  };
}

/** Sets up the settlement queries for `QueryClient.withExtensions`. */
export function setupSettlementExtension(base: QueryClient): SettlementExtension {
  const service = new strata.settlement.v1.Query(serviceRpc(base, "strata.settlement.v1.Query"));
  return {
    settlement: {
      settlement: (taskId) =>
        orNull(service.settlement({ taskId }).then((r) => r.settlement as Settlement | null)),
      treasury: async () => {
        const r = await service.treasury({});
        return { address: r.address, balance: r.balance };
      },
      params: async () => plain((await service.params({})).params) as SettlementParams,
    },
  };
}
