import { Params, ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import type { StoreSource } from "../../app/context.js";
import { VALCONS_PREFIX } from "../../crypto/address.js";
import { addressBytes } from "../../crypto/index.js";
import type { KVStore } from "../../store/index.js";
import {
  consAddressString,
  decFromWire,
  decToWire,
  durationFromNs,
  nsFromDuration,
  nsFromTimestamp,
  timestampFromNs,
} from "../staking/index.js";
import { key, SlashingKey, u64 } from "./keys.js";
import { DEFAULT_SLASHING_PARAMS, type SlashingParams } from "./params.js";

/** Name (and store namespace) of the slashing module. */
export const SLASHING_MODULE = "slashing";

const EMPTY = new Uint8Array();
const enc = new TextEncoder();
const dec = new TextDecoder();
const decodedParams = new WeakMap<Uint8Array, SlashingParams>();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(SLASHING_MODULE);
}

/** A validator's liveness record. */
export interface SigningInfo {
  /** Consensus address (20 bytes). */
  address: Uint8Array;
  /** Height it was (re)bonded at; downtime is not judged before a full window after it. */
  startHeight: bigint;
  /** Blocks counted so far; `indexOffset % window` is the next bitmap slot. */
  indexOffset: bigint;
  /** Block time before which it cannot unjail, ns. */
  jailedUntilNs: bigint;
  /** Set after a double sign: never unjailed again. */
  tombstoned: boolean;
  /** Missed blocks in the current window. */
  missedBlocksCounter: bigint;
}

/** The protobuf form of a signing info (queries return it). */
export function signingInfoToProto(s: SigningInfo): ValidatorSigningInfo {
  return {
    address: consAddressString(s.address),
    startHeight: s.startHeight,
    indexOffset: s.indexOffset,
    jailedUntil: timestampFromNs(s.jailedUntilNs),
    tombstoned: s.tombstoned,
    missedBlocksCounter: s.missedBlocksCounter,
  };
}

function decodeSigningInfo(raw: Uint8Array): SigningInfo {
  const p = ValidatorSigningInfo.decode(raw);
  return {
    address: addressBytes(p.address, VALCONS_PREFIX),
    startHeight: p.startHeight,
    indexOffset: p.indexOffset,
    jailedUntilNs: nsFromTimestamp(p.jailedUntil),
    tombstoned: p.tombstoned,
    missedBlocksCounter: p.missedBlocksCounter,
  };
}

/** The only code that touches the slashing store: params, signing infos and missed-block bitmaps. */
export const slashingStore = {
  getParams(ctx: StoreSource): SlashingParams {
    const raw = kv(ctx).get(Uint8Array.of(SlashingKey.params));
    if (!raw) return DEFAULT_SLASHING_PARAMS;
    let p = decodedParams.get(raw);
    if (!p) {
      const q = Params.decode(raw);
      p = {
        signedBlocksWindow: q.signedBlocksWindow,
        minSignedPerWindow: decFromWire(dec.decode(q.minSignedPerWindow)),
        downtimeJailDurationNs: nsFromDuration(q.downtimeJailDuration),
        slashFractionDoubleSign: decFromWire(dec.decode(q.slashFractionDoubleSign)),
        slashFractionDowntime: decFromWire(dec.decode(q.slashFractionDowntime)),
      };
      decodedParams.set(raw, p);
    }
    return p;
  },

  /** The protobuf params: the decimals are `bytes` holding the wire text, as in the SDK. */
  paramsToProto(p: SlashingParams): Params {
    return {
      signedBlocksWindow: p.signedBlocksWindow,
      minSignedPerWindow: enc.encode(decToWire(p.minSignedPerWindow)),
      downtimeJailDuration: durationFromNs(p.downtimeJailDurationNs),
      slashFractionDoubleSign: enc.encode(decToWire(p.slashFractionDoubleSign)),
      slashFractionDowntime: enc.encode(decToWire(p.slashFractionDowntime)),
    };
  },

  setParams(ctx: StoreSource, p: SlashingParams): void {
    kv(ctx).set(Uint8Array.of(SlashingKey.params), Params.encode(this.paramsToProto(p)).finish());
  },

  getSigningInfo(ctx: StoreSource, consAddress: Uint8Array): SigningInfo | undefined {
    const raw = kv(ctx).get(key(SlashingKey.signingInfo, consAddress));
    return raw ? decodeSigningInfo(raw) : undefined;
  },

  setSigningInfo(ctx: StoreSource, s: SigningInfo): void {
    kv(ctx).set(
      key(SlashingKey.signingInfo, s.address),
      ValidatorSigningInfo.encode(signingInfoToProto(s)).finish(),
    );
  },

  /** Every signing info in consensus-address order. */
  *iterateSigningInfos(ctx: StoreSource): IterableIterator<SigningInfo> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(SlashingKey.signingInfo))) yield decodeSigningInfo(v);
  },

  getMissed(ctx: StoreSource, consAddress: Uint8Array, index: bigint): boolean {
    return kv(ctx).has(key(SlashingKey.missedBlock, consAddress, u64(index)));
  },

  setMissed(ctx: StoreSource, consAddress: Uint8Array, index: bigint, missed: boolean): void {
    const k = key(SlashingKey.missedBlock, consAddress, u64(index));
    if (missed) kv(ctx).set(k, EMPTY);
    else kv(ctx).delete(k);
  },

  /** Every missed-block entry: consensus address and window index, in (address, index) order. */
  *iterateMissed(ctx: StoreSource): IterableIterator<{ address: Uint8Array; index: bigint }> {
    for (const [k] of kv(ctx).iterate(Uint8Array.of(SlashingKey.missedBlock))) {
      // 0x02 ‖ consensus address (20 bytes) ‖ index (u64 BE)
      const address = k.slice(1, k.length - 8);
      const index = new DataView(k.buffer, k.byteOffset, k.byteLength).getBigUint64(k.length - 8);
      yield { address, index };
    }
  },

  /** Clears a validator's missed-block bitmap. */
  clearMissed(ctx: StoreSource, consAddress: Uint8Array): void {
    const store = kv(ctx);
    const keys = [...store.iterate(key(SlashingKey.missedBlock, consAddress))].map(([k]) => k);
    for (const k of keys) store.delete(k);
  },
};
