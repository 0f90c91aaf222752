import type { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { MembershipDeps } from "./applyChange.js";
import { membershipStore } from "./store.js";

/**
 * Creates the membership keeper: who is a party and with which role (privatetasks asks). Stateless
 * over the context.
 */
export function createMembershipKeeper(deps: MembershipDeps) {
  return {
    /** Wiring of the operations (message handlers use it). */
    deps,

    /** The party at `address`, or undefined. */
    getParty(ctx: StoreSource, address: string): strata.l3.v1.Member | undefined {
      return membershipStore.getParty(ctx, address);
    },

    /** Every party in address order. */
    parties(ctx: StoreSource): strata.l3.v1.Member[] {
      return membershipStore.parties(ctx);
    },
  };
}

/** The membership keeper's type. */
export type MembershipKeeper = ReturnType<typeof createMembershipKeeper>;
