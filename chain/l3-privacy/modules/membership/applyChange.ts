import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { AuditLog } from "./auditLog.js";
import { changeKind } from "./change.js";
import { MembershipCode, MembershipError } from "./errors.js";
import type { KeysKeeper } from "./expectedKeepers.js";
import { membershipStore } from "./store.js";

const { Role, AuditKind } = strata.l3.v1;

/** Keepers membership's operations use. */
export interface MembershipDeps {
  keys: KeysKeeper;
  audit: AuditLog;
}

function admins(ctx: Context): string[] {
  return membershipStore
    .parties(ctx)
    .filter((p) => p.role === Role.ROLE_ADMIN)
    .map((p) => p.address);
}

function addParty(
  deps: MembershipDeps,
  ctx: Context,
  proposal: strata.l3.v1.Proposal,
  p: { address: string; role: number; x25519PublicKey: Uint8Array; name: string },
): void {
  // [mem-5] not a party nor a custodian
  if (membershipStore.getParty(ctx, p.address))
    throw new MembershipError(MembershipCode.alreadyParty, `${p.address} is already a party`);
  if (deps.keys.isCustodian(ctx, p.address))
    throw new MembershipError(
      MembershipCode.alreadyParty,
      `${p.address} is a custodian (validator operator)`,
    );
  const epoch = deps.keys.currentEpoch(ctx);
  membershipStore.setParty(ctx, { ...p, addedHeight: ctx.block.height, addedEpoch: epoch });
  deps.audit.append(ctx, {
    kind:
      p.role === Role.ROLE_ROUTER ? AuditKind.AUDIT_KIND_ROUTER_ALLOWED : AuditKind.AUDIT_KIND_MEMBER_ADDED,
    actor: proposal.proposer,
    subject: p.address,
    role: p.role,
    epoch,
    refId: proposal.id,
    detail: `${Role[p.role]} ${p.name || p.address}; approved by ${proposal.approvals.join(", ")}`,
  });
  // [mem-5] the new party reads the current epoch through a threshold re-wrap
  deps.keys.openRewrap(ctx, p.address, p.x25519PublicKey, epoch, proposal.proposer);
}

/**
 * Applies an approved proposal's change ([mem-5]..[mem-9]).
 * @throws MembershipError / KeysError naming the broken rule (the caller's message is refused, [mem-4]).
 */
export function applyChange(deps: MembershipDeps, ctx: Context, proposal: strata.l3.v1.Proposal): void {
  const change = proposal.change!;
  const actor = proposal.proposer;
  switch (changeKind(change)) {
    case "addMember": {
      const a = change.addMember!;
      addParty(deps, ctx, proposal, {
        address: a.address!,
        role: a.role!,
        x25519PublicKey: a.x25519PublicKey!,
        name: a.name ?? "",
      });
      return;
    }
    case "allowRouter": {
      const a = change.allowRouter!;
      addParty(deps, ctx, proposal, {
        address: a.address!,
        role: Role.ROLE_ROUTER,
        x25519PublicKey: a.x25519PublicKey!,
        name: a.name ?? "",
      });
      return;
    }
    case "remove": {
      const address = change.remove!.address!;
      const party = membershipStore.getParty(ctx, address);
      // [mem-6] the address is a party
      if (!party) throw new MembershipError(MembershipCode.notParty, `${address} is not a party`);
      if (party.role === Role.ROLE_ADMIN) {
        const left = admins(ctx).length - 1;
        // [mem-6] never remove the last admin; the threshold must stay reachable
        if (left < 1) throw new MembershipError(MembershipCode.adminRule, `${address} is the last admin`);
        const t = membershipStore.getParams(ctx).adminThreshold;
        if (t > left)
          throw new MembershipError(
            MembershipCode.adminRule,
            `admin threshold ${t} would exceed the ${left} remaining admin(s); lower it first`,
          );
      }
      membershipStore.deleteParty(ctx, address);
      deps.keys.cancelRewraps(ctx, address);
      deps.audit.append(ctx, {
        kind: AuditKind.AUDIT_KIND_PARTY_REMOVED,
        actor,
        subject: address,
        role: party.role,
        epoch: deps.keys.currentEpoch(ctx),
        refId: proposal.id,
        detail: `${Role[party.role]} ${party.name || address}; approved by ${proposal.approvals.join(", ")}`,
      });
      // [mem-6] a removal starts a new epoch wrapped for the parties that remain
      const remaining = membershipStore.parties(ctx).map((p) => p.address);
      deps.keys.startEpoch(ctx, change.remove!.rotation, remaining, `removed ${address}`, actor, proposal.id);
      return;
    }
    case "rotateEpoch": {
      // [mem-7]
      const parties = membershipStore.parties(ctx).map((p) => p.address);
      deps.keys.startEpoch(ctx, change.rotateEpoch!.rotation, parties, "rotation", actor, proposal.id);
      return;
    }
    case "setAdminThreshold": {
      const t = change.setAdminThreshold!.adminThreshold!;
      const n = admins(ctx).length;
      // [mem-8] 1 ≤ t ≤ admins
      if (t < 1 || t > n)
        throw new MembershipError(MembershipCode.adminRule, `admin threshold ${t} with ${n} admin(s)`);
      membershipStore.setParams(ctx, { ...membershipStore.getParams(ctx), adminThreshold: t });
      deps.audit.append(ctx, {
        kind: AuditKind.AUDIT_KIND_ADMIN_THRESHOLD_SET,
        actor,
        epoch: deps.keys.currentEpoch(ctx),
        refId: proposal.id,
        detail: `admin threshold ${t} of ${n}`,
      });
      return;
    }
    case "requestRewrap": {
      const { address, epoch } = change.requestRewrap!;
      const party = membershipStore.getParty(ctx, address!);
      // [mem-9] a current party and an existing epoch
      if (!party) throw new MembershipError(MembershipCode.notParty, `${address} is not a party`);
      const current = deps.keys.currentEpoch(ctx);
      if (Number(epoch) > current)
        throw new MembershipError(
          MembershipCode.invalidRequest,
          `epoch ${epoch} is after the current epoch ${current}`,
        );
      deps.keys.openRewrap(ctx, party.address, party.x25519PublicKey, Number(epoch), actor);
      return;
    }
  }
}

/** Approvals of `proposal` that count now: distinct signers that are admins at this moment ([mem-3]). */
export function countedApprovals(ctx: Context, proposal: strata.l3.v1.Proposal): number {
  const current = new Set(admins(ctx));
  return new Set(proposal.approvals.filter((a) => current.has(a))).size;
}
