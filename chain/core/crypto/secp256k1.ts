import { createRequire } from "node:module";

// libsecp256k1 through the `secp256k1` package's prebuilt N-API binding: about 25x the verify
// rate of the pure-JS implementations (measured in `npm run bench`), and verification is the
// ceiling of transfer throughput.
const require = createRequire(import.meta.url);
const lib = require("secp256k1") as {
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pubkey: Uint8Array): boolean;
  publicKeyVerify(pubkey: Uint8Array): boolean;
  ecdsaSign(msg32: Uint8Array, privkey: Uint8Array): { signature: Uint8Array };
  publicKeyCreate(privkey: Uint8Array, compressed?: boolean): Uint8Array;
};

// Order of the secp256k1 group; a signature with s > n/2 is the malleable twin of a low-S one.
const HALF_ORDER = Buffer.from("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0", "hex");

/** True when the 64-byte compact signature has s ≤ n/2 (the only form Cosmos accepts). */
export function isLowS(signature: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(signature.buffer, signature.byteOffset + 32, 32), HALF_ORDER) <= 0;
}

/**
 * Verifies a 64-byte compact ECDSA signature over a 32-byte digest with a 33-byte compressed key.
 * Rejects high-S signatures, as the Cosmos SDK does. Returns false for any malformed input.
 */
export function verifySecp256k1(signature: Uint8Array, digest: Uint8Array, pubkey: Uint8Array): boolean {
  if (signature.length !== 64 || digest.length !== 32 || pubkey.length !== 33) return false;
  if (!isLowS(signature)) return false;
  try {
    return lib.ecdsaVerify(signature, digest, pubkey);
  } catch {
    // The binding throws on keys that are not on the curve or on zero r/s.
    return false;
  }
}

/** Signs a 32-byte digest; returns a 64-byte low-S compact signature (tests and benchmarks). */
export function signSecp256k1(digest: Uint8Array, privkey: Uint8Array): Uint8Array {
  return lib.ecdsaSign(digest, privkey).signature;
}

/** Compressed public key of a private key. */
export function secp256k1PublicKey(privkey: Uint8Array): Uint8Array {
  return lib.publicKeyCreate(privkey, true);
}
