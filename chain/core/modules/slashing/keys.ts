/** Keys of the slashing module's store (`slashing/` namespace). Retired numbers are never reused. */
export enum SlashingKey {
  /** 0x01 ‖ consensus address (20 bytes) -> ValidatorSigningInfo (protobuf) */
  signingInfo = 0x01,
  /** 0x02 ‖ consensus address ‖ window index (u64 BE) -> empty: the block at that index was missed */
  missedBlock = 0x02,
  /** 0x03 -> Params (protobuf `cosmos.slashing.v1beta1.Params`) */
  params = 0x03,
}

/** Concatenates a key byte and parts. */
export function key(prefix: SlashingKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}

/** u64 big-endian. */
export function u64(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
}
