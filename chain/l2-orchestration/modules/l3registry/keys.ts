/** Keys of the l3registry module's store (`l3registry/` namespace). Retired numbers are never reused. */
export enum L3RegistryKey {
  /** 0x01 -> Params (protobuf `strata.l3registry.v1.Params`); absent means the defaults */
  params = 0x01,
  /** 0x02 ‖ chain id (UTF-8) -> L3Chain (protobuf `strata.l3registry.v1.L3Chain`) */
  chain = 0x02,
  /** 0x03 ‖ name (UTF-8) -> chain id (UTF-8) */
  name = 0x03,
  /** 0x04 ‖ chain id (UTF-8) ‖ 0x00 ‖ number (u64 BE) -> BatchRecord (protobuf `strata.rollup.v1.BatchRecord`) */
  header = 0x04,
}

const enc = new TextEncoder();

/** Concatenates a key byte and parts. */
export function key(prefix: L3RegistryKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}

/** UTF-8 bytes of a chain id or name (neither contains 0x00). */
export function textKey(value: string): Uint8Array {
  return enc.encode(value);
}

/** Big-endian u64 bytes (numbers sort numerically). */
export function u64Key(value: number | bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

/** The prefix of a chain's anchored headers. */
export function headerPrefix(chainId: string): Uint8Array {
  return key(L3RegistryKey.header, textKey(chainId), Uint8Array.of(0));
}

/** The key of anchored header `number` of a chain. */
export function headerKey(chainId: string, number: number | bigint): Uint8Array {
  return Uint8Array.from([...headerPrefix(chainId), ...u64Key(number)]);
}
