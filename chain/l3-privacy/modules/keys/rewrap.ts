import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { KeysCode, KeysError } from "./errors.js";
import type { AuditKeeper } from "./expectedKeepers.js";
import { keysStore } from "./store.js";

const { AuditKind, RewrapStatus } = strata.l3.v1;

/**
 * Opens a re-wrap request of `epoch` for `recipient` ([key-6]; only membership calls it) and
 * appends `REWRAP_REQUESTED`.
 * @returns the request id.
 * @throws KeysError(epochNotFound) for an epoch that does not exist.
 */
export function openRewrap(
  audit: AuditKeeper,
  ctx: Context,
  recipient: string,
  recipientX25519PublicKey: Uint8Array,
  epoch: number,
  actor: string,
): number {
  if (!keysStore.getEpoch(ctx, epoch))
    throw new KeysError(KeysCode.epochNotFound, `epoch ${epoch} does not exist`);
  const id = keysStore.nextRewrapId(ctx);
  keysStore.setNextRewrapId(ctx, id + 1);
  keysStore.setRewrap(ctx, {
    id,
    epoch,
    recipient,
    recipientX25519PublicKey,
    requestedHeight: ctx.block.height,
    shares: [],
    status: RewrapStatus.REWRAP_STATUS_PENDING,
  });
  audit.append(ctx, {
    kind: AuditKind.AUDIT_KIND_REWRAP_REQUESTED,
    actor,
    subject: recipient,
    epoch: keysStore.currentEpoch(ctx),
    refId: id,
    detail: `re-wrap of epoch ${epoch}`,
  });
  ctx.events.emit("l3_rewrap_requested", { id, epoch, recipient });
  return id;
}

/** Cancels the PENDING requests of a party that is removed ([key-4]: no re-wrap for a non-party). */
export function cancelRewraps(ctx: Context, recipient: string): void {
  for (const r of keysStore.pendingRewraps(ctx)) {
    if (r.recipient !== recipient) continue;
    keysStore.setRewrap(ctx, { ...r, status: RewrapStatus.REWRAP_STATUS_CANCELLED });
  }
}
