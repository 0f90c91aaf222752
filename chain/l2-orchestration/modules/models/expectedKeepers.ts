import type { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";

/** What the models module needs of the nodes keeper (attestations come from active guards). */
export interface NodesKeeper {
  /** Registered, ACTIVE and holding `role`. */
  isActive(ctx: StoreSource, operator: string, role: strata.nodes.v1.Role): boolean;
}
