import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { u64Key, utf8, withNumbers, withoutDefaults } from "../../../l2-orchestration/shared/index.js";
import { KeysKey, key } from "./keys.js";

/** Name (and store namespace) of the keys module. */
export const KEYS_MODULE = "keys";

const { KeysParams, Custodian, Epoch, RewrapRequest } = strata.l3.v1;
const EMPTY = new Uint8Array();
const PARAMS_KEY = Uint8Array.of(KeysKey.params);
const CURRENT = Uint8Array.of(KeysKey.currentEpoch);
const NEXT_REWRAP = Uint8Array.of(KeysKey.nextRewrapId);

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(KEYS_MODULE);
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
}

function readU64(raw: Uint8Array | undefined): number | undefined {
  return raw ? Number(Buffer.from(raw).readBigUInt64BE()) : undefined;
}

/** The only code that touches the keys store. */
export const keysStore = {
  getParams(ctx: StoreSource): strata.l3.v1.KeysParams {
    const raw = kv(ctx).get(PARAMS_KEY);
    return raw ? withNumbers(KeysParams.decode(raw)) : KeysParams.create({ threshold: 2 });
  },

  setParams(ctx: StoreSource, p: strata.l3.v1.IKeysParams): void {
    kv(ctx).set(PARAMS_KEY, KeysParams.encode(withoutDefaults(p)).finish());
  },

  setCustodian(ctx: StoreSource, c: strata.l3.v1.ICustodian): void {
    kv(ctx).set(key(KeysKey.custodian, u32(c.index!)), Custodian.encode(withoutDefaults(c)).finish());
    kv(ctx).set(key(KeysKey.custodianByAddress, utf8(c.address!)), u32(c.index!));
  },

  custodianByAddress(ctx: StoreSource, address: string): strata.l3.v1.Custodian | undefined {
    const raw = kv(ctx).get(key(KeysKey.custodianByAddress, utf8(address)));
    if (!raw) return undefined;
    const c = kv(ctx).get(key(KeysKey.custodian, raw));
    return c ? withNumbers(Custodian.decode(c)) : undefined;
  },

  /** Custodians in index order. */
  custodians(ctx: StoreSource): strata.l3.v1.Custodian[] {
    return [...kv(ctx).iterate(Uint8Array.of(KeysKey.custodian))].map(([, v]) =>
      withNumbers(Custodian.decode(v)),
    );
  },

  currentEpoch(ctx: StoreSource): number {
    return readU64(kv(ctx).get(CURRENT)) ?? 0;
  },

  setCurrentEpoch(ctx: StoreSource, n: number): void {
    kv(ctx).set(CURRENT, u64Key(n));
  },

  getEpoch(ctx: StoreSource, n: number): strata.l3.v1.Epoch | undefined {
    if (!Number.isSafeInteger(n) || n < 1) return undefined;
    const raw = kv(ctx).get(key(KeysKey.epoch, u64Key(n)));
    return raw ? withNumbers(Epoch.decode(raw)) : undefined;
  },

  setEpoch(ctx: StoreSource, e: strata.l3.v1.IEpoch): void {
    kv(ctx).set(key(KeysKey.epoch, u64Key(Number(e.number))), Epoch.encode(withoutDefaults(e)).finish());
    kv(ctx).set(key(KeysKey.keyId, e.keyId!), u64Key(Number(e.number)));
  },

  /** The epoch that used `keyId`, if any. */
  epochOfKeyId(ctx: StoreSource, keyId: Uint8Array): number | undefined {
    return readU64(kv(ctx).get(key(KeysKey.keyId, keyId)));
  },

  /** Epochs in number order. */
  *epochs(ctx: StoreSource): IterableIterator<strata.l3.v1.Epoch> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(KeysKey.epoch))) yield withNumbers(Epoch.decode(v));
  },

  nextRewrapId(ctx: StoreSource): number {
    return readU64(kv(ctx).get(NEXT_REWRAP)) ?? 1;
  },

  setNextRewrapId(ctx: StoreSource, id: number): void {
    kv(ctx).set(NEXT_REWRAP, u64Key(id));
  },

  getRewrap(ctx: StoreSource, id: number): strata.l3.v1.RewrapRequest | undefined {
    if (!Number.isSafeInteger(id) || id < 1) return undefined;
    const raw = kv(ctx).get(key(KeysKey.rewrap, u64Key(id)));
    return raw ? withNumbers(RewrapRequest.decode(raw)) : undefined;
  },

  /** Writes a request and keeps the PENDING index in step with its status. */
  setRewrap(ctx: StoreSource, r: strata.l3.v1.IRewrapRequest): void {
    const id = u64Key(Number(r.id));
    kv(ctx).set(key(KeysKey.rewrap, id), RewrapRequest.encode(withoutDefaults(r)).finish());
    if (r.status === strata.l3.v1.RewrapStatus.REWRAP_STATUS_PENDING)
      kv(ctx).set(key(KeysKey.pendingRewrap, id), EMPTY);
    else kv(ctx).delete(key(KeysKey.pendingRewrap, id));
  },

  /** Every request in id order. */
  *rewraps(ctx: StoreSource): IterableIterator<strata.l3.v1.RewrapRequest> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(KeysKey.rewrap)))
      yield withNumbers(RewrapRequest.decode(v));
  },

  /** PENDING requests in id order. */
  pendingRewraps(ctx: StoreSource): strata.l3.v1.RewrapRequest[] {
    const out: strata.l3.v1.RewrapRequest[] = [];
    for (const [k] of kv(ctx).iterate(Uint8Array.of(KeysKey.pendingRewrap)))
      out.push(keysStore.getRewrap(ctx, Number(Buffer.from(k.subarray(1)).readBigUInt64BE()))!);
    return out;
  },
};
