import type { strata } from "../../../proto/gen/strata.js";

/** Largest ciphertext of one encrypted record ([task-3]). */
export const MAX_RECORD_CIPHERTEXT = 262_144;
/** Ciphertext length of a wrapped epoch key: 32-byte key + 16-byte tag ([key-3]). */
export const WRAP_CIPHERTEXT_BYTES = 48;
/** Ciphertext length of a sealed Shamir share: 33-byte share + 16-byte tag ([key-3]). */
export const SHARE_CIPHERTEXT_BYTES = 49;

/**
 * Why a `Sealed` box breaks the shape rule of [key-3] (32-byte ephemeral key, 24-byte nonce, a
 * ciphertext of `ciphertextBytes`), or undefined when it is well formed.
 */
export function sealedShapeError(
  sealed: strata.l3.v1.ISealed | null | undefined,
  ciphertextBytes: number,
): string | undefined {
  if (!sealed) return "missing sealed box";
  if (sealed.ephemeralPublicKey?.length !== 32) return "ephemeral public key must be 32 bytes";
  if (sealed.nonce?.length !== 24) return "nonce must be 24 bytes";
  if (sealed.ciphertext?.length !== ciphertextBytes) return `ciphertext must be ${ciphertextBytes} bytes`;
  return undefined;
}

const NAME = /^[\x20-\x7e]{0,64}$/;
const TASK_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MODEL = /^[\x21-\x7e]{1,128}$/;

/** A party or custodian label: at most 64 printable ASCII characters. */
export function isPartyName(name: string): boolean {
  return NAME.test(name);
}

/** [task-1] 1..128 characters of `[A-Za-z0-9._:-]`. */
export function isTaskId(id: string): boolean {
  return TASK_ID.test(id);
}

/** [task-1] 1..128 printable ASCII characters without spaces. */
export function isModelId(model: string): boolean {
  return MODEL.test(model);
}

/** Bytes from a base64 string (genesis JSON) or bytes. */
export function bytesFrom(value: string | Uint8Array | null | undefined): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return new Uint8Array(Buffer.from(value ?? "", "base64"));
}

/** Base64 of bytes (genesis export). */
export function base64(bytes: Uint8Array | null | undefined): string {
  return Buffer.from(bytes ?? new Uint8Array()).toString("base64");
}
