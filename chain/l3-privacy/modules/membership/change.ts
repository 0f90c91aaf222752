import { strata } from "../../../../proto/gen/strata.js";
import { isCanonicalAddress } from "../../../l2-orchestration/shared/index.js";
import { isPartyName } from "../../shared/index.js";
import { MembershipCode, MembershipError } from "./errors.js";

const { Role } = strata.l3.v1;

/** The kinds of change a proposal may carry (the `Change` oneof). */
export type ChangeKind =
  | "addMember"
  | "allowRouter"
  | "remove"
  | "rotateEpoch"
  | "setAdminThreshold"
  | "requestRewrap";

const KINDS: ChangeKind[] = [
  "addMember",
  "allowRouter",
  "remove",
  "rotateEpoch",
  "setAdminThreshold",
  "requestRewrap",
];

/** The one kind set in `change`. @throws MembershipError(invalidRequest) unless exactly one is set. */
export function changeKind(change: strata.l3.v1.IChange | null | undefined): ChangeKind {
  const set = KINDS.filter((k) => change?.[k] != null);
  if (set.length !== 1)
    throw new MembershipError(
      MembershipCode.invalidRequest,
      `a change must set exactly one kind, got ${set.length}`,
    );
  return set[0]!;
}

/** The party a change is about (empty for rotations and thresholds). */
export function changeSubject(change: strata.l3.v1.IChange): string {
  return (
    change.addMember?.address ??
    change.allowRouter?.address ??
    change.remove?.address ??
    change.requestRewrap?.address ??
    ""
  );
}

/** One line describing a change, for the audit log. */
export function describeChange(change: strata.l3.v1.IChange): string {
  switch (changeKind(change)) {
    case "addMember":
      return `add ${Role[change.addMember!.role ?? 0]} ${change.addMember!.address}`;
    case "allowRouter":
      return `allow router ${change.allowRouter!.address}`;
    case "remove":
      return `remove ${change.remove!.address} (new epoch ${change.remove!.rotation?.epoch ?? "?"})`;
    case "rotateEpoch":
      return `rotate to epoch ${change.rotateEpoch!.rotation?.epoch ?? "?"}`;
    case "setAdminThreshold":
      return `admin threshold ${change.setAdminThreshold!.adminThreshold}`;
    case "requestRewrap":
      return `re-wrap epoch ${change.requestRewrap!.epoch} for ${change.requestRewrap!.address}`;
  }
}

/**
 * Stateless checks of a change (addresses, keys, roles, names).
 * @throws MembershipError(invalidRequest) naming the field.
 */
export function validateChange(change: strata.l3.v1.IChange | null | undefined): void {
  const bad = (m: string) => new MembershipError(MembershipCode.invalidRequest, m);
  const kind = changeKind(change);
  const c = change!;
  const party = (
    address: string | null | undefined,
    pub: Uint8Array | null | undefined,
    name: string | null | undefined,
  ) => {
    if (!isCanonicalAddress(address ?? ""))
      throw bad(`address ${JSON.stringify(address)} is not an account address`);
    if (pub?.length !== 32) throw bad("x25519_public_key must be 32 bytes");
    if (!isPartyName(name ?? "")) throw bad("name must be at most 64 printable ASCII characters");
  };
  switch (kind) {
    case "addMember":
      party(c.addMember!.address, c.addMember!.x25519PublicKey, c.addMember!.name);
      // [mem-5] the role is ADMIN or MEMBER
      if (c.addMember!.role !== Role.ROLE_ADMIN && c.addMember!.role !== Role.ROLE_MEMBER)
        throw bad("add_member's role must be ROLE_ADMIN or ROLE_MEMBER (routers: allow_router)");
      return;
    case "allowRouter":
      party(c.allowRouter!.address, c.allowRouter!.x25519PublicKey, c.allowRouter!.name);
      return;
    case "remove":
      if (!isCanonicalAddress(c.remove!.address ?? ""))
        throw bad("remove's address is not an account address");
      if (!c.remove!.rotation)
        throw bad("remove needs an epoch rotation (removing a party starts a new epoch)");
      return;
    case "rotateEpoch":
      if (!c.rotateEpoch!.rotation) throw bad("rotate_epoch needs a rotation");
      return;
    case "setAdminThreshold":
      if (
        !Number.isInteger(c.setAdminThreshold!.adminThreshold) ||
        (c.setAdminThreshold!.adminThreshold ?? 0) < 1
      )
        throw bad("admin_threshold must be at least 1");
      return;
    case "requestRewrap":
      if (!isCanonicalAddress(c.requestRewrap!.address ?? ""))
        throw bad("request_rewrap's address is not an account address");
      if (!Number.isSafeInteger(Number(c.requestRewrap!.epoch)) || Number(c.requestRewrap!.epoch) < 1)
        throw bad("request_rewrap's epoch must be positive");
      return;
  }
}
