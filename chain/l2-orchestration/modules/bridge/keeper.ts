import type { StoreSource } from "../../../core/app/context.js";
import type { RollupCommitment } from "../../../core/rollup/types.js";
import type { AccountKeeper, BankKeeper } from "./expectedKeepers.js";
import type { BridgeParams } from "./params.js";
import { bridgeStore, type MintedDeposit, type StoredWithdrawal } from "./store.js";

/** Keepers the child-side bridge module is built on. */
export interface BridgeDeps {
  bank: BankKeeper;
  accounts: AccountKeeper;
}

/** The bridge's totals with its commitment (the `BridgeState` query). */
export interface BridgeTotals {
  commitment: RollupCommitment;
  /** Σ deposits minted. */
  totalMinted: bigint;
  /** Σ withdrawals burned. */
  totalBurned: bigint;
}

/**
 * Creates the child-side bridge keeper: reads of the bridge state for tools and tests (the
 * commitment record the parent proves, totals, records). Stateless over the context.
 */
export function createBridgeKeeper(deps: BridgeDeps) {
  return {
    /** Wiring of the operations (message handlers use it). */
    deps,

    /** The current params. */
    params(ctx: StoreSource): Readonly<BridgeParams> {
      return bridgeStore.getParams(ctx);
    },

    /** The commitment record at `COMMITMENT_STATE_KEY`, decoded. */
    commitment(ctx: StoreSource): RollupCommitment {
      return bridgeStore.getCommitment(ctx);
    },

    /** The commitment and the minted and burned totals. */
    totals(ctx: StoreSource): BridgeTotals {
      return {
        commitment: bridgeStore.getCommitment(ctx),
        totalMinted: bridgeStore.totalMinted(ctx),
        totalBurned: bridgeStore.totalBurned(ctx),
      };
    },

    /** The minted deposit `nonce`, or undefined. */
    getMinted(ctx: StoreSource, nonce: number): MintedDeposit | undefined {
      return bridgeStore.getMinted(ctx, nonce);
    },

    /** The withdrawal `index`, or undefined. */
    getWithdrawal(ctx: StoreSource, index: number): StoredWithdrawal | undefined {
      return bridgeStore.getWithdrawal(ctx, index);
    },
  };
}

/** The child-side bridge keeper's type. */
export type BridgeKeeper = ReturnType<typeof createBridgeKeeper>;
