import type { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { L3RegistryParams } from "./params.js";
import { l3registryStore } from "./store.js";

/**
 * Creates the l3registry keeper: what other modules (sessions: [l3r-8]) and tools read of
 * registered L3 chains and their anchored headers. Stateless over the context.
 */
export function createL3RegistryKeeper() {
  return {
    /** Whether `chainId` is a registered L3 chain. */
    isRegistered(ctx: StoreSource, chainId: string): boolean {
      return l3registryStore.getChain(ctx, chainId) !== undefined;
    },

    /** The registered chain, or undefined. */
    getChain(ctx: StoreSource, chainId: string): strata.l3registry.v1.L3Chain | undefined {
      return l3registryStore.getChain(ctx, chainId);
    },

    /** Anchored header `number` of `chainId`, or undefined. */
    getHeader(ctx: StoreSource, chainId: string, number: number): strata.rollup.v1.BatchRecord | undefined {
      return l3registryStore.getHeader(ctx, chainId, number);
    },

    /** The current params. */
    params(ctx: StoreSource): L3RegistryParams {
      return l3registryStore.getParams(ctx);
    },
  };
}

/** The l3registry keeper's type. */
export type L3RegistryKeeper = ReturnType<typeof createL3RegistryKeeper>;
