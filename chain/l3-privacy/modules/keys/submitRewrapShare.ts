import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { SHARE_CIPHERTEXT_BYTES, sealedShapeError } from "../../shared/index.js";
import { KeysCode, KeysError } from "./errors.js";
import type { AuditKeeper } from "./expectedKeepers.js";
import { keysStore } from "./store.js";

const { MsgSubmitRewrapShare, MsgSubmitRewrapShareResponse, RewrapStatus, AuditKind } = strata.l3.v1;

/**
 * A custodian's answer to a re-wrap request ([key-5]).
 * @returns whether the request is FULFILLED after it.
 * @throws KeysError(notCustodian | rewrapNotFound | rewrapClosed | alreadyAnswered).
 */
export function submitRewrapShare(
  audit: AuditKeeper,
  ctx: Context,
  msg: strata.l3.v1.MsgSubmitRewrapShare,
): boolean {
  // [key-5] the signer is a custodian
  if (!keysStore.custodianByAddress(ctx, msg.custodian))
    throw new KeysError(KeysCode.notCustodian, `${msg.custodian} is not a custodian of this chain`);
  const req = keysStore.getRewrap(ctx, msg.requestId);
  if (!req) throw new KeysError(KeysCode.rewrapNotFound, `re-wrap request ${msg.requestId} does not exist`);
  // [key-5] the request is open (its recipient is still a party)
  if (req.status === RewrapStatus.REWRAP_STATUS_CANCELLED)
    throw new KeysError(
      KeysCode.rewrapClosed,
      `re-wrap request ${req.id} was cancelled (its recipient was removed)`,
    );
  // [key-5] one answer per custodian
  if (req.shares.some((s) => s.custodian === msg.custodian))
    throw new KeysError(
      KeysCode.alreadyAnswered,
      `${msg.custodian} already answered re-wrap request ${req.id}`,
    );
  req.shares.push({ custodian: msg.custodian, sealed: msg.sealed });
  const threshold = keysStore.getEpoch(ctx, req.epoch)?.threshold ?? keysStore.getParams(ctx).threshold;
  const epoch = keysStore.currentEpoch(ctx);
  audit.append(ctx, {
    kind: AuditKind.AUDIT_KIND_REWRAP_SHARE_SUBMITTED,
    actor: msg.custodian,
    subject: req.recipient,
    epoch,
    refId: req.id,
    detail: `share ${req.shares.length}/${threshold} of epoch ${req.epoch}`,
  });
  const fulfilledNow = req.status === RewrapStatus.REWRAP_STATUS_PENDING && req.shares.length >= threshold;
  if (fulfilledNow) {
    req.status = RewrapStatus.REWRAP_STATUS_FULFILLED;
    req.fulfilledHeight = ctx.block.height;
    audit.append(ctx, {
      kind: AuditKind.AUDIT_KIND_REWRAP_FULFILLED,
      subject: req.recipient,
      epoch,
      refId: req.id,
      detail: `epoch ${req.epoch} re-wrapped by ${req.shares.map((s) => s.custodian).join(", ")}`,
    });
  }
  keysStore.setRewrap(ctx, req);
  ctx.events.emit("l3_rewrap_share", { id: req.id, custodian: msg.custodian, shares: req.shares.length });
  return req.status === RewrapStatus.REWRAP_STATUS_FULFILLED;
}

/** `MsgSubmitRewrapShare`. */
export function submitRewrapShareHandler(audit: AuditKeeper): MsgHandler<strata.l3.v1.MsgSubmitRewrapShare> {
  return {
    typeUrl: MsgSubmitRewrapShare.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgSubmitRewrapShare.decode(bytes)),
    validateBasic(msg) {
      const bad = (m: string) => new KeysError(KeysCode.invalidRequest, m);
      if (!isCanonicalAddress(msg.custodian))
        throw bad(`custodian ${JSON.stringify(msg.custodian)} is not an account address`);
      if (!Number.isSafeInteger(msg.requestId) || msg.requestId < 1) throw bad("request_id must be positive");
      // [key-5] the box has the share shape
      const shape = sealedShapeError(msg.sealed, SHARE_CIPHERTEXT_BYTES);
      if (shape) throw bad(`sealed share: ${shape}`);
    },
    signers: (msg) => [msg.custodian],
    execute(ctx, msg) {
      const fulfilled = submitRewrapShare(audit, ctx, msg);
      return {
        typeUrl: MsgSubmitRewrapShareResponse.getTypeUrl(""),
        value: MsgSubmitRewrapShareResponse.encode({ fulfilled }).finish(),
      };
    },
  };
}
