import type { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";

/** What membership needs of the keys keeper. */
export interface KeysKeeper {
  currentEpoch(ctx: StoreSource): number;
  getEpoch(ctx: StoreSource, n: number): strata.l3.v1.Epoch | undefined;
  isCustodian(ctx: StoreSource, address: string): boolean;
  /** @throws KeysError(invalidRotation) */
  startEpoch(
    ctx: Context,
    rotation: strata.l3.v1.IEpochRotation | null | undefined,
    parties: string[],
    reason: string,
    actor: string,
    refId: number,
  ): number;
  /** @throws KeysError(epochNotFound) */
  openRewrap(
    ctx: Context,
    recipient: string,
    recipientX25519PublicKey: Uint8Array,
    epoch: number,
    actor: string,
  ): number;
  cancelRewraps(ctx: Context, recipient: string): void;
}
