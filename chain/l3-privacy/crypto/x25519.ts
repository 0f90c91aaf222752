import { randomBytes } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8 } from "./bytes.js";
import { L3CryptoCode, L3CryptoError } from "./errors.js";

/** An X25519 key pair (32-byte secret, 32-byte public key). */
export interface X25519KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** HKDF info of the member key derivation (RULES.md, "Member encryption keys"). */
export const MEMBER_KEY_INFO = "strata/l3/member-x25519/v1";

/** A fresh random X25519 key pair (validators' custody keys, ephemeral keys). */
export function generateX25519KeyPair(): X25519KeyPair {
  const secretKey = new Uint8Array(randomBytes(32));
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

/** The key pair of an X25519 secret key. @throws L3CryptoError(invalidInput) unless 32 bytes. */
export function x25519KeyPairFromSecret(secretKey: Uint8Array): X25519KeyPair {
  assertKey(secretKey, "X25519 secret key");
  return { secretKey: Uint8Array.from(secretKey), publicKey: x25519.getPublicKey(secretKey) };
}

/**
 * A member's X25519 key pair derived from its account's secp256k1 private key:
 * `HKDF-SHA256(ikm = account key, salt = empty, info = "strata/l3/member-x25519/v1")`. The
 * member needs nothing beyond its keyring (or mnemonic) to read records.
 * @throws L3CryptoError(invalidInput) unless the account key is 32 bytes.
 */
export function deriveMemberX25519(accountPrivateKey: Uint8Array): X25519KeyPair {
  assertKey(accountPrivateKey, "account private key");
  return x25519KeyPairFromSecret(hkdf(sha256, accountPrivateKey, undefined, utf8(MEMBER_KEY_INFO), 32));
}

/** @throws L3CryptoError(invalidInput) unless `key` is 32 bytes. */
export function assertKey(key: Uint8Array, what: string): void {
  if (!(key instanceof Uint8Array) || key.length !== 32)
    throw new L3CryptoError(
      L3CryptoCode.invalidInput,
      `${what} must be 32 bytes, got ${key instanceof Uint8Array ? key.length : typeof key}`,
    );
}
