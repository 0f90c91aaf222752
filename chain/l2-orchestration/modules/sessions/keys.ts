/** Keys of the sessions module's store (`sessions/` namespace). Retired numbers are never reused. */
export enum SessionsKey {
  /** 0x01 ‖ session id (u64 BE) -> Session (protobuf `strata.sessions.v1.Session`) */
  session = 0x01,
  /** 0x02 -> Params (protobuf `strata.sessions.v1.Params`) */
  params = 0x02,
  /** 0x03 -> next session id (u64 BE); absent means 1 */
  nextId = 0x03,
  /** 0x04 ‖ owner (bech32 text, UTF-8) ‖ 0x00 ‖ session id (u64 BE) -> empty: a owner's sessions (queries) */
  byOwner = 0x04,
  /** 0x05 ‖ api_key_sha256 (32 bytes) -> session id (u64 BE): the OPEN session of an API key (routers' lookup) */
  byApiKey = 0x05,
}

/** Concatenates a key byte and parts. */
export function key(prefix: SessionsKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
