/**
 * Passphrase encryption of one secret: scrypt derives 64 bytes from the passphrase and a random
 * salt; the first 32 are the AES-256-GCM key, the hash of the last 32 is stored as a passphrase
 * check. The check adds nothing an attacker lacks (the GCM tag already confirms a guess, and each
 * guess still costs one scrypt) but lets us tell "wrong passphrase" from "tampered ciphertext".
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from "node:crypto";
import { KeyringError, KeyringErrorCode } from "./errors.js";

/** Default scrypt cost, log2(N): 2^17 with r = 8 needs 128 MiB and about half a second. */
export const DEFAULT_KDF_COST = 17;
/** Lowest accepted scrypt cost (log2 N); only tests should go this low. */
export const MIN_KDF_COST = 10;
/** Highest accepted scrypt cost (log2 N); bounds the memory a (tampered) key file can demand. */
export const MAX_KDF_COST = 18;

const SCRYPT_R = 8;
const SCRYPT_P = 1;
const SALT_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** scrypt parameters as stored (salt base64). */
export interface ScryptParams {
  name: "scrypt";
  n: number;
  r: number;
  p: number;
  salt: string;
}

/** AES-256-GCM parameters as stored (base64). */
export interface GcmParams {
  name: "aes-256-gcm";
  nonce: string;
  tag: string;
}

/** An encrypted secret, all binary fields base64. */
export interface SealedSecret {
  kdf: ScryptParams;
  cipher: GcmParams;
  /** SHA-256 of the second half of the derived key: verifies the passphrase. */
  check: string;
  ciphertext: string;
}

/**
 * Validates a KDF cost option.
 * @throws {KeyringError} invalidOption unless an integer in {@link MIN_KDF_COST}..{@link MAX_KDF_COST}
 */
export function validateKdfCost(cost: number): void {
  if (!Number.isInteger(cost) || cost < MIN_KDF_COST || cost > MAX_KDF_COST) {
    throw new KeyringError(
      KeyringErrorCode.invalidOption,
      `KDF cost must be an integer from ${MIN_KDF_COST} to ${MAX_KDF_COST} (log2 of scrypt N), got ${cost}`,
    );
  }
}

function deriveKey(passphrase: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFKC so the same passphrase typed on differently normalizing systems gives the same key
    scrypt(passphrase.normalize("NFKC"), salt, 64, { N: n, r, p, maxmem: 256 * n * r * p }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function passphraseCheck(derived: Buffer): Buffer {
  return createHash("sha256").update(derived.subarray(32)).digest();
}

/**
 * Encrypts `plaintext` under `passphrase`, binding `aad` (authenticated, not encrypted).
 * @param kdfCost - log2 of scrypt N
 * @throws {KeyringError} invalidOption for an out-of-range `kdfCost`
 */
export async function sealSecret(
  plaintext: string,
  passphrase: string,
  aad: Uint8Array,
  kdfCost: number,
): Promise<SealedSecret> {
  validateKdfCost(kdfCost);
  const n = 2 ** kdfCost;
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const derived = await deriveKey(passphrase, salt, n, SCRYPT_R, SCRYPT_P);
  try {
    const cipher = createCipheriv("aes-256-gcm", derived.subarray(0, 32), nonce, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return {
      kdf: { name: "scrypt", n, r: SCRYPT_R, p: SCRYPT_P, salt: salt.toString("base64") },
      cipher: {
        name: "aes-256-gcm",
        nonce: nonce.toString("base64"),
        tag: cipher.getAuthTag().toString("base64"),
      },
      check: passphraseCheck(derived).toString("base64"),
      ciphertext: ciphertext.toString("base64"),
    };
  } finally {
    derived.fill(0);
  }
}

function checkParams(sealed: SealedSecret): { salt: Buffer; nonce: Buffer; tag: Buffer; check: Buffer } {
  const { n, r, p } = sealed.kdf;
  // [REJECT] scrypt parameters must be the ones we write, within the cost bounds
  // (a tampered file must not make us allocate gigabytes)
  const cost = Math.log2(n);
  if (
    !Number.isInteger(cost) ||
    cost < MIN_KDF_COST ||
    cost > MAX_KDF_COST ||
    r !== SCRYPT_R ||
    p !== SCRYPT_P
  ) {
    throw new KeyringError(
      KeyringErrorCode.corruptKey,
      `unsupported scrypt parameters (N=${n}, r=${r}, p=${p})`,
    );
  }
  const salt = Buffer.from(sealed.kdf.salt, "base64");
  const nonce = Buffer.from(sealed.cipher.nonce, "base64");
  const tag = Buffer.from(sealed.cipher.tag, "base64");
  const check = Buffer.from(sealed.check, "base64");
  // [REJECT] salt, nonce, tag and check have fixed lengths
  if (
    salt.length !== SALT_BYTES ||
    nonce.length !== NONCE_BYTES ||
    tag.length !== TAG_BYTES ||
    check.length !== 32
  ) {
    throw new KeyringError(KeyringErrorCode.corruptKey, "malformed encryption parameters");
  }
  return { salt, nonce, tag, check };
}

/**
 * True when `passphrase` is the one `sealed` was encrypted with (one scrypt, no decryption).
 * @throws {KeyringError} corruptKey when the parameters are out of bounds or malformed
 */
export async function checkPassphrase(sealed: SealedSecret, passphrase: string): Promise<boolean> {
  const { salt, check } = checkParams(sealed);
  const derived = await deriveKey(passphrase, salt, sealed.kdf.n, sealed.kdf.r, sealed.kdf.p);
  try {
    return timingSafeEqual(passphraseCheck(derived), check);
  } finally {
    derived.fill(0);
  }
}

/**
 * Decrypts a {@link SealedSecret}. `aad` must equal the value given to {@link sealSecret}.
 * @throws {KeyringError} wrongPassphrase when the passphrase check fails;
 *   corruptKey when parameters are out of bounds or the ciphertext, tag or `aad` were altered
 */
export async function openSecret(sealed: SealedSecret, passphrase: string, aad: Uint8Array): Promise<string> {
  const { salt, nonce, tag, check } = checkParams(sealed);
  const derived = await deriveKey(passphrase, salt, sealed.kdf.n, sealed.kdf.r, sealed.kdf.p);
  try {
    if (!timingSafeEqual(passphraseCheck(derived), check)) {
      throw new KeyringError(KeyringErrorCode.wrongPassphrase, "wrong passphrase");
    }
    const decipher = createDecipheriv("aes-256-gcm", derived.subarray(0, 32), nonce, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([
        decipher.update(Buffer.from(sealed.ciphertext, "base64")),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      throw new KeyringError(
        KeyringErrorCode.corruptKey,
        "authentication failed: the key file was modified after it was written",
      );
    }
  } finally {
    derived.fill(0);
  }
}
