import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign as nodeSign,
  verify as nodeVerify,
  randomBytes,
} from "node:crypto";

/**
 * ed25519 for validator keys, on `node:crypto` (DESIGN.md §5 allows it where speed matters, and
 * vote verification is the consensus hot path). Signatures are RFC 8032 pure ed25519, so they are
 * byte-identical to `@noble/ed25519`'s.
 */

// DER prefixes that wrap a raw 32-byte ed25519 key as SPKI / PKCS#8 for node:crypto.
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

// Parsing a key into a KeyObject costs more than a verify, so keep the set's keys parsed.
const publicKeyCache = new Map<string, KeyObject>();
const PUBLIC_KEY_CACHE_LIMIT = 20_000;

function publicKeyObject(pubKey: Uint8Array): KeyObject {
  const hex = Buffer.from(pubKey).toString("hex");
  let key = publicKeyCache.get(hex);
  if (key === undefined) {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pubKey]), format: "der", type: "spki" });
    if (publicKeyCache.size >= PUBLIC_KEY_CACHE_LIMIT) publicKeyCache.clear();
    publicKeyCache.set(hex, key);
  }
  return key;
}

/** An ed25519 key pair held in memory. */
export interface Ed25519KeyPair {
  /** Raw 32-byte public key. */
  readonly pubKey: Uint8Array;
  /** Validator address of the public key ({@link addressFromPubKey}). */
  readonly address: Uint8Array;
  /** Signs `message`, returning the 64-byte signature. */
  sign(message: Uint8Array): Uint8Array;
}

/**
 * Validator address of an ed25519 public key, as in CometBFT: the first 20 bytes of
 * sha256(pubKey).
 */
export function addressFromPubKey(pubKey: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(pubKey).digest().subarray(0, 20));
}

/**
 * Builds a key pair from a 32-byte seed (the RFC 8032 private key).
 * @throws RangeError when the seed is not 32 bytes.
 */
export function ed25519FromSeed(seed: Uint8Array): Ed25519KeyPair {
  if (seed.length !== 32) throw new RangeError(`ed25519 seed must be 32 bytes, got ${seed.length}`);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  const pubKey = new Uint8Array(spki.subarray(spki.length - 32));
  return {
    pubKey,
    address: addressFromPubKey(pubKey),
    sign: (message) => new Uint8Array(nodeSign(null, message, privateKey)),
  };
}

/** Verifies an ed25519 signature; false (never a throw) for malformed keys or signatures. */
export function verifyEd25519(pubKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (pubKey.length !== 32 || signature.length !== 64) return false;
  try {
    return nodeVerify(null, message, publicKeyObject(pubKey), signature);
  } catch {
    // A byte string that is not a curve point is simply not a valid key.
    return false;
  }
}

/** A fresh random key pair and its seed (the seed is what key files store). */
export function ed25519Generate(): { seed: Uint8Array; key: Ed25519KeyPair } {
  const seed = new Uint8Array(randomBytes(32));
  return { seed, key: ed25519FromSeed(seed) };
}
