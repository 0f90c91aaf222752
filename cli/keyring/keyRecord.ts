/**
 * The on-disk format of one key: a versioned JSON object whose public part (name, address,
 * pubkey, HD path) is in clear so `keys list` needs no passphrase, and whose `secret` holds the
 * mnemonic, encrypted (`file` backend) or not (`test` backend). The public part is bound to the
 * ciphertext as AES-GCM associated data, so editing it is detected on unlock.
 */
import { encodeSecp256k1Pubkey, pubkeyToAddress } from "@cosmjs/amino";
import { fromBase64 } from "@cosmjs/encoding";
import { ADDRESS_PREFIX } from "./deriveAccount.js";
import type { SealedSecret } from "./encryption.js";
import { KeyringError, KeyringErrorCode } from "./errors.js";
import type { KeyInfo, KeyringBackend } from "./types.js";

/** Version written in every key file; bumped on any incompatible format change. */
export const KEY_RECORD_VERSION = 1;

/** Secret of the `test` backend: the mnemonic in clear. */
export interface PlaintextSecret {
  scheme: "plaintext";
  mnemonic: string;
}

/** Secret of the `file` backend: the mnemonic sealed by `sealSecret`. */
export interface EncryptedSecret extends SealedSecret {
  scheme: "scrypt-aes-256-gcm";
}

/** Public part of a key file; also the associated data of its encryption. */
export interface KeyRecordHeader {
  version: typeof KEY_RECORD_VERSION;
  name: string;
  type: "local";
  address: string;
  pubkey: string;
  hdPath: string;
}

/** A whole key file. */
export interface KeyRecord extends KeyRecordHeader {
  secret: PlaintextSecret | EncryptedSecret;
}

/** Secret scheme each backend writes and accepts (no silent downgrade to plain text). */
export const BACKEND_SCHEME: Record<KeyringBackend, KeyRecord["secret"]["scheme"]> = {
  file: "scrypt-aes-256-gcm",
  test: "plaintext",
};

/** Associated data binding the public header to the ciphertext (fixed field order). */
export function recordAad(h: KeyRecordHeader): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify(["strata-keyring", h.version, h.name, h.type, h.address, h.pubkey, h.hdPath]),
  );
}

/** The public {@link KeyInfo} of a record. */
export function keyInfoOf(r: KeyRecordHeader): KeyInfo {
  return { name: r.name, address: r.address, pubkey: r.pubkey, type: r.type };
}

/** Serializes a record as stable, human-inspectable JSON. */
export function serializeKeyRecord(r: KeyRecord): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

function corrupt(file: string, why: string): KeyringError {
  return new KeyringError(KeyringErrorCode.corruptKey, `key file ${file} is corrupt: ${why}`, { file });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, field: string, file: string): string {
  const v = o[field];
  if (typeof v !== "string" || v.length === 0)
    throw corrupt(file, `field "${field}" missing or not a string`);
  return v;
}

function int(o: Record<string, unknown>, field: string, file: string): number {
  const v = o[field];
  if (typeof v !== "number" || !Number.isSafeInteger(v))
    throw corrupt(file, `field "${field}" is not an integer`);
  return v;
}

function parseSecret(raw: unknown, file: string): KeyRecord["secret"] {
  if (!isObject(raw)) throw corrupt(file, `field "secret" missing`);
  const scheme = raw.scheme;
  if (scheme === "plaintext") return { scheme, mnemonic: str(raw, "mnemonic", file) };
  if (scheme !== "scrypt-aes-256-gcm") throw corrupt(file, `unknown secret scheme ${JSON.stringify(scheme)}`);
  const kdf = raw.kdf;
  const cipher = raw.cipher;
  if (!isObject(kdf) || kdf.name !== "scrypt") throw corrupt(file, "unknown or missing KDF");
  if (!isObject(cipher) || cipher.name !== "aes-256-gcm") throw corrupt(file, "unknown or missing cipher");
  return {
    scheme,
    kdf: {
      name: "scrypt",
      n: int(kdf, "n", file),
      r: int(kdf, "r", file),
      p: int(kdf, "p", file),
      salt: str(kdf, "salt", file),
    },
    cipher: { name: "aes-256-gcm", nonce: str(cipher, "nonce", file), tag: str(cipher, "tag", file) },
    check: str(raw, "check", file),
    ciphertext: str(raw, "ciphertext", file),
  };
}

/**
 * Parses and checks a key file's text.
 * @param file - path, for error messages
 * @param expected - the name the file was looked up by and the backend reading it
 * @throws {KeyringError} unsupportedVersion for another format version; corruptKey when the JSON
 *   is malformed, the name differs from the file name, the secret scheme does not belong to the
 *   backend, or the address is not the one of the public key
 */
export function parseKeyRecord(
  text: string,
  file: string,
  expected: { name: string; backend: KeyringBackend },
): KeyRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corrupt(file, "not valid JSON");
  }
  if (!isObject(raw)) throw corrupt(file, "not a JSON object");
  if (raw.version !== KEY_RECORD_VERSION) {
    throw new KeyringError(
      KeyringErrorCode.unsupportedVersion,
      `key file ${file} has format version ${JSON.stringify(raw.version)}; this strata reads version ${KEY_RECORD_VERSION}`,
      { file },
    );
  }
  if (raw.type !== "local") throw corrupt(file, `unknown key type ${JSON.stringify(raw.type)}`);
  const record: KeyRecord = {
    version: KEY_RECORD_VERSION,
    name: str(raw, "name", file),
    type: "local",
    address: str(raw, "address", file),
    pubkey: str(raw, "pubkey", file),
    hdPath: str(raw, "hdPath", file),
    secret: parseSecret(raw.secret, file),
  };
  // [REJECT] the stored name must match the file name (a renamed or copied file is not trusted)
  if (record.name !== expected.name)
    throw corrupt(file, `it holds key "${record.name}", not "${expected.name}"`);
  // [REJECT] a backend reads only its own scheme: a plain-text file in the `file` keyring is an attack
  if (record.secret.scheme !== BACKEND_SCHEME[expected.backend]) {
    throw corrupt(
      file,
      `secret scheme "${record.secret.scheme}" does not belong to the ${expected.backend} backend`,
    );
  }
  // [REJECT] the address must be the one of the stored public key
  let derived: string;
  try {
    derived = pubkeyToAddress(encodeSecp256k1Pubkey(fromBase64(record.pubkey)), ADDRESS_PREFIX);
  } catch {
    throw corrupt(file, "public key is not a compressed secp256k1 key");
  }
  if (derived !== record.address) throw corrupt(file, "address does not match the public key");
  return record;
}
