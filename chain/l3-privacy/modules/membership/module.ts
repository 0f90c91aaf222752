import type { Module } from "../../../core/app/module.js";
import { approveChangeHandler } from "./approveChange.js";
import { exportMembershipGenesis, initMembershipGenesis } from "./genesis.js";
import type { MembershipKeeper } from "./keeper.js";
import { membershipQueries } from "./queries.js";
import { MEMBERSHIP_MODULE } from "./store.js";
import { submitChangeHandler } from "./submitChange.js";

/** The membership module: submit / approve changes; `Members`, `Member`, `Audit`, `Proposal(s)`, `MembershipParams` queries; genesis. */
export function createMembershipModule(keeper: MembershipKeeper): Module {
  const { deps } = keeper;
  return {
    name: MEMBERSHIP_MODULE,
    msgs: [submitChangeHandler(deps), approveChangeHandler(deps)],
    queries: membershipQueries,
    initGenesis: (ctx, raw) => initMembershipGenesis(deps, ctx, raw),
    exportGenesis: (ctx) => exportMembershipGenesis(ctx),
  };
}
