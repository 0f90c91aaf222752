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
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** The wraps file beside an encrypted weights file (`FILE.enc` → `FILE.enc.keys.json`). */
export function modelKeysPath(encPath: string): string {
  return `${encPath}.keys.json`;
}

/** The JSON beside the ciphertext: everything but the ciphertext, binary fields in base64. */
interface ModelKeysJson {
  format: "strata/private-model/v1";
  modelId: string;
  chainId: string;
  nonce: string;
  ciphertextSha256: string;
  weightsSha256: string;
  wraps: { recipient: string; ephemeralPublicKey: string; nonce: string; ciphertext: string }[];
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

/**
 * Writes an encrypted model: the ciphertext at `outPath` and its wraps at {@link modelKeysPath}
 * (both mode 0644: neither reveals the weights without a reader's X25519 key).
 */
export async function writeEncryptedModel(model: EncryptedModel, outPath: string): Promise<void> {
  const json: ModelKeysJson = {
    format: "strata/private-model/v1",
    modelId: model.modelId,
    chainId: model.chainId,
    nonce: b64(model.nonce),
    ciphertextSha256: model.ciphertextSha256,
    weightsSha256: model.weightsSha256,
    wraps: model.wraps.map((w) => ({
      recipient: w.recipient,
      ephemeralPublicKey: b64(w.sealed.ephemeralPublicKey),
      nonce: b64(w.sealed.nonce),
      ciphertext: b64(w.sealed.ciphertext),
    })),
  };
  await writeFile(outPath, model.ciphertext);
  await writeFile(modelKeysPath(outPath), `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * Reads an encrypted model written by {@link writeEncryptedModel}.
 * @throws L3CryptoError(invalidInput) when the wraps file is missing or malformed.
 */
export async function readEncryptedModel(encPath: string): Promise<EncryptedModel> {
  let json: ModelKeysJson;
  try {
    json = JSON.parse(await readFile(modelKeysPath(encPath), "utf8")) as ModelKeysJson;
    if (json.format !== "strata/private-model/v1" || !Array.isArray(json.wraps))
      throw new Error("not a wraps file");
  } catch (err) {
    throw new L3CryptoError(
      L3CryptoCode.invalidInput,
      `cannot read the key wraps of ${encPath} at ${modelKeysPath(encPath)}: ${(err as Error).message}`,
    );
  }
  return {
    modelId: json.modelId,
    chainId: json.chainId,
    nonce: unb64(json.nonce),
    ciphertext: new Uint8Array(await readFile(encPath)),
    ciphertextSha256: json.ciphertextSha256,
    weightsSha256: json.weightsSha256,
    wraps: json.wraps.map((w) => ({
      recipient: w.recipient,
      sealed: {
        ephemeralPublicKey: unb64(w.ephemeralPublicKey),
        nonce: unb64(w.nonce),
        ciphertext: unb64(w.ciphertext),
      },
    })),
  };
}

/** A private model decrypted for serving: a 0600 temporary file, removed by `remove`. */
export interface OpenedPrivateModel {
  /** The plaintext weights file (mode 0600, in a 0700 temporary directory). */
  path: string;
  /** sha256 of the plaintext (hex). */
  weightsSha256: string;
  /** Deletes the plaintext file and its directory (idempotent). */
  remove(): Promise<void>;
}

/**
 * What a router does with `--model FILE.enc --l3 …`: [REJECT] the ciphertext's sha256 is not the
 * L2 registry's `encrypted_weights_sha256`; [REJECT] no wrap for the router (not allow-listed when
 * the model was encrypted); [REJECT] a tampered ciphertext (AEAD). Then writes the plaintext to a
 * 0600 temporary file for the inference backend.
 * @throws L3CryptoError (keyIdMismatch, noAccess, aeadFailure, invalidInput).
 */
export async function openPrivateModelFile(
  encPath: string,
  opts: { registryDigest: string; reader: { address: string; secretKey: Uint8Array } },
): Promise<OpenedPrivateModel> {
  const model = await readEncryptedModel(encPath);
  const actual = Buffer.from(sha256(model.ciphertext)).toString("hex");
  if (actual !== opts.registryDigest)
    throw new L3CryptoError(
      L3CryptoCode.keyIdMismatch,
      `${encPath} has sha256 ${actual} but the L2 registry pins encrypted_weights_sha256 ${opts.registryDigest || "(none: not a private version)"}`,
    );
  const weights = decryptModelWeights(model, opts.reader);
  const dir = await mkdtemp(join(tmpdir(), "strata-private-model-"));
  const path = join(dir, "weights.gguf");
  try {
    await writeFile(path, weights, { mode: 0o600 });
  } finally {
    weights.fill(0);
  }
  let removed = false;
  return {
    path,
    weightsSha256: model.weightsSha256,
    async remove() {
      if (removed) return;
      removed = true;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
