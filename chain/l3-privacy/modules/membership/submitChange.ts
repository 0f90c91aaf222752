import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { applyChange, countedApprovals, type MembershipDeps } from "./applyChange.js";
import { changeSubject, describeChange, validateChange } from "./change.js";
import { MembershipCode, MembershipError } from "./errors.js";
import { membershipStore } from "./store.js";

const { MsgSubmitChange, MsgSubmitChangeResponse, ProposalStatus, AuditKind, Role } = strata.l3.v1;

/** [mem-2] @throws MembershipError(notAdmin) unless `address` is an admin party now. */
export function requireAdmin(ctx: Context, address: string): void {
  if (membershipStore.getParty(ctx, address)?.role !== Role.ROLE_ADMIN)
    throw new MembershipError(MembershipCode.notAdmin, `${address} is not an admin of this chain`);
}

/**
 * Applies `proposal` when its counted approvals reach the threshold ([mem-3]); records the outcome.
 * @returns whether it was applied.
 */
export function applyIfApproved(
  deps: MembershipDeps,
  ctx: Context,
  proposal: strata.l3.v1.Proposal,
): boolean {
  const threshold = membershipStore.getParams(ctx).adminThreshold;
  if (countedApprovals(ctx, proposal) < threshold) {
    membershipStore.setProposal(ctx, proposal);
    return false;
  }
  applyChange(deps, ctx, proposal);
  proposal.status = ProposalStatus.PROPOSAL_STATUS_EXECUTED;
  proposal.executedHeight = ctx.block.height;
  membershipStore.setProposal(ctx, proposal);
  return true;
}

/**
 * Proposes a change with the proposer's approval; applies it at once when the threshold is met
 * ([mem-2], [mem-3], [mem-4]).
 * @throws MembershipError(notAdmin) and any error of the change (the message is refused whole).
 */
export function submitChange(
  deps: MembershipDeps,
  ctx: Context,
  msg: strata.l3.v1.MsgSubmitChange,
): { proposalId: number; executed: boolean } {
  requireAdmin(ctx, msg.admin);
  const id = membershipStore.nextProposalId(ctx);
  membershipStore.setNextProposalId(ctx, id + 1);
  const proposal = strata.l3.v1.Proposal.create({
    id,
    proposer: msg.admin,
    change: msg.change,
    approvals: [msg.admin],
    status: ProposalStatus.PROPOSAL_STATUS_PENDING,
    createdHeight: ctx.block.height,
  });
  deps.audit.append(ctx, {
    kind: AuditKind.AUDIT_KIND_CHANGE_PROPOSED,
    actor: msg.admin,
    subject: changeSubject(msg.change!),
    epoch: deps.keys.currentEpoch(ctx),
    refId: id,
    detail: describeChange(msg.change!),
  });
  const executed = applyIfApproved(deps, ctx, proposal);
  ctx.events.emit("l3_proposal", { id, proposer: msg.admin, executed: String(executed) });
  return { proposalId: id, executed };
}

/** `MsgSubmitChange`. */
export function submitChangeHandler(deps: MembershipDeps): MsgHandler<strata.l3.v1.MsgSubmitChange> {
  return {
    typeUrl: MsgSubmitChange.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgSubmitChange.decode(bytes)),
    validateBasic(msg) {
      if (!isCanonicalAddress(msg.admin))
        throw new MembershipError(
          MembershipCode.invalidRequest,
          `admin ${JSON.stringify(msg.admin)} is not an account address`,
        );
      validateChange(msg.change);
    },
    signers: (msg) => [msg.admin],
    execute(ctx, msg) {
      const out = submitChange(deps, ctx, msg);
      return {
        typeUrl: MsgSubmitChangeResponse.getTypeUrl(""),
        value: MsgSubmitChangeResponse.encode(out).finish(),
      };
    },
  };
}
