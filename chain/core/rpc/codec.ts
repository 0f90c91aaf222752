/**
 * Byte and time encodings of CometBFT's JSON: uppercase hex for hashes and addresses, base64
 * for raw bytes, RFC3339 with nanoseconds for times. Pure functions, no I/O.
 */

const NS_PER_SECOND = 1_000_000_000n;
/** Seconds from the Unix epoch to 0001-01-01 and to 10000-01-01 (RFC3339 has 4-digit years). */
const MIN_SECONDS = -62_135_596_800n;
const MAX_SECONDS = 253_402_300_800n;

const HEX_RE = /^[0-9a-fA-F]*$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Go's zero `time.Time`, which CometBFT prints for absent commit signatures. */
export const ZERO_TIME = "0001-01-01T00:00:00Z";

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Uppercase hex, as CometBFT prints `HexBytes` (hashes, addresses, app hashes). */
export function toHexUpper(bytes: Uint8Array): string {
  return asBuffer(bytes).toString("hex").toUpperCase();
}

/** Standard padded base64, as Go's `encoding/json` prints `[]byte`. */
export function toBase64(bytes: Uint8Array): string {
  return asBuffer(bytes).toString("base64");
}

/** Base64, or `null` for empty bytes (Go prints a nil `[]byte` as `null`). */
export function toBase64OrNull(bytes: Uint8Array): string | null {
  return bytes.length === 0 ? null : toBase64(bytes);
}

/**
 * Formats nanoseconds since the Unix epoch as RFC3339 with exactly 9 fraction digits,
 * e.g. `2025-06-01T12:00:03.123456789Z` (cosmjs keeps digits 4–9 as `.nanoseconds`).
 * @throws RangeError when the time is outside years 0001–9999.
 */
export function toRfc3339Nano(timeNs: bigint): string {
  let seconds = timeNs / NS_PER_SECOND;
  let fraction = timeNs % NS_PER_SECOND;
  if (fraction < 0n) {
    fraction += NS_PER_SECOND;
    seconds -= 1n;
  }
  if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS) {
    throw new RangeError(`time ${timeNs}ns is outside RFC3339 years 0001-9999`);
  }
  const iso = new Date(Number(seconds) * 1000).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  return `${iso.slice(0, 19)}.${fraction.toString().padStart(9, "0")}Z`;
}

/** True when `s` is an even-length hex string (no prefix). */
export function isHex(s: string): boolean {
  return s.length % 2 === 0 && HEX_RE.test(s);
}

/**
 * Decodes hex (either case, optional `0x`).
 * @throws Error naming the problem when `s` is not even-length hex.
 */
export function fromHex(s: string): Uint8Array {
  const body = s.startsWith("0x") || s.startsWith("0X") ? s.slice(2) : s;
  if (!HEX_RE.test(body)) throw new Error("not a hex string");
  if (body.length % 2 !== 0) throw new Error("hex string has an odd length");
  return new Uint8Array(Buffer.from(body, "hex"));
}

/**
 * Decodes strict, padded standard base64.
 * @throws Error when `s` is not canonical base64.
 */
export function fromBase64(s: string): Uint8Array {
  if (!BASE64_RE.test(s)) throw new Error("not a padded standard base64 string");
  return new Uint8Array(Buffer.from(s, "base64"));
}
