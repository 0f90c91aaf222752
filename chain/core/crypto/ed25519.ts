import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import { sha256 } from "./hash.js";

// PKCS#8 / SPKI DER prefixes for raw ed25519 keys, so node:crypto (OpenSSL) does the curve work.
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** An ed25519 key pair (validators and nodes). `seed` is the 32-byte private seed. */
export interface Ed25519KeyPair {
  seed: Uint8Array;
  publicKey: Uint8Array;
}

/** Key pair from a 32-byte seed. */
export function ed25519FromSeed(seed: Uint8Array): Ed25519KeyPair {
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  const spki = createPublicKey(key).export({ format: "der", type: "spki" });
  return { seed: Uint8Array.from(seed), publicKey: new Uint8Array(spki.subarray(SPKI_PREFIX.length)) };
}

/** A fresh random key pair. */
export function ed25519Generate(): Ed25519KeyPair {
  return ed25519FromSeed(randomBytes(32));
}

/** Signs `message` (64-byte signature). */
export function ed25519Sign(message: Uint8Array, seed: Uint8Array): Uint8Array {
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  return new Uint8Array(sign(null, message, key));
}

/** Verifies an ed25519 signature; false for malformed keys or signatures. */
export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  try {
    const key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, publicKey]),
      format: "der",
      type: "spki",
    });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** CometBFT validator address: the first 20 bytes of sha256(pubkey). */
export function ed25519Address(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey).subarray(0, 20);
}
