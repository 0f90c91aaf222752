import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, withNumbers } from "../../../l2-orchestration/shared/index.js";
import type { MembershipDeps } from "./applyChange.js";
import { changeSubject } from "./change.js";
import { MembershipCode, MembershipError } from "./errors.js";
import { membershipStore } from "./store.js";
import { applyIfApproved, requireAdmin } from "./submitChange.js";

const { MsgApproveChange, MsgApproveChangeResponse, ProposalStatus, AuditKind } = strata.l3.v1;

/**
 * Adds an admin's approval to a PENDING proposal; the approval that reaches the threshold applies
 * the change ([mem-3], [mem-4]).
 * @throws MembershipError(notAdmin | proposalNotFound | notPending | alreadyApproved) and any error of the change.
 */
export function approveChange(
  deps: MembershipDeps,
  ctx: Context,
  msg: strata.l3.v1.MsgApproveChange,
): boolean {
  requireAdmin(ctx, msg.admin);
  const proposal = membershipStore.getProposal(ctx, msg.proposalId);
  if (!proposal)
    throw new MembershipError(MembershipCode.proposalNotFound, `proposal ${msg.proposalId} does not exist`);
  if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_PENDING)
    throw new MembershipError(
      MembershipCode.notPending,
      `proposal ${proposal.id} is ${ProposalStatus[proposal.status]}`,
    );
  if (proposal.approvals.includes(msg.admin))
    throw new MembershipError(
      MembershipCode.alreadyApproved,
      `${msg.admin} already approved proposal ${proposal.id}`,
    );
  proposal.approvals.push(msg.admin);
  deps.audit.append(ctx, {
    kind: AuditKind.AUDIT_KIND_CHANGE_APPROVED,
    actor: msg.admin,
    subject: changeSubject(proposal.change!),
    epoch: deps.keys.currentEpoch(ctx),
    refId: proposal.id,
    detail: `approvals ${proposal.approvals.length}/${membershipStore.getParams(ctx).adminThreshold}`,
  });
  const executed = applyIfApproved(deps, ctx, proposal);
  ctx.events.emit("l3_approval", { id: proposal.id, admin: msg.admin, executed: String(executed) });
  return executed;
}

/** `MsgApproveChange`. */
export function approveChangeHandler(deps: MembershipDeps): MsgHandler<strata.l3.v1.MsgApproveChange> {
  return {
    typeUrl: MsgApproveChange.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgApproveChange.decode(bytes)),
    validateBasic(msg) {
      if (!isCanonicalAddress(msg.admin))
        throw new MembershipError(
          MembershipCode.invalidRequest,
          `admin ${JSON.stringify(msg.admin)} is not an account address`,
        );
      if (!Number.isSafeInteger(msg.proposalId) || msg.proposalId < 1)
        throw new MembershipError(MembershipCode.invalidRequest, "proposal_id must be positive");
    },
    signers: (msg) => [msg.admin],
    execute(ctx, msg) {
      const executed = approveChange(deps, ctx, msg);
      return {
        typeUrl: MsgApproveChangeResponse.getTypeUrl(""),
        value: MsgApproveChangeResponse.encode({ executed }).finish(),
      };
    },
  };
}
