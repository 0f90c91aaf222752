import { addressBytes } from "../../core/crypto/index.js";

/** Fixed-point scale of reputations, scores and fractions on L2 (1,000,000 = 1). */
export const SCALE = 1_000_000n;

const AMOUNT = /^(0|[1-9][0-9]{0,39})$/;
const DIGEST = /^[0-9a-f]{64}$/;

/**
 * An amount in `ustra` from its decimal-string wire form, or undefined when it is not a canonical
 * non-negative integer (no sign, no leading zeros, at most 40 digits).
 */
export function parseAmount(value: string): bigint | undefined {
  return AMOUNT.test(value) ? BigInt(value) : undefined;
}

/** Whether `value` is a sha256 digest in canonical form: 64 lowercase hex characters. */
export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

/** Whether `value` is a valid `strata1…` account address. */
export function isAccountAddress(value: string): boolean {
  try {
    addressBytes(value);
    return true;
  } catch {
    return false;
  }
}

/** Big-endian u64 bytes (store keys sort numerically). */
export function u64Key(value: bigint | number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

/** UTF-8 bytes of a string (store keys). */
export function utf8(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}
