import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { SHARE_CIPHERTEXT_BYTES, sealedShapeError, WRAP_CIPHERTEXT_BYTES } from "../../shared/index.js";
import { KeysCode, KeysError } from "./errors.js";
import type { AuditKeeper } from "./expectedKeepers.js";
import { keysStore } from "./store.js";

const { AuditKind } = strata.l3.v1;

/**
 * Checks an epoch rotation against [key-3] for the parties `parties` (addresses after the change)
 * and the stored custodians, without writing anything.
 * @throws KeysError(invalidRotation) naming the first broken rule.
 */
export function checkRotation(
  ctx: Context,
  rotation: strata.l3.v1.IEpochRotation | null | undefined,
  parties: string[],
): void {
  const bad = (m: string) => new KeysError(KeysCode.invalidRotation, m);
  if (!rotation) throw bad("the change carries no epoch rotation");
  const current = keysStore.currentEpoch(ctx);
  // [key-3] epoch = current + 1
  if (Number(rotation.epoch) !== current + 1)
    throw bad(`rotation is for epoch ${rotation.epoch}, the next epoch is ${current + 1} (rebuild it)`);
  // [key-3] a 32-byte key id, never used before
  if (rotation.keyId?.length !== 32) throw bad("key_id must be 32 bytes");
  const used = keysStore.epochOfKeyId(ctx, rotation.keyId);
  if (used !== undefined) throw bad(`key_id already used by epoch ${used}`);
  // [key-3] wraps: exactly the parties, each once, well-formed
  const want = new Set(parties);
  const seen = new Set<string>();
  for (const w of rotation.wraps ?? []) {
    const r = w.recipient ?? "";
    if (!want.has(r)) throw bad(`wrap for ${JSON.stringify(r)}, which is not a party after the change`);
    if (seen.has(r)) throw bad(`two wraps for ${r}`);
    seen.add(r);
    const shape = sealedShapeError(w.sealed, WRAP_CIPHERTEXT_BYTES);
    if (shape) throw bad(`wrap for ${r}: ${shape}`);
  }
  const missing = parties.filter((p) => !seen.has(p));
  if (missing.length > 0) throw bad(`no wrap for ${missing.join(", ")}`);
  // [key-3] shares: exactly the custodians, each once, well-formed
  const custodians = keysStore.custodians(ctx).map((c) => c.address);
  const wantC = new Set(custodians);
  const seenC = new Set<string>();
  for (const s of rotation.shares ?? []) {
    const c = s.custodian ?? "";
    if (!wantC.has(c)) throw bad(`share for ${JSON.stringify(c)}, which is not a custodian`);
    if (seenC.has(c)) throw bad(`two shares for ${c}`);
    seenC.add(c);
    const shape = sealedShapeError(s.sealed, SHARE_CIPHERTEXT_BYTES);
    if (shape) throw bad(`share for ${c}: ${shape}`);
  }
  const missingC = custodians.filter((c) => !seenC.has(c));
  if (missingC.length > 0) throw bad(`no share for custodian ${missingC.join(", ")}`);
}

/**
 * Starts the next epoch with `rotation` ([key-3]) and appends `EPOCH_STARTED` to the audit log.
 * @returns the new epoch number.
 * @throws KeysError(invalidRotation).
 */
export function startEpoch(
  audit: AuditKeeper,
  ctx: Context,
  rotation: strata.l3.v1.IEpochRotation | null | undefined,
  parties: string[],
  reason: string,
  actor: string,
  refId: number,
): number {
  checkRotation(ctx, rotation, parties);
  const number = Number(rotation!.epoch);
  keysStore.setEpoch(ctx, {
    number,
    keyId: rotation!.keyId!,
    startHeight: ctx.block.height,
    threshold: keysStore.getParams(ctx).threshold,
    wraps: rotation!.wraps ?? [],
    shares: rotation!.shares ?? [],
    reason,
  });
  keysStore.setCurrentEpoch(ctx, number);
  audit.append(ctx, {
    kind: AuditKind.AUDIT_KIND_EPOCH_STARTED,
    actor,
    epoch: number,
    refId,
    detail: `epoch ${number}: ${reason}; ${parties.length} wrap(s), ${(rotation!.shares ?? []).length} share(s)`,
  });
  return number;
}
