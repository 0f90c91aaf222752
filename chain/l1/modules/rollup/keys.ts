/** Keys of the rollup module's store (`rollup/` namespace). Retired numbers are never reused. */
export enum RollupKey {
  /** 0x01 -> Params (protobuf `strata.rollup.v1.Params`); absent means the defaults */
  params = 0x01,
  /** 0x02 ‖ chain id (UTF-8) -> Rollup (protobuf `strata.rollup.v1.Rollup`) */
  rollup = 0x02,
  /** 0x03 ‖ chain id (UTF-8) -> the child's genesis.json bytes, exactly as registered */
  genesis = 0x03,
  /** 0x04 ‖ chain id (UTF-8) ‖ 0x00 ‖ number (u64 BE) -> BatchRecord (protobuf `strata.rollup.v1.BatchRecord`) */
  batch = 0x04,
}

const enc = new TextEncoder();

/** Concatenates a key byte and parts. */
export function key(prefix: RollupKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}

/** UTF-8 bytes of a chain id (chain ids never contain 0x00, so `chainId ‖ 0x00` is a prefix of its batches only). */
export function chainKey(chainId: string): Uint8Array {
  return enc.encode(chainId);
}

/** Big-endian u64 bytes (batch numbers sort numerically). */
export function u64Key(value: number | bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

/** The prefix of a chain's batch records. */
export function batchPrefix(chainId: string): Uint8Array {
  return key(RollupKey.batch, chainKey(chainId), Uint8Array.of(0));
}

/** The key of batch `number` of a chain. */
export function batchKey(chainId: string, number: number | bigint): Uint8Array {
  return key(RollupKey.batch, chainKey(chainId), Uint8Array.of(0), u64Key(number));
}
