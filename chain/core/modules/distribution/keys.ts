/**
 * Keys of the distribution module's store (`distribution/` namespace). Addresses are length
 * prefixed (`len ‖ bytes`); periods and heights are u64 big-endian. Retired numbers are never reused.
 */
export enum DistributionKey {
  /** 0x00 -> FeePool (protobuf; the community pool) */
  feePool = 0x00,
  /** 0x02 ‖ lp(operator) -> ValidatorOutstandingRewards (protobuf): rewards not yet withdrawn */
  outstandingRewards = 0x02,
  /** 0x03 ‖ lp(delegator) -> withdraw address (bech32 text); absent means the delegator itself */
  withdrawAddress = 0x03,
  /** 0x04 ‖ lp(operator) ‖ lp(delegator) -> DelegatorStartingInfo (protobuf) */
  startingInfo = 0x04,
  /** 0x05 ‖ lp(operator) ‖ period -> ValidatorHistoricalRewards (protobuf): cumulative reward ratio */
  historicalRewards = 0x05,
  /** 0x06 ‖ lp(operator) -> ValidatorCurrentRewards (protobuf): rewards of the open period */
  currentRewards = 0x06,
  /** 0x07 ‖ lp(operator) -> ValidatorAccumulatedCommission (protobuf) */
  accumulatedCommission = 0x07,
  /** 0x08 ‖ lp(operator) ‖ height ‖ period -> ValidatorSlashEvent (protobuf) */
  slashEvent = 0x08,
  /** 0x09 -> Params (protobuf `cosmos.distribution.v1beta1.Params`) */
  params = 0x09,
  /** 0x0a -> block reward minted per block, in the bond denom (decimal string) */
  blockReward = 0x0a,
}

/** `len ‖ bytes` of an address. */
export function lp(address: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + address.length);
  out[0] = address.length;
  out.set(address, 1);
  return out;
}

/** u64 big-endian. */
export function u64(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
}

/** Reads a u64 big-endian at `offset`. */
export function readU64(bytes: Uint8Array, offset: number): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset);
}

/** Concatenates a key byte and parts. */
export function key(prefix: DistributionKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
