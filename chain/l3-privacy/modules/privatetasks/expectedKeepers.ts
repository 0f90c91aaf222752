import type { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";

/** What privatetasks needs of the membership keeper. */
export interface MembershipKeeper {
  getParty(ctx: StoreSource, address: string): strata.l3.v1.Member | undefined;
}

/** What privatetasks needs of the keys keeper. */
export interface KeysKeeper {
  currentEpoch(ctx: StoreSource): number;
}
