import { readFile } from "node:fs/promises";
import { isCanonicalAddress } from "../../chain/l2-orchestration/shared/index.js";
import { L3LaunchCode, L3LaunchError } from "./errors.js";

/** One entry of `members.json`. */
export interface MemberEntry {
  name: string;
  /** `admin`, `member` or `router`. */
  role: "admin" | "member" | "router";
  /** Account address (`strata1…`). */
  address: string;
  /** X25519 public key, base64 (`strata l3 pubkey --key NAME` prints it). */
  x25519PublicKey: string;
}

/** `members.json`: the enterprise's first parties and its admin threshold. */
export interface MembersFile {
  /** Approvals a change needs (default 1). */
  adminThreshold?: number;
  members: MemberEntry[];
}

/**
 * Reads and checks `members.json`: known roles, canonical addresses, 32-byte keys, unique
 * addresses and names, at least one admin, `1 ≤ adminThreshold ≤ admins`.
 * @throws L3LaunchError(badMembers) naming the entry.
 */
export async function readMembersFile(path: string): Promise<MembersFile> {
  let parsed: MembersFile;
  try {
    parsed = JSON.parse(await readFile(path, "utf8")) as MembersFile;
  } catch (err) {
    throw new L3LaunchError(L3LaunchCode.badMembers, `cannot read ${path}: ${(err as Error).message}`);
  }
  const bad = (m: string) => new L3LaunchError(L3LaunchCode.badMembers, `${path}: ${m}`);
  if (!Array.isArray(parsed.members) || parsed.members.length === 0)
    throw bad("`members` must be a non-empty list");
  const seen = new Set<string>();
  for (const [i, m] of parsed.members.entries()) {
    if (!["admin", "member", "router"].includes(m.role))
      throw bad(`members[${i}].role must be admin, member or router`);
    if (!isCanonicalAddress(m.address ?? ""))
      throw bad(`members[${i}].address is not a strata account address`);
    if (Buffer.from(m.x25519PublicKey ?? "", "base64").length !== 32)
      throw bad(
        `members[${i}].x25519PublicKey must be 32 bytes of base64 (strata l3 pubkey --key NAME prints it)`,
      );
    if (typeof m.name !== "string" || !/^[A-Za-z0-9._-]{1,64}$/.test(m.name))
      throw bad(`members[${i}].name must be 1..64 of [A-Za-z0-9._-]`);
    for (const k of [m.address, `name:${m.name}`]) {
      if (seen.has(k)) throw bad(`${k} listed twice`);
      seen.add(k);
    }
  }
  const admins = parsed.members.filter((m) => m.role === "admin").length;
  const t = parsed.adminThreshold ?? 1;
  if (admins < 1) throw bad("at least one admin is needed");
  if (!Number.isInteger(t) || t < 1 || t > admins) throw bad(`adminThreshold ${t} with ${admins} admin(s)`);
  return parsed;
}
