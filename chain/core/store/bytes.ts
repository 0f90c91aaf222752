import { StoreError, StoreErrorCode } from "./errors.js";

// Keys live in memory as "binary strings": one UTF-16 code unit per byte (0-255). JavaScript
// compares such strings by code unit, which is exactly unsigned byte order, and they are cheap
// Map keys. Every conversion between the two forms goes through this file.

/** Longest array converted with one `String.fromCharCode` call (argument-count limits). */
const CHUNK = 4096;

/** Binary-string form of `bytes`. */
export function toKey(bytes: Uint8Array): string {
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

/** Bytes of a binary string (the inverse of {@link toKey}). */
export function fromKey(key: string): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) out[i] = key.charCodeAt(i);
  return out;
}

/** `bucket ‖ bytes(key)` as a fresh array (a full LevelDB key). */
export function bucketKey(bucket: number, key: string): Uint8Array {
  const out = new Uint8Array(key.length + 1);
  out[0] = bucket;
  for (let i = 0; i < key.length; i++) out[i + 1] = key.charCodeAt(i);
  return out;
}

/**
 * The smallest binary string greater than every string starting with `prefix`, or `undefined`
 * when there is none (empty prefix or all bytes 0xff).
 */
export function prefixEnd(prefix: string): string | undefined {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 0xff) end--;
  if (end === 0) return undefined;
  return prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1);
}

/**
 * `bytes` as a plain `Uint8Array` over the same memory. classic-level returns Buffers, whose
 * `slice()` is a view rather than a copy; normalizing at the edge keeps `slice()` a copy.
 */
export function plain(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array
    ? bytes
    : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Byte equality. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Big-endian u64 of a non-negative safe integer. */
export function u64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, Math.floor(n / 0x1_0000_0000));
  view.setUint32(4, n >>> 0);
  return out;
}

/** Reads a big-endian u64 at `offset` as a number (heights stay far below 2^53). */
export function readU64(bytes: Uint8Array, offset: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(offset) * 0x1_0000_0000 + view.getUint32(offset + 4);
}

/** Concatenation of byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Checks that `key` is a non-empty `Uint8Array`.
 * @throws StoreError `InvalidKey` otherwise
 */
export function checkKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length === 0) {
    throw new StoreError(StoreErrorCode.InvalidKey, "store key must be a non-empty Uint8Array");
  }
}

/**
 * Checks that `value` is a `Uint8Array` (empty is allowed).
 * @throws StoreError `InvalidValue` otherwise
 */
export function checkValue(value: unknown): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new StoreError(StoreErrorCode.InvalidValue, "store value must be a Uint8Array");
  }
}
