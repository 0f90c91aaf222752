import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { enumFromJson, enumToJson, isCanonicalAddress } from "../../../l2-orchestration/shared/index.js";
import {
  base64,
  bytesFrom,
  isPartyName,
  type SealedJson,
  SHARE_CIPHERTEXT_BYTES,
  sealedFromJson,
  sealedShapeError,
  sealedToJson,
  WRAP_CIPHERTEXT_BYTES,
} from "../../shared/index.js";
import { KeysCode, KeysError } from "./errors.js";
import { keysStore } from "./store.js";

const { RewrapStatus } = strata.l3.v1;

/** A custodian in genesis JSON. */
export interface CustodianJson {
  address: string;
  /** base64, 32 bytes. */
  x25519PublicKey: string;
  name?: string;
}

/** An epoch in genesis JSON. */
export interface EpochJson {
  number: number;
  keyId: string;
  startHeight?: number;
  threshold?: number;
  wraps: { recipient: string; sealed: SealedJson }[];
  shares: { custodian: string; sealed: SealedJson }[];
  reason?: string;
}

/** A re-wrap request in genesis JSON (export). */
export interface RewrapJson {
  id: number;
  epoch: number;
  recipient: string;
  recipientX25519PublicKey: string;
  requestedHeight?: number;
  shares: { custodian: string; sealed: SealedJson }[];
  status: string | number;
  fulfilledHeight?: number;
}

/** Genesis section of the keys module. */
export interface KeysGenesis {
  params: { threshold: number };
  custodians: CustodianJson[];
  /** Epochs 1..k in order; the last is current. A fresh chain has exactly epoch 1. */
  epochs: EpochJson[];
  rewraps?: RewrapJson[];
  nextRewrapId?: number;
}

function invalid(message: string): KeysError {
  return new KeysError(KeysCode.invalidGenesis, message);
}

/**
 * Loads params, custodians ([key-1]), epochs (shapes of [key-3]; the wraps of the current epoch
 * are checked against the parties by membership's genesis) and re-wrap requests.
 * @throws KeysError(invalidGenesis) naming the bad entry.
 */
