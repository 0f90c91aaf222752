/**
 * Keys of the staking module's store (`staking/` namespace). Addresses inside keys are length
 * prefixed (`len ‖ bytes`, as the SDK's `address.MustLengthPrefix`), times are u64 big-endian
 * nanoseconds, so byte order is time order. Retired numbers are never reused.
 */
export enum StakingKey {
  /** 0x01 -> Params (protobuf `cosmos.staking.v1beta1.Params`) */
  params = 0x01,
  /** 0x02 -> total consensus power of the last bonded set (decimal string) */
  lastTotalPower = 0x02,
  /** 0x11 ‖ lp(operator) -> consensus power in the last end-block's set (decimal string) */
  lastValidatorPower = 0x11,
  /** 0x21 ‖ lp(operator) -> Validator (protobuf `cosmos.staking.v1beta1.Validator`) */
  validator = 0x21,
  /** 0x22 ‖ consensus address (20 bytes) -> operator bytes */
  validatorByConsAddr = 0x22,
  /** 0x23 ‖ power (u64 BE) ‖ ~lp(operator) -> operator bytes; every non-jailed validator */
  validatorByPower = 0x23,
  /** 0x31 ‖ lp(delegator) ‖ lp(operator) -> Delegation (protobuf) */
  delegation = 0x31,
  /** 0x32 ‖ lp(operator) ‖ lp(delegator) -> empty (delegations of a validator) */
  delegationByValidator = 0x32,
  /** 0x41 ‖ lp(delegator) ‖ lp(operator) -> UnbondingDelegation (protobuf) */
  unbondingDelegation = 0x41,
  /** 0x42 ‖ lp(operator) ‖ lp(delegator) -> empty (unbondings from a validator) */
  unbondingByValidator = 0x42,
  /** 0x43 ‖ lp(delegator) ‖ lp(src) ‖ lp(dst) -> Redelegation (protobuf) */
  redelegation = 0x43,
  /** 0x44 ‖ lp(src) ‖ lp(delegator) ‖ lp(dst) -> empty (redelegations out of a validator) */
  redelegationBySrc = 0x44,
  /** 0x45 ‖ lp(dst) ‖ lp(delegator) ‖ lp(src) -> empty (redelegations into a validator) */
  redelegationByDst = 0x45,
  /** 0x51 ‖ completion time ‖ lp(delegator) ‖ lp(operator) -> empty (unbonding queue) */
  unbondingQueue = 0x51,
  /** 0x52 ‖ completion time ‖ lp(delegator) ‖ lp(src) ‖ lp(dst) -> empty (redelegation queue) */
  redelegationQueue = 0x52,
  /** 0x53 ‖ unbonding time ‖ lp(operator) -> empty (validators finishing unbonding) */
  validatorQueue = 0x53,
}

/** `len ‖ bytes` of an address. */
export function lp(address: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + address.length);
  out[0] = address.length;
  out.set(address, 1);
  return out;
}

/** Concatenates a key byte and parts. */
export function key(prefix: StakingKey, ...parts: Uint8Array[]): Uint8Array {
  let len = 1;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  out[0] = prefix;
  let at = 1;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** u64 big-endian (times in ns, powers); values past u64 are clamped (they cannot occur in practice). */
export function u64(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  const clamped = value < 0n ? 0n : value > 0xffffffffffffffffn ? 0xffffffffffffffffn : value;
  new DataView(out.buffer).setBigUint64(0, clamped);
  return out;
}

/** Reads a u64 big-endian at `offset`. */
export function readU64(bytes: Uint8Array, offset: number): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset);
}

/** Splits a run of length-prefixed addresses starting at `offset`. */
export function readLps(bytes: Uint8Array, offset: number, count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const len = bytes[at]!;
    out.push(bytes.subarray(at + 1, at + 1 + len));
    at += 1 + len;
  }
  return out;
}

/**
 * Power-index key. Iterated in reverse it yields the highest power first and, among equal
 * powers, the lower operator address first (the SDK key layout).
 */
export function powerIndexKey(power: bigint, operator: Uint8Array): Uint8Array {
  const inverted = lp(operator).map((b) => 255 - b);
  return key(StakingKey.validatorByPower, u64(power), inverted);
}
