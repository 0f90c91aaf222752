/**
 * Private model weights (DNA Layer's proprietary models): the weights file is encrypted with a
 * fresh random 32-byte weights key as an L3 record (`sealRecord`, field `"model-weights"`, the model
 * id as the task id, so the ciphertext is bound to its chain and model), and the weights key is
 * sealed (purpose `"model-key"`) to each of the L3's members and allow-listed routers, and to no one
 * else. The L2 model registry holds the sha256 of the **ciphertext** (what executors and users can
 * check without the key); an allow-listed router opens its wrap and decrypts the weights to load
 * them. Uses only the L3 crypto library (chain/l3-privacy/crypto).
 */
import { randomBytes } from "node:crypto";
import { sha256 } from "../../../chain/core/crypto/index.js";
import {
  bytesEqual,
  type KeyHolder,
  L3CryptoCode,
  L3CryptoError,
  openRecord,
  openSealed,
  type SealedBox,
  sealRecord,
  sealTo,
} from "../../../chain/l3-privacy/crypto/index.js";

/** The record field of model weights. */
export const MODEL_WEIGHTS_FIELD = "model-weights";
// Records need a positive epoch; a model's key is its own, not an epoch key, so it is version 1.
const WEIGHTS_KEY_VERSION = 1;

/** An encrypted model version: what is published (ciphertext, digest) and the wraps of its key. */
export interface EncryptedModel {
  /** `name@version`. */
  modelId: string;
  /** The L3 whose parties may read it. */
  chainId: string;
  nonce: Uint8Array;
  /** The encrypted weights file (tag included). */
  ciphertext: Uint8Array;
  /** sha256 of `ciphertext` (hex): the registry's digest of a private version. */
  ciphertextSha256: string;
  /** sha256 of the plaintext weights (hex): checked after decryption. */
  weightsSha256: string;
  /** The weights key sealed to each reader (members and allow-listed routers only). */
  wraps: { recipient: string; sealed: SealedBox }[];
}

/**
 * Encrypts a weights file for the given readers (the L3's members and allow-listed routers).
 * The weights key exists only in this call's memory and in the wraps.
 * @throws L3CryptoError(invalidInput) for a bad reader key.
 */
export function encryptModelWeights(
  weights: Uint8Array,
  target: { chainId: string; modelId: string; readers: KeyHolder[] },
): EncryptedModel {
  const key = new Uint8Array(randomBytes(32));
  try {
    const rec = sealRecord(
      key,
      WEIGHTS_KEY_VERSION,
      { chainId: target.chainId, taskId: target.modelId, field: MODEL_WEIGHTS_FIELD },
      weights,
    );
    const wraps = target.readers.map((r) => ({
      recipient: r.address,
      sealed: sealTo(r.x25519PublicKey, key, {
        purpose: "model-key",
        chainId: target.chainId,
        recipient: r.address,
        epoch: WEIGHTS_KEY_VERSION,
      }),
    }));
    return {
      modelId: target.modelId,
      chainId: target.chainId,
      nonce: rec.nonce,
      ciphertext: rec.ciphertext,
      ciphertextSha256: Buffer.from(sha256(rec.ciphertext)).toString("hex"),
      weightsSha256: Buffer.from(sha256(weights)).toString("hex"),
      wraps,
    };
  } finally {
    key.fill(0);
  }
}

/**
 * Decrypts a private model's weights with the reader's own wrap: checks the ciphertext against its
 * registered digest, opens the wrap, decrypts, and checks the plaintext digest.
 * @throws L3CryptoError: noAccess (no wrap for `reader`), aeadFailure (a tampered ciphertext or a
 *   wrong key), keyIdMismatch (a ciphertext or plaintext whose digest differs).
 */
export function decryptModelWeights(
  model: EncryptedModel,
  reader: { address: string; secretKey: Uint8Array },
): Uint8Array {
  if (Buffer.from(sha256(model.ciphertext)).toString("hex") !== model.ciphertextSha256)
    throw new L3CryptoError(
      L3CryptoCode.keyIdMismatch,
      `ciphertext of ${model.modelId} does not match its digest`,
    );
  const wrap = model.wraps.find((w) => w.recipient === reader.address);
  if (!wrap)
    throw new L3CryptoError(
      L3CryptoCode.noAccess,
      `no weights key of ${model.modelId} for ${reader.address}`,
    );
  const key = openSealed(reader.secretKey, wrap.sealed, {
    purpose: "model-key",
    chainId: model.chainId,
    recipient: reader.address,
    epoch: WEIGHTS_KEY_VERSION,
  });
  try {
    const weights = openRecord(
      key,
      { epoch: WEIGHTS_KEY_VERSION, nonce: model.nonce, ciphertext: model.ciphertext },
      { chainId: model.chainId, taskId: model.modelId, field: MODEL_WEIGHTS_FIELD },
    );
    if (!bytesEqual(sha256(weights), Buffer.from(model.weightsSha256, "hex")))
      throw new L3CryptoError(
        L3CryptoCode.keyIdMismatch,
        `weights of ${model.modelId} do not match their digest`,
      );
    return weights;
  } finally {
    key.fill(0);
  }
}
