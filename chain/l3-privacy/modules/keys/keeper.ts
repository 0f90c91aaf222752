import type { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import type { AuditKeeper } from "./expectedKeepers.js";
import { cancelRewraps, openRewrap } from "./rewrap.js";
import { checkRotation, startEpoch } from "./startEpoch.js";
import { keysStore } from "./store.js";

/** Keepers the keys module is built on. */
export interface KeysDeps {
  audit: AuditKeeper;
}

/**
 * Creates the keys keeper: epochs, custodians and re-wrap requests, for membership (which starts
 * epochs and opens requests) and privatetasks (which needs the current epoch). Stateless over the context.
 */
export function createKeysKeeper(deps: KeysDeps) {
  return {
    /** Wiring of the operations (message handlers use it). */
    deps,

    /** The current epoch number (0 before genesis). */
    currentEpoch(ctx: StoreSource): number {
      return keysStore.currentEpoch(ctx);
    },

    /** Epoch `n`, or undefined. */
    getEpoch(ctx: StoreSource, n: number): strata.l3.v1.Epoch | undefined {
      return keysStore.getEpoch(ctx, n);
    },

    /** True when `address` is a custodian. */
    isCustodian(ctx: StoreSource, address: string): boolean {
      return keysStore.custodianByAddress(ctx, address) !== undefined;
    },

    /**
     * Checks a rotation against [key-3] for `parties` without writing.
     * @throws KeysError(invalidRotation).
     */
    checkRotation(
      ctx: Context,
      rotation: strata.l3.v1.IEpochRotation | null | undefined,
      parties: string[],
    ): void {
      checkRotation(ctx, rotation, parties);
    },

    /**
     * Starts the next epoch ([key-3]) for `parties`; returns its number.
     * @throws KeysError(invalidRotation).
     */
    startEpoch(
      ctx: Context,
      rotation: strata.l3.v1.IEpochRotation | null | undefined,
      parties: string[],
      reason: string,
      actor: string,
      refId: number,
    ): number {
      return startEpoch(deps.audit, ctx, rotation, parties, reason, actor, refId);
    },

    /**
     * Opens a re-wrap request ([key-6]); returns its id.
     * @throws KeysError(epochNotFound).
     */
    openRewrap(
      ctx: Context,
      recipient: string,
      recipientX25519PublicKey: Uint8Array,
      epoch: number,
      actor: string,
    ): number {
      return openRewrap(deps.audit, ctx, recipient, recipientX25519PublicKey, epoch, actor);
    },

    /** Cancels a removed party's PENDING re-wrap requests. */
    cancelRewraps(ctx: Context, recipient: string): void {
      cancelRewraps(ctx, recipient);
    },
  };
}

/** The keys keeper's type. */
export type KeysKeeper = ReturnType<typeof createKeysKeeper>;
