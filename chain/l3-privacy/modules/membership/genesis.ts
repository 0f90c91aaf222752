import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumFromJson, enumToJson, isCanonicalAddress } from "../../../l2-orchestration/shared/index.js";
import { base64, bytesFrom, isPartyName } from "../../shared/index.js";
import type { MembershipDeps } from "./applyChange.js";
import { MembershipCode, MembershipError } from "./errors.js";
import { membershipStore } from "./store.js";

const { Role, AuditKind, Proposal } = strata.l3.v1;

/** A party in genesis JSON. */
export interface PartyJson {
  address: string;
  /** `"ROLE_ADMIN"`, `"ROLE_MEMBER"` or `"ROLE_ROUTER"` (or the number). */
  role: string | number;
  /** base64, 32 bytes. */
  x25519PublicKey: string;
  name?: string;
  addedHeight?: number;
  addedEpoch?: number;
}

/** An audit record in genesis JSON (export). */
export interface AuditRecordJson {
  seq: number;
  height: number;
  kind: string | number;
  actor?: string;
  subject?: string;
  role?: string | number;
  epoch: number;
  refId?: number;
  detail?: string;
}

/** Genesis section of the membership module. */
export interface MembershipGenesis {
  params: { adminThreshold: number };
  parties: PartyJson[];
  /** Proposals as base64 `strata.l3.v1.Proposal` bytes (export). */
  proposals?: string[];
  nextProposalId?: number;
  /** The audit log (export). Absent in a fresh genesis: the genesis entries are written then. */
  audit?: AuditRecordJson[];
}

function invalid(message: string): MembershipError {
  return new MembershipError(MembershipCode.invalidGenesis, message);
}

/**
 * Loads params and parties ([mem-1]); for a fresh genesis checks that the current epoch's wraps
 * are exactly the parties and writes the genesis audit entries (one `GENESIS_PARTY` per party in
 * address order, then `EPOCH_STARTED`). Runs after keys' genesis.
 * @throws MembershipError(invalidGenesis) naming the bad entry.
 */
export function initMembershipGenesis(deps: MembershipDeps, ctx: Context, raw: unknown): void {
  const g = (raw ?? {}) as Partial<MembershipGenesis>;
  for (const [i, p] of (g.parties ?? []).entries()) {
    const role = enumFromJson(Role, p.role);
    // [mem-1] canonical address, 32-byte key, known role, short name, no address twice, not a custodian
    if (!isCanonicalAddress(p.address ?? "")) throw invalid(`party ${i}: address is not an account address`);
    if (!role) throw invalid(`party ${p.address}: role ${JSON.stringify(p.role)}`);
    const pub = bytesFrom(p.x25519PublicKey);
    if (pub.length !== 32) throw invalid(`party ${p.address}: x25519PublicKey must be 32 bytes`);
    if (!isPartyName(p.name ?? "")) throw invalid(`party ${p.address}: name too long or not printable`);
    if (membershipStore.getParty(ctx, p.address)) throw invalid(`party ${p.address} listed twice`);
    if (deps.keys.isCustodian(ctx, p.address)) throw invalid(`party ${p.address} is also a custodian`);
    membershipStore.setParty(ctx, {
      address: p.address,
      role,
      x25519PublicKey: pub,
      name: p.name ?? "",
      addedHeight: p.addedHeight ?? 0,
      addedEpoch: p.addedEpoch ?? 1,
    });
  }
  const parties = membershipStore.parties(ctx);
  const admins = parties.filter((p) => p.role === Role.ROLE_ADMIN).length;
  const t = g.params?.adminThreshold ?? 1;
  // [mem-1] at least one admin, 1 ≤ threshold ≤ admins
  if (admins < 1) throw invalid("genesis needs at least one admin");
  if (!Number.isInteger(t) || t < 1 || t > admins)
    throw invalid(`admin threshold ${t} with ${admins} admin(s)`);
  membershipStore.setParams(ctx, { adminThreshold: t });
  let highest = 0;
  for (const b64 of g.proposals ?? []) {
    const p = Proposal.decode(bytesFrom(b64));
    if (Number(p.id) <= highest) throw invalid(`proposal ids must increase, got ${p.id}`);
    highest = Number(p.id);
    membershipStore.setProposal(ctx, p);
  }
  const next = g.nextProposalId ?? highest + 1;
  if (!Number.isSafeInteger(next) || next <= highest)
    throw invalid(`nextProposalId ${next} must be above ${highest}`);
  membershipStore.setNextProposalId(ctx, next);
  const current = deps.keys.currentEpoch(ctx);
  if (g.audit) {
    for (const [i, r] of g.audit.entries()) {
      if (r.seq !== i + 1) throw invalid(`audit seq must count from 1 without gaps, got ${r.seq} at ${i}`);
      membershipStore.appendAudit(ctx, {
        ...r,
        kind: enumFromJson(AuditKind, r.kind) ?? 0,
        role: enumFromJson(Role, r.role ?? 0) ?? 0,
      });
    }
    return;
  }
  // A fresh genesis: the current epoch (1) is wrapped for exactly the parties ([key-1]).
  const epoch = deps.keys.getEpoch(ctx, current);
  if (!epoch) throw invalid("the keys genesis has no epoch");
  const wrapped = new Set(epoch.wraps.map((w) => w.recipient ?? ""));
  const names = new Set(parties.map((p) => p.address));
  const missing = parties.filter((p) => !wrapped.has(p.address)).map((p) => p.address);
  const extra = [...wrapped].filter((a) => !names.has(a));
  if (missing.length > 0 || extra.length > 0)
    throw invalid(
      `epoch ${current} must be wrapped for exactly the parties (missing: ${missing.join(", ") || "none"}; not parties: ${extra.join(", ") || "none"})`,
    );
  for (const p of parties)
    deps.audit.append(ctx, {
      kind: AuditKind.AUDIT_KIND_GENESIS_PARTY,
      subject: p.address,
      role: p.role,
      epoch: current,
      detail: `${Role[p.role]} ${p.name || p.address}`,
    });
  deps.audit.append(ctx, {
    kind: AuditKind.AUDIT_KIND_EPOCH_STARTED,
    epoch: current,
    detail: `epoch ${current}: ${epoch.reason}; ${epoch.wraps.length} wrap(s), ${epoch.shares.length} share(s)`,
  });
}

/** The membership state in genesis form. */
export function exportMembershipGenesis(ctx: Context): MembershipGenesis {
  return {
    params: { adminThreshold: membershipStore.getParams(ctx).adminThreshold },
    parties: membershipStore.parties(ctx).map((p) => ({
      address: p.address,
      role: enumToJson(Role, p.role),
      x25519PublicKey: base64(p.x25519PublicKey),
      name: p.name,
      addedHeight: p.addedHeight,
      addedEpoch: p.addedEpoch,
    })),
    proposals: membershipStore.proposals(ctx, false).map((p) => base64(Proposal.encode(p).finish())),
    nextProposalId: membershipStore.nextProposalId(ctx),
    audit: membershipStore.audit(ctx, 0, Number.MAX_SAFE_INTEGER).map((r) => ({
      seq: r.seq,
      height: r.height,
      kind: enumToJson(AuditKind, r.kind),
      actor: r.actor,
      subject: r.subject,
      role: enumToJson(Role, r.role),
      epoch: r.epoch,
      refId: r.refId,
      detail: r.detail,
    })),
  };
}
