import type { StoreSource } from "../../../core/app/context.js";
import type { AccountKeeper, BankKeeper, RollupKeeper } from "./expectedKeepers.js";
import { bridgeStore } from "./store.js";

/** The parent's bond denom, the only denom the bridge escrows (ROLLUP.md, [dep-1]). */
export const BRIDGE_DENOM = "ustra";

/** Keepers the parent-side bridge module is built on, and its denom. */
export interface BridgeDeps {
  bank: BankKeeper;
  accounts: AccountKeeper;
  rollup: RollupKeeper;
  /** The escrowed denom; default {@link BRIDGE_DENOM}. */
  denom: string;
}

/** A chain's escrow figures (the `Escrow` query): `escrowed = deposited − claimed`. */
export interface EscrowFigures {
  deposited: bigint;
  claimed: bigint;
  escrowed: bigint;
}

/**
 * Creates the parent-side bridge keeper. It is the rollup keeper's `DepositsReader` ([batch-10]:
 * `depositCount`, `accumulatorAt`) and serves reads to tools and tests. Stateless over the context.
 */
export function createBridgeKeeper(deps: Omit<BridgeDeps, "denom"> & { denom?: string }) {
  const wiring: BridgeDeps = { ...deps, denom: deps.denom ?? BRIDGE_DENOM };
  return {
    /** Wiring of the operations (message handlers use it). */
    deps: wiring,

    /** Deposits locked for `chainId` so far (the last nonce; 0 before the first). */
    depositCount(ctx: StoreSource, chainId: string): number {
      return bridgeStore.depositCount(ctx, chainId);
    },

    /**
     * The stored accumulator `acc[nonce]` of `chainId` (32 zero bytes for 0).
     * @throws RangeError for a nonce above the chain's deposit count.
     */
    accumulatorAt(ctx: StoreSource, chainId: string, nonce: number): Uint8Array {
      return bridgeStore.accumulatorAt(ctx, chainId, nonce);
    },

    /** Deposit `nonce` of `chainId`, or undefined. */
    getDeposit(ctx: StoreSource, chainId: string, nonce: number) {
      return bridgeStore.getDeposit(ctx, chainId, nonce);
    },

    /** The claim of withdrawal `index` of `chainId`, or undefined when not claimed. */
    getClaim(ctx: StoreSource, chainId: string, index: number) {
      return bridgeStore.getClaim(ctx, chainId, index);
    },

    /** A chain's deposited, claimed and escrowed sums. */
    escrow(ctx: StoreSource, chainId: string): EscrowFigures {
      const deposited = bridgeStore.deposited(ctx, chainId);
      const claimed = bridgeStore.claimed(ctx, chainId);
      return { deposited, claimed, escrowed: deposited - claimed };
    },
  };
}

/** The parent-side bridge keeper's type. */
export type BridgeKeeper = ReturnType<typeof createBridgeKeeper>;
