/** Keys of the keys module's store (`keys/` namespace). Retired numbers are never reused. */
export enum KeysKey {
  /** 0x01 -> KeysParams (protobuf `strata.l3.v1.KeysParams`) */
  params = 0x01,
  /** 0x02 ‖ index (u32 BE) -> Custodian (protobuf `strata.l3.v1.Custodian`) */
  custodian = 0x02,
  /** 0x03 ‖ address (UTF-8) -> index (u32 BE): custodian lookup by address */
  custodianByAddress = 0x03,
  /** 0x04 ‖ epoch number (u64 BE) -> Epoch (protobuf `strata.l3.v1.Epoch`) */
  epoch = 0x04,
  /** 0x05 -> current epoch number (u64 BE) */
  currentEpoch = 0x05,
  /** 0x06 ‖ request id (u64 BE) -> RewrapRequest (protobuf `strata.l3.v1.RewrapRequest`) */
  rewrap = 0x06,
  /** 0x07 -> next re-wrap request id (u64 BE); absent means 1 */
  nextRewrapId = 0x07,
  /** 0x08 ‖ request id (u64 BE) -> empty: PENDING requests (key services scan it) */
  pendingRewrap = 0x08,
  /** 0x09 ‖ key id (32 bytes) -> epoch number (u64 BE): key ids are never reused */
  keyId = 0x09,
}

/** Concatenates a key byte and parts. */
export function key(prefix: KeysKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
