import { randomBytes } from "node:crypto";
import { sha256 } from "@noble/hashes/sha2.js";
import { combine, split } from "shamir-secret-sharing";
import { bytesEqual, concat, lp, u64, utf8 } from "./bytes.js";
import { L3CryptoCode, L3CryptoError } from "./errors.js";
import { assertKey } from "./x25519.js";

/** Prefix of the key id hash (RULES.md, "Key id"). */
export const KEY_ID_PREFIX = "strata/l3/key-id/v1";

/** A fresh random 32-byte epoch key (off-chain only: state transitions never draw randomness). */
export function generateEpochKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

/**
 * `sha256("strata/l3/key-id/v1" ‖ lp(chainId) ‖ u64(epoch) ‖ key)`: the public commitment to an
 * epoch key, stored on chain, against which unwrapped and rebuilt keys are checked.
 */
export function epochKeyId(chainId: string, epoch: number | bigint, key: Uint8Array): Uint8Array {
  assertKey(key, "epoch key");
  return sha256(concat(utf8(KEY_ID_PREFIX), lp(chainId), u64(epoch), key));
}

/**
 * Splits an epoch key into `n` Shamir shares (GF(256), `shamir-secret-sharing`), any `t` of which
 * rebuild it. Each share is 33 bytes (32 share bytes and the x-coordinate).
 * @throws L3CryptoError(invalidInput) unless 2 ≤ t ≤ n ≤ 255 and the key is 32 bytes.
 */
export async function splitEpochKey(key: Uint8Array, n: number, t: number): Promise<Uint8Array[]> {
  assertKey(key, "epoch key");
  if (!Number.isInteger(n) || !Number.isInteger(t) || t < 2 || t > n || n > 255)
    throw new L3CryptoError(L3CryptoCode.invalidInput, `threshold ${t} of ${n} shares: need 2 ≤ t ≤ n ≤ 255`);
  return split(key, n, t);
}

/**
 * Rebuilds a key from shares. With fewer than the threshold the result is a different, unrelated
 * value: pass `keyId` (and the chain id and epoch) to detect that.
 * @throws L3CryptoError(notEnoughShares) for fewer than 2 shares, duplicates or mixed lengths;
 * L3CryptoError(keyIdMismatch) when `check` is given and the rebuilt key does not match.
 */
export async function combineShares(
  shares: Uint8Array[],
  check?: { chainId: string; epoch: number | bigint; keyId: Uint8Array },
): Promise<Uint8Array> {
  if (shares.length < 2 || shares.some((s) => s.length !== 33))
    throw new L3CryptoError(
      L3CryptoCode.notEnoughShares,
      `got ${shares.length} share(s) (33 bytes each needed)`,
    );
  let key: Uint8Array;
  try {
    key = await combine(shares);
  } catch (err) {
    throw new L3CryptoError(L3CryptoCode.notEnoughShares, `combine refused the shares (${String(err)})`);
  }
  if (check && !bytesEqual(epochKeyId(check.chainId, check.epoch, key), check.keyId))
    throw new L3CryptoError(L3CryptoCode.keyIdMismatch, `rebuilt key of epoch ${check.epoch}`);
  return key;
}

/**
 * Tries every `t`-subset of `shares` (in order) until one rebuilds a key matching `keyId`: a
 * custodian that sent a bad share cannot block a recipient who has more than `t` shares.
 * @throws L3CryptoError(notEnoughShares) when no subset matches.
 */
export async function combineVerified(
  shares: Uint8Array[],
  t: number,
  check: { chainId: string; epoch: number | bigint; keyId: Uint8Array },
): Promise<Uint8Array> {
  const pick: number[] = [];
  const attempt = async (start: number): Promise<Uint8Array | undefined> => {
    if (pick.length === t) {
      try {
        return await combineShares(
          pick.map((i) => shares[i]!),
          check,
        );
      } catch {
        return undefined;
      }
    }
    for (let i = start; i < shares.length; i++) {
      pick.push(i);
      const found = await attempt(i + 1);
      pick.pop();
      if (found) return found;
    }
    return undefined;
  };
  const key = t >= 2 ? await attempt(0) : undefined;
  if (!key)
    throw new L3CryptoError(
      L3CryptoCode.notEnoughShares,
      `no ${t} of the ${shares.length} share(s) rebuild the key of epoch ${check.epoch}`,
    );
  return key;
}
