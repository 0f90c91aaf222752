import { addressBytes, toAddress } from "../../core/crypto/index.js";

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

/**
 * Whether `value` is a `strata1…` account address in its canonical spelling (lowercase, as
 * `toAddress` writes it). L2 stores key records by the address text, so one account must have one
 * spelling.
 */
export function isCanonicalAddress(value: string): boolean {
  try {
    return toAddress(addressBytes(value)) === value;
  } catch {
    return false;
  }
}

/** Whether `value` is 1–`max` printable ASCII characters (0x20–0x7e). */
export function isPrintableAscii(value: string, max: number): boolean {
  return value.length >= 1 && value.length <= max && /^[\x20-\x7e]+$/.test(value);
}

/** Bytes of `value` in UTF-8. */
export function utf8Length(value: string): number {
  return Buffer.byteLength(value, "utf8");
}
