import { randomBytes } from "node:crypto";
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concat, lp, u64, utf8 } from "./bytes.js";
import { L3CryptoCode, L3CryptoError } from "./errors.js";
import { assertKey } from "./x25519.js";

/** HKDF info of the record key (RULES.md, "Records"). */
export const RECORD_KEY_INFO = "strata/l3/record-key/v1";
/** Prefix of a record's associated data. */
export const RECORD_AAD_PREFIX = "strata/l3/record/v1";

/** What a record is bound to: the chain, the task, which field, the epoch. */
export interface RecordContext {
  chainId: string;
  taskId: string;
  /** `"prompt"`, `"completion"`, or another field name (e.g. `"stream:3"`, `"model-weights"`). */
  field: string;
}

/** An encrypted record (the `strata.l3.v1.EncryptedRecord` fields). */
export interface SealedRecord {
  epoch: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/** An encrypted record as read from the chain (protobuf fields may be absent; {@link openRecord} checks them). */
export interface RecordLike {
  epoch?: number | bigint | null;
  nonce?: Uint8Array | null;
  ciphertext?: Uint8Array | null;
}

/** `HKDF-SHA256(ikm = epoch key, salt = empty, info = "strata/l3/record-key/v1" ‖ lp(chainId) ‖ u64(epoch))`. */
export function recordKey(epochKey: Uint8Array, chainId: string, epoch: number | bigint): Uint8Array {
  assertKey(epochKey, "epoch key");
  return hkdf(sha256, epochKey, undefined, concat(utf8(RECORD_KEY_INFO), lp(chainId), u64(epoch)), 32);
}

/** `"strata/l3/record/v1" ‖ lp(chainId) ‖ lp(taskId) ‖ lp(field) ‖ u64(epoch)`. */
export function recordAad(ctx: RecordContext, epoch: number | bigint): Uint8Array {
  return concat(utf8(RECORD_AAD_PREFIX), lp(ctx.chainId), lp(ctx.taskId), lp(ctx.field), u64(epoch));
}

/**
 * Encrypts a record under epoch `epoch`'s key: XChaCha20-Poly1305 with the derived record key, a
 * random 24-byte nonce and {@link recordAad} (so a ciphertext moved to another chain, task, field
 * or epoch fails to open).
 * @throws L3CryptoError(invalidInput) for a key that is not 32 bytes or a bad epoch.
 */
export function sealRecord(
  epochKey: Uint8Array,
  epoch: number,
  ctx: RecordContext,
  plaintext: Uint8Array | string,
): SealedRecord {
  if (!Number.isSafeInteger(epoch) || epoch < 1)
    throw new L3CryptoError(L3CryptoCode.invalidInput, `epoch must be a positive integer, got ${epoch}`);
  const nonce = new Uint8Array(randomBytes(24));
  const data = typeof plaintext === "string" ? utf8(plaintext) : plaintext;
  const ciphertext = xchacha20poly1305(
    recordKey(epochKey, ctx.chainId, epoch),
    nonce,
    recordAad(ctx, epoch),
  ).encrypt(data);
  return { epoch, nonce, ciphertext };
}

/**
 * Decrypts a record with the key of its epoch (the caller picks the key by `record.epoch`).
 * @throws L3CryptoError(aeadFailure) on a tampered ciphertext, a wrong key or context;
 * L3CryptoError(invalidInput) for malformed fields.
 */
export function openRecord(epochKey: Uint8Array, record: RecordLike, ctx: RecordContext): Uint8Array {
  if (record?.nonce?.length !== 24)
    throw new L3CryptoError(
      L3CryptoCode.invalidInput,
      `record nonce must be 24 bytes, got ${record?.nonce?.length ?? 0}`,
    );
  const ciphertext = record.ciphertext ?? new Uint8Array();
  if (ciphertext.length < 16)
    throw new L3CryptoError(L3CryptoCode.invalidInput, "record ciphertext shorter than the 16-byte tag");
  const epoch = Number(record.epoch ?? 0);
  if (!Number.isSafeInteger(epoch) || epoch < 1)
    throw new L3CryptoError(L3CryptoCode.invalidInput, `record epoch must be positive, got ${record.epoch}`);
  const nonce = record.nonce;
  try {
    return xchacha20poly1305(recordKey(epochKey, ctx.chainId, epoch), nonce, recordAad(ctx, epoch)).decrypt(
      ciphertext,
    );
  } catch (err) {
    if (err instanceof L3CryptoError) throw err;
    throw new L3CryptoError(
      L3CryptoCode.aeadFailure,
      `record ${ctx.field} of task ${ctx.taskId} (epoch ${epoch})`,
    );
  }
}

/** {@link openRecord} decoded as UTF-8 text. */
export function openRecordText(epochKey: Uint8Array, record: RecordLike, ctx: RecordContext): string {
  return new TextDecoder().decode(openRecord(epochKey, record, ctx));
}
