import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { u64Key, utf8, withNumbers, withoutDefaults } from "../../../l2-orchestration/shared/index.js";
import { key, MembershipKey } from "./keys.js";

/** Name (and store namespace) of the membership module. */
export const MEMBERSHIP_MODULE = "membership";

const { Params, Member, Proposal, AuditRecord, ProposalStatus } = strata.l3.v1;
const EMPTY = new Uint8Array();
const PARAMS_KEY = Uint8Array.of(MembershipKey.params);
const NEXT_PROPOSAL = Uint8Array.of(MembershipKey.nextProposalId);
const LAST_SEQ = Uint8Array.of(MembershipKey.lastAuditSeq);

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(MEMBERSHIP_MODULE);
}

function readU64(raw: Uint8Array | undefined): number | undefined {
  return raw ? Number(Buffer.from(raw).readBigUInt64BE()) : undefined;
}

/** The only code that touches the membership store: params, parties, proposals, the audit log. */
export const membershipStore = {
  getParams(ctx: StoreSource): strata.l3.v1.Params {
    const raw = kv(ctx).get(PARAMS_KEY);
    return raw ? withNumbers(Params.decode(raw)) : Params.create({ adminThreshold: 1 });
  },

  setParams(ctx: StoreSource, p: strata.l3.v1.IParams): void {
    kv(ctx).set(PARAMS_KEY, Params.encode(withoutDefaults(p)).finish());
  },

  getParty(ctx: StoreSource, address: string): strata.l3.v1.Member | undefined {
    const raw = kv(ctx).get(key(MembershipKey.party, utf8(address)));
    return raw ? withNumbers(Member.decode(raw)) : undefined;
  },

  setParty(ctx: StoreSource, m: strata.l3.v1.IMember): void {
    kv(ctx).set(key(MembershipKey.party, utf8(m.address!)), Member.encode(withoutDefaults(m)).finish());
  },

  deleteParty(ctx: StoreSource, address: string): void {
    kv(ctx).delete(key(MembershipKey.party, utf8(address)));
  },

  /** Every party in address (byte) order. */
  parties(ctx: StoreSource): strata.l3.v1.Member[] {
    return [...kv(ctx).iterate(Uint8Array.of(MembershipKey.party))].map(([, v]) =>
      withNumbers(Member.decode(v)),
    );
  },

  nextProposalId(ctx: StoreSource): number {
    return readU64(kv(ctx).get(NEXT_PROPOSAL)) ?? 1;
  },

  setNextProposalId(ctx: StoreSource, id: number): void {
    kv(ctx).set(NEXT_PROPOSAL, u64Key(id));
  },

  getProposal(ctx: StoreSource, id: number): strata.l3.v1.Proposal | undefined {
    if (!Number.isSafeInteger(id) || id < 1) return undefined;
    const raw = kv(ctx).get(key(MembershipKey.proposal, u64Key(id)));
    return raw ? withNumbers(Proposal.decode(raw)) : undefined;
  },

  /** Writes a proposal and keeps the PENDING index in step. */
  setProposal(ctx: StoreSource, p: strata.l3.v1.IProposal): void {
    const id = u64Key(Number(p.id));
    kv(ctx).set(key(MembershipKey.proposal, id), Proposal.encode(withoutDefaults(p)).finish());
    if (p.status === ProposalStatus.PROPOSAL_STATUS_PENDING)
      kv(ctx).set(key(MembershipKey.pendingProposal, id), EMPTY);
    else kv(ctx).delete(key(MembershipKey.pendingProposal, id));
  },

  /** Proposals in id order (PENDING only when asked). */
  proposals(ctx: StoreSource, pendingOnly: boolean): strata.l3.v1.Proposal[] {
    if (!pendingOnly)
      return [...kv(ctx).iterate(Uint8Array.of(MembershipKey.proposal))].map(([, v]) =>
        withNumbers(Proposal.decode(v)),
      );
    return [...kv(ctx).iterate(Uint8Array.of(MembershipKey.pendingProposal))].map(
      ([k]) => membershipStore.getProposal(ctx, Number(Buffer.from(k.subarray(1)).readBigUInt64BE()))!,
    );
  },

  lastAuditSeq(ctx: StoreSource): number {
    return readU64(kv(ctx).get(LAST_SEQ)) ?? 0;
  },

  appendAudit(ctx: StoreSource, r: strata.l3.v1.IAuditRecord): void {
    kv(ctx).set(
      key(MembershipKey.audit, u64Key(Number(r.seq))),
      AuditRecord.encode(withoutDefaults(r)).finish(),
    );
    kv(ctx).set(LAST_SEQ, u64Key(Number(r.seq)));
  },

  /** Audit records with seq > after, at most `limit`, in seq order. */
  audit(ctx: StoreSource, after: number, limit: number): strata.l3.v1.AuditRecord[] {
    const out: strata.l3.v1.AuditRecord[] = [];
    const last = membershipStore.lastAuditSeq(ctx);
    for (let seq = after + 1; seq <= last && out.length < limit; seq++) {
      const raw = kv(ctx).get(key(MembershipKey.audit, u64Key(seq)));
      if (raw) out.push(withNumbers(AuditRecord.decode(raw)));
    }
    return out;
  },
};
