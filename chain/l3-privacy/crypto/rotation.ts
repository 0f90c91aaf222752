import { bytesEqual } from "./bytes.js";
import { combineVerified, epochKeyId, generateEpochKey, splitEpochKey } from "./epochKey.js";
import { L3CryptoCode, L3CryptoError } from "./errors.js";
import { openSealed, type SealedBox, type SealedLike, sealTo } from "./seal.js";
import { assertKey } from "./x25519.js";

/** A party (admin, member, router) or custodian with its X25519 public key. */
export interface KeyHolder {
  address: string;
  x25519PublicKey: Uint8Array;
}

/** The `strata.l3.v1.EpochRotation` fields. */
export interface EpochRotationData {
  epoch: number;
  keyId: Uint8Array;
  wraps: { recipient: string; sealed: SealedBox }[];
  shares: { custodian: string; sealed: SealedBox }[];
}

/** What an epoch record on chain gives a reader (`strata.l3.v1.Epoch`, fields that matter here). */
export interface EpochLike {
  number: number | bigint;
  keyId: Uint8Array;
  threshold: number;
  wraps: { recipient?: string | null; sealed?: SealedLike | null }[];
}

/** What a re-wrap request on chain gives its recipient (`strata.l3.v1.RewrapRequest`). */
export interface RewrapLike {
  id: number | bigint;
  epoch: number | bigint;
  recipient: string;
  shares: { custodian?: string | null; sealed?: SealedLike | null }[];
}

/**
 * Builds the material of epoch `epoch` (RULES.md, "Starting an epoch"): a fresh random key (or
 * `key`), its key id, one wrap per party and one Shamir share per custodian (t of n), each sealed
 * to its holder. Runs off-chain in the admin's client (or `strata l3 launch` for epoch 1); the
 * caller must drop `key` after use unless it is itself a party.
 * @throws L3CryptoError(invalidInput) for bad keys, duplicate holders or a bad threshold.
 */
export async function buildEpochRotation(input: {
  chainId: string;
  epoch: number;
  parties: KeyHolder[];
  custodians: KeyHolder[];
  threshold: number;
  key?: Uint8Array;
}): Promise<{ key: Uint8Array; rotation: EpochRotationData }> {
  const key = input.key ?? generateEpochKey();
  const { chainId, epoch } = input;
  for (const list of [input.parties, input.custodians]) {
    const seen = new Set<string>();
    for (const h of list) {
      if (seen.has(h.address))
        throw new L3CryptoError(L3CryptoCode.invalidInput, `${h.address} listed twice`);
      seen.add(h.address);
      assertKey(h.x25519PublicKey, `X25519 public key of ${h.address}`);
    }
  }
  const shares = await splitEpochKey(key, input.custodians.length, input.threshold);
  return {
    key,
    rotation: {
      epoch,
      keyId: epochKeyId(chainId, epoch, key),
      wraps: input.parties.map((p) => ({
        recipient: p.address,
        sealed: sealTo(p.x25519PublicKey, key, {
          purpose: "epoch-key",
          chainId,
          recipient: p.address,
          epoch,
        }),
      })),
      shares: input.custodians.map((c, i) => ({
        custodian: c.address,
        sealed: sealTo(c.x25519PublicKey, shares[i]!, {
          purpose: "share",
          chainId,
          recipient: c.address,
          epoch,
        }),
      })),
    },
  };
}

/**
 * Opens the wrap of epoch `epoch.number` addressed to `address` and checks it against the key id.
 * @throws L3CryptoError(noAccess) when the epoch has no wrap for `address`;
 * L3CryptoError(aeadFailure | keyIdMismatch) when it does not open to the committed key.
 */
export function unwrapEpochKey(
  secretKey: Uint8Array,
  address: string,
  chainId: string,
  epoch: EpochLike,
): Uint8Array {
  const wrap = epoch.wraps.find((w) => w.recipient === address);
  if (!wrap?.sealed)
    throw new L3CryptoError(L3CryptoCode.noAccess, `epoch ${epoch.number} has no wrap for ${address}`);
  const key = openSealed(secretKey, wrap.sealed, {
    purpose: "epoch-key",
    chainId,
    recipient: address,
    epoch: epoch.number,
  });
  if (key.length !== 32 || !bytesEqual(epochKeyId(chainId, epoch.number, key), epoch.keyId))
    throw new L3CryptoError(L3CryptoCode.keyIdMismatch, `wrap of epoch ${epoch.number} for ${address}`);
  return key;
}

