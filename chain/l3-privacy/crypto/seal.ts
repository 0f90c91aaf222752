import { randomBytes } from "node:crypto";
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concat, lp, u64, utf8 } from "./bytes.js";
import { L3CryptoCode, L3CryptoError } from "./errors.js";
import { assertKey } from "./x25519.js";

/** HKDF info of every seal (RULES.md, "Sealing to an X25519 key"). */
export const SEAL_INFO = "strata/l3/seal/v1";

/** What a sealed value is for; part of the associated data, so one purpose's box never opens as another's. */
export type SealPurpose = "epoch-key" | "share" | "rewrap-share" | "model-key";

/** The context a seal is bound to (associated data). */
export interface SealContext {
  purpose: SealPurpose;
  chainId: string;
  /** Address of the recipient (party or custodian). */
  recipient: string;
  epoch: number | bigint;
  /** Re-wrap request id for `rewrap-share`, a caller-chosen reference otherwise; default 0. */
  refId?: number | bigint;
}

/** A sealed box as read from the chain (protobuf fields may be absent; {@link openSealed} checks them). */
export interface SealedLike {
  ephemeralPublicKey?: Uint8Array | null;
  nonce?: Uint8Array | null;
  ciphertext?: Uint8Array | null;
}

/** A value sealed to one X25519 public key (the `strata.l3.v1.Sealed` fields). */
export interface SealedBox {
  ephemeralPublicKey: Uint8Array;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/** `"strata/l3/seal/v1" ‖ lp(purpose) ‖ lp(chainId) ‖ lp(recipient) ‖ u64(epoch) ‖ u64(refId)`. */
export function sealAad(ctx: SealContext): Uint8Array {
  return concat(
    utf8(SEAL_INFO),
    lp(ctx.purpose),
    lp(ctx.chainId),
    lp(ctx.recipient),
    u64(ctx.epoch),
    u64(ctx.refId ?? 0),
  );
}

function kek(shared: Uint8Array, ephemeralPublicKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  return hkdf(sha256, shared, concat(ephemeralPublicKey, recipientPublicKey), utf8(SEAL_INFO), 32);
}

/**
 * Seals `plaintext` to `recipientPublicKey`: a fresh ephemeral X25519 key, the shared secret
 * through HKDF-SHA256 (salt = ephemeral ‖ recipient public key, info {@link SEAL_INFO}),
 * XChaCha20-Poly1305 with a random 24-byte nonce and {@link sealAad} as associated data.
 * @throws L3CryptoError(invalidInput) for a public key that is not 32 bytes or a low-order point.
 */
export function sealTo(recipientPublicKey: Uint8Array, plaintext: Uint8Array, ctx: SealContext): SealedBox {
  assertKey(recipientPublicKey, "recipient X25519 public key");
  const eph = new Uint8Array(randomBytes(32));
  const ephemeralPublicKey = x25519.getPublicKey(eph);
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(eph, recipientPublicKey);
  } catch (err) {
    throw new L3CryptoError(
      L3CryptoCode.invalidInput,
      `recipient X25519 public key rejected (${String(err)})`,
    );
  }
  const nonce = new Uint8Array(randomBytes(24));
  const key = kek(shared, ephemeralPublicKey, recipientPublicKey);
  const ciphertext = xchacha20poly1305(key, nonce, sealAad(ctx)).encrypt(plaintext);
  return { ephemeralPublicKey, nonce, ciphertext };
}

/**
 * Opens a {@link SealedBox} with the recipient's secret key and the same context.
 * @throws L3CryptoError(aeadFailure) when the box was tampered with, sealed to another key or
 * another context; L3CryptoError(invalidInput) for malformed fields.
 */
export function openSealed(recipientSecretKey: Uint8Array, box: SealedLike, ctx: SealContext): Uint8Array {
  assertKey(recipientSecretKey, "X25519 secret key");
  const ephemeralPublicKey = box?.ephemeralPublicKey ?? new Uint8Array();
  assertKey(ephemeralPublicKey, "ephemeral public key");
  if (box.nonce?.length !== 24)
    throw new L3CryptoError(
      L3CryptoCode.invalidInput,
      `nonce must be 24 bytes, got ${box.nonce?.length ?? 0}`,
    );
  const ciphertext = box.ciphertext ?? new Uint8Array();
  if (ciphertext.length < 16)
    throw new L3CryptoError(L3CryptoCode.invalidInput, "ciphertext shorter than the 16-byte tag");
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(recipientSecretKey, ephemeralPublicKey);
  } catch {
    throw new L3CryptoError(L3CryptoCode.aeadFailure, `sealed ${ctx.purpose} for ${ctx.recipient}`);
  }
  const key = kek(shared, ephemeralPublicKey, x25519.getPublicKey(recipientSecretKey));
  try {
    return xchacha20poly1305(key, box.nonce, sealAad(ctx)).decrypt(ciphertext);
  } catch {
    throw new L3CryptoError(
      L3CryptoCode.aeadFailure,
      `sealed ${ctx.purpose} for ${ctx.recipient} (epoch ${ctx.epoch})`,
    );
  }
}
