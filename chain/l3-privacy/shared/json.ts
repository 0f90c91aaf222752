import type { strata } from "../../../proto/gen/strata.js";
import { base64, bytesFrom } from "./fields.js";

/** A `Sealed` box in genesis JSON (bytes as base64). */
export interface SealedJson {
  ephemeralPublicKey: string;
  nonce: string;
  ciphertext: string;
}

/** An `EncryptedRecord` in JSON (bytes as base64). */
export interface EncryptedRecordJson {
  epoch: number;
  nonce: string;
  ciphertext: string;
}

/** Sealed box from JSON (base64) or bytes. */
export function sealedFromJson(
  j: Partial<SealedJson> | strata.l3.v1.ISealed | null | undefined,
): strata.l3.v1.ISealed {
  const x = (j ?? {}) as Record<string, string | Uint8Array | undefined>;
  return {
    ephemeralPublicKey: bytesFrom(x.ephemeralPublicKey),
    nonce: bytesFrom(x.nonce),
    ciphertext: bytesFrom(x.ciphertext),
  };
}

/** Sealed box to JSON. */
export function sealedToJson(s: strata.l3.v1.ISealed | null | undefined): SealedJson {
  return {
    ephemeralPublicKey: base64(s?.ephemeralPublicKey),
    nonce: base64(s?.nonce),
    ciphertext: base64(s?.ciphertext),
  };
}

/** Encrypted record to JSON. */
export function recordToJson(
  r: strata.l3.v1.IEncryptedRecord | null | undefined,
): EncryptedRecordJson | null {
  if (!r) return null;
  return { epoch: Number(r.epoch ?? 0), nonce: base64(r.nonce), ciphertext: base64(r.ciphertext) };
}

/** Encrypted record from JSON (base64) or bytes. */
export function recordFromJson(
  j: Partial<EncryptedRecordJson> | strata.l3.v1.IEncryptedRecord | null | undefined,
): strata.l3.v1.IEncryptedRecord | null {
  if (!j) return null;
  const x = j as Record<string, string | number | Uint8Array | undefined>;
  return {
    epoch: Number(x.epoch ?? 0),
    nonce: bytesFrom(x.nonce as string | Uint8Array),
    ciphertext: bytesFrom(x.ciphertext as string | Uint8Array),
  };
}