export function initKeysGenesis(ctx: Context, raw: unknown): void {
  const g = (raw ?? {}) as Partial<KeysGenesis>;
  const custodians = g.custodians ?? [];
  const threshold = g.params?.threshold ?? 0;
  // [key-1] 2 ≤ t ≤ n
  if (!Number.isInteger(threshold) || threshold < 2 || threshold > custodians.length)
    throw invalid(`threshold ${threshold} with ${custodians.length} custodian(s): need 2 ≤ t ≤ n`);
  keysStore.setParams(ctx, { threshold });
  for (const [i, c] of custodians.entries()) {
    // [key-1] canonical addresses, 32-byte keys, no address twice
    if (!isCanonicalAddress(c.address ?? ""))
      throw invalid(`custodian ${i}: address is not an account address`);
    if (keysStore.custodianByAddress(ctx, c.address)) throw invalid(`custodian ${c.address} listed twice`);
    const pub = bytesFrom(c.x25519PublicKey);
    if (pub.length !== 32) throw invalid(`custodian ${c.address}: x25519PublicKey must be 32 bytes`);
    if (!isPartyName(c.name ?? "")) throw invalid(`custodian ${c.address}: name too long or not printable`);
    keysStore.setCustodian(ctx, {
      address: c.address,
      x25519PublicKey: pub,
      name: c.name ?? "",
      index: i + 1,
    });
  }
  const names = new Set(custodians.map((c) => c.address));
  const epochs = g.epochs ?? [];
  // [key-1] at least epoch 1, numbered 1..k
  if (epochs.length === 0) throw invalid("no epoch: genesis needs epoch 1");
  for (const [i, e] of epochs.entries()) {
    if (e.number !== i + 1) throw invalid(`epochs must be numbered 1..k in order, got ${e.number} at ${i}`);
    const keyId = bytesFrom(e.keyId);
    if (keyId.length !== 32) throw invalid(`epoch ${e.number}: keyId must be 32 bytes`);
    if (keysStore.epochOfKeyId(ctx, keyId) !== undefined) throw invalid(`epoch ${e.number}: keyId reused`);
    const seen = new Set<string>();
    for (const w of e.wraps ?? []) {
      const shape = sealedShapeError(sealedFromJson(w.sealed), WRAP_CIPHERTEXT_BYTES);
      if (shape || seen.has(w.recipient))
        throw invalid(`epoch ${e.number}: wrap for ${w.recipient}: ${shape ?? "twice"}`);
      seen.add(w.recipient);
    }
    const seenC = new Set<string>();
    for (const s of e.shares ?? []) {
      const shape = sealedShapeError(sealedFromJson(s.sealed), SHARE_CIPHERTEXT_BYTES);
      if (shape || !names.has(s.custodian) || seenC.has(s.custodian))
        throw invalid(`epoch ${e.number}: share for ${s.custodian}: ${shape ?? "not a custodian or twice"}`);
      seenC.add(s.custodian);
    }
    if (seenC.size !== names.size) throw invalid(`epoch ${e.number}: needs one share per custodian`);
    keysStore.setEpoch(ctx, {
      number: e.number,
      keyId,
      startHeight: e.startHeight ?? 0,
      threshold: e.threshold ?? threshold,
      wraps: (e.wraps ?? []).map((w) => ({ recipient: w.recipient, sealed: sealedFromJson(w.sealed) })),
      shares: (e.shares ?? []).map((s) => ({ custodian: s.custodian, sealed: sealedFromJson(s.sealed) })),
      reason: e.reason ?? "genesis",
    });
  }
  keysStore.setCurrentEpoch(ctx, epochs.length);
  let highest = 0;
  for (const r of g.rewraps ?? []) {
    const status = enumFromJson(RewrapStatus, r.status);
    if (!status || !Number.isSafeInteger(r.id) || r.id <= highest)
      throw invalid(`re-wrap ${r.id}: bad id or status`);
    if (!keysStore.getEpoch(ctx, r.epoch)) throw invalid(`re-wrap ${r.id}: unknown epoch ${r.epoch}`);
    keysStore.setRewrap(ctx, {
      id: r.id,
      epoch: r.epoch,
      recipient: r.recipient,
      recipientX25519PublicKey: bytesFrom(r.recipientX25519PublicKey),
      requestedHeight: r.requestedHeight ?? 0,
      shares: (r.shares ?? []).map((s) => ({ custodian: s.custodian, sealed: sealedFromJson(s.sealed) })),
      status,
      fulfilledHeight: r.fulfilledHeight ?? 0,
    });
    highest = r.id;
  }
  const next = g.nextRewrapId ?? highest + 1;
  if (!Number.isSafeInteger(next) || next <= highest)
    throw invalid(`nextRewrapId ${next} must be above ${highest}`);
  keysStore.setNextRewrapId(ctx, next);
}

/** The keys state in genesis form. */
export function exportKeysGenesis(ctx: Context): KeysGenesis {
  return {
    params: { threshold: keysStore.getParams(ctx).threshold },
    custodians: keysStore.custodians(ctx).map((c) => ({
      address: c.address,
      x25519PublicKey: base64(c.x25519PublicKey),
      name: c.name,
    })),
    epochs: [...keysStore.epochs(ctx)].map((e) => ({
      number: e.number,
      keyId: base64(e.keyId),
      startHeight: e.startHeight,
      threshold: e.threshold,
      wraps: e.wraps.map((w) => ({ recipient: w.recipient ?? "", sealed: sealedToJson(w.sealed) })),
      shares: e.shares.map((s) => ({ custodian: s.custodian ?? "", sealed: sealedToJson(s.sealed) })),
      reason: e.reason,
    })),
    rewraps: [...keysStore.rewraps(ctx)].map((r) => ({
      id: r.id,
      epoch: r.epoch,
      recipient: r.recipient,
      recipientX25519PublicKey: base64(r.recipientX25519PublicKey),
      requestedHeight: r.requestedHeight,
      shares: r.shares.map((s) => ({ custodian: s.custodian ?? "", sealed: sealedToJson(s.sealed) })),
      status: enumToJson(RewrapStatus, r.status),
      fulfilledHeight: r.fulfilledHeight,
    })),
    nextRewrapId: keysStore.nextRewrapId(ctx),
  };
}
