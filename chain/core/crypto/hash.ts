import { createHash } from "node:crypto";

/** SHA-256 of `data` (node's native implementation; it is on every hot path). */
export function sha256(data: Uint8Array): Uint8Array {
  return createHash("sha256").update(data).digest();
}

/** RIPEMD-160 of SHA-256 of `data`: the Cosmos secp256k1 address derivation. */
export function hash160(data: Uint8Array): Uint8Array {
  return createHash("ripemd160").update(sha256(data)).digest();
}

/** Uppercase hex, as CometBFT prints hashes. */
export function toHexUpper(data: Uint8Array): string {
  return Buffer.from(data).toString("hex").toUpperCase();
}
