import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumToJson } from "../../../l2-orchestration/shared/index.js";
import { membershipStore } from "./store.js";

const { AuditKind } = strata.l3.v1;

/** The audit log ([mem-10]): append-only, `seq` from 1 with no gap, each record also an event. */
export interface AuditLog {
  /** Appends a record with the next `seq` and the current height; emits its `l3_audit` event. */
  append(ctx: Context, record: Omit<strata.l3.v1.IAuditRecord, "seq" | "height">): void;
}

/** Creates the audit log over membership's store (keys appends to it through its `AuditKeeper` interface). */
export function createAuditLog(): AuditLog {
  return {
    append(ctx, record) {
      const seq = membershipStore.lastAuditSeq(ctx) + 1;
      membershipStore.appendAudit(ctx, { ...record, seq, height: ctx.block.height });
      ctx.events.emit("l3_audit", {
        seq,
        kind: String(enumToJson(AuditKind, record.kind ?? 0)).replace("AUDIT_KIND_", ""),
        actor: record.actor ?? "",
        subject: record.subject ?? "",
        epoch: Number(record.epoch ?? 0),
        ref_id: Number(record.refId ?? 0),
      });
    },
  };
}
