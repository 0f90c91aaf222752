/** Keys of the membership module's store (`membership/` namespace). Retired numbers are never reused. */
export enum MembershipKey {
  /** 0x01 -> Params (protobuf `strata.l3.v1.Params`) */
  params = 0x01,
  /** 0x02 ‖ address (UTF-8) -> Member (protobuf `strata.l3.v1.Member`) */
  party = 0x02,
  /** 0x03 ‖ proposal id (u64 BE) -> Proposal (protobuf `strata.l3.v1.Proposal`) */
  proposal = 0x03,
  /** 0x04 -> next proposal id (u64 BE); absent means 1 */
  nextProposalId = 0x04,
  /** 0x05 ‖ seq (u64 BE) -> AuditRecord (protobuf `strata.l3.v1.AuditRecord`) */
  audit = 0x05,
  /** 0x06 -> last audit seq (u64 BE); absent means 0 */
  lastAuditSeq = 0x06,
  /** 0x07 ‖ proposal id (u64 BE) -> empty: PENDING proposals */
  pendingProposal = 0x07,
}

/** Concatenates a key byte and parts. */
export function key(prefix: MembershipKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
