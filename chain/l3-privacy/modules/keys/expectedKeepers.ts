import type { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";

/** What keys needs of the audit log (membership's `createAuditLog` implements it). */
export interface AuditKeeper {
  /** Appends a record with the next `seq` and the current height; emits its `l3_audit` event. */
  append(ctx: Context, record: Omit<strata.l3.v1.IAuditRecord, "seq" | "height">): void;
}