/**
 * A custodian opens its own share of an epoch (in memory only; never written to disk).
 * @throws L3CryptoError(noAccess | aeadFailure).
 */
export function openCustodianShare(
  custodianSecretKey: Uint8Array,
  custodian: string,
  chainId: string,
  epoch: { number: number | bigint; shares: { custodian?: string | null; sealed?: SealedLike | null }[] },
): Uint8Array {
  const share = epoch.shares.find((s) => s.custodian === custodian);
  if (!share?.sealed)
    throw new L3CryptoError(L3CryptoCode.noAccess, `epoch ${epoch.number} has no share for ${custodian}`);
  return openSealed(custodianSecretKey, share.sealed, {
    purpose: "share",
    chainId,
    recipient: custodian,
    epoch: epoch.number,
  });
}

/**
 * A custodian's answer to a re-wrap request: its share of the request's epoch, opened in memory
 * and sealed to the recipient (purpose `rewrap-share`, refId = request id). The custodian never
 * holds more than its own share.
 * @throws L3CryptoError(noAccess | aeadFailure | invalidInput).
 */
export function resealShareForRecipient(input: {
  custodianSecretKey: Uint8Array;
  custodian: string;
  chainId: string;
  epoch: { number: number | bigint; shares: { custodian?: string | null; sealed?: SealedLike | null }[] };
  request: { id: number | bigint; recipient: string; recipientX25519PublicKey: Uint8Array };
}): SealedBox {
  const { chainId, epoch, request } = input;
  const share = openCustodianShare(input.custodianSecretKey, input.custodian, chainId, epoch);
  return sealTo(request.recipientX25519PublicKey, share, {
    purpose: "rewrap-share",
    chainId,
    recipient: request.recipient,
    epoch: epoch.number,
    refId: request.id,
  });
}

/**
 * The recipient of a fulfilled re-wrap request opens the shares sealed to it and rebuilds the
 * epoch key, checked against the key id (bad shares are skipped when more than `t` arrived).
 * @throws L3CryptoError(notEnoughShares) when fewer than `t` open or no `t` match the key id.
 */
export async function keyFromRewrap(
  secretKey: Uint8Array,
  chainId: string,
  epoch: EpochLike,
  request: RewrapLike,
): Promise<Uint8Array> {
  const opened: Uint8Array[] = [];
  for (const s of request.shares) {
    if (!s.sealed) continue;
    try {
      opened.push(
        openSealed(secretKey, s.sealed, {
          purpose: "rewrap-share",
          chainId,
          recipient: request.recipient,
          epoch: request.epoch,
          refId: request.id,
        }),
      );
    } catch {
      // A share that does not open (a faulty custodian) is skipped; the key id check decides.
    }
  }
  if (opened.length < epoch.threshold)
    throw new L3CryptoError(
      L3CryptoCode.notEnoughShares,
      `re-wrap ${request.id}: ${opened.length} share(s) open, ${epoch.threshold} needed`,
    );
  return combineVerified(opened, epoch.threshold, { chainId, epoch: epoch.number, keyId: epoch.keyId });
}

/**
 * A party's key for an epoch: its direct wrap, or else the first fulfilled re-wrap request of that
 * epoch addressed to it.
 * @throws L3CryptoError(noAccess) when neither exists (e.g. a removed member and a later epoch).
 */
export async function openEpochKey(
  secretKey: Uint8Array,
  address: string,
  chainId: string,
  epoch: EpochLike,
  rewraps: RewrapLike[] = [],
): Promise<Uint8Array> {
  if (epoch.wraps.some((w) => w.recipient === address))
    return unwrapEpochKey(secretKey, address, chainId, epoch);
  const mine = rewraps.filter((r) => r.recipient === address && BigInt(r.epoch) === BigInt(epoch.number));
  let last: unknown;
  for (const r of mine) {
    try {
      return await keyFromRewrap(secretKey, chainId, epoch, r);
    } catch (err) {
      last = err;
    }
  }
  if (last) throw last;
  throw new L3CryptoError(L3CryptoCode.noAccess, `${address} has no key for epoch ${epoch.number}`);
}
