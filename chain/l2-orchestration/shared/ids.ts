/**
 * The 32 bytes of a digest or task id given as 64 hex characters (store keys, draw inputs). The
 * caller has checked the form with `isDigest`.
 */
export function digestBytes(hex: string): Uint8Array {
  return Buffer.from(hex, "hex");
}

/** Lowercase hex of bytes (the form digests and ids take on the wire). */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
