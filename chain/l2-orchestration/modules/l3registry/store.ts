import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { headerKey, headerPrefix, key, L3RegistryKey, textKey, u64Key } from "./keys.js";
import { DEFAULT_L3REGISTRY_PARAMS, type L3RegistryParams } from "./params.js";

/** Name (and store namespace) of the l3registry module. */
export const L3REGISTRY_MODULE = "l3registry";

const { Params, L3Chain } = strata.l3registry.v1;
const { BatchRecord, ChildValidator } = strata.rollup.v1;
const PARAMS_KEY = Uint8Array.of(L3RegistryKey.params);
const dec = new TextDecoder();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(L3REGISTRY_MODULE);
}

function decodeChain(raw: Uint8Array): strata.l3registry.v1.L3Chain {
  const c = L3Chain.decode(raw);
  // own copies: repeated fields of a decoded message may be the shared frozen default
  c.admins = [...c.admins];
  c.validators = c.validators.map((v) => ChildValidator.create({ pubKey: v.pubKey, power: v.power }));
  return c;
}

/** The only code that touches the l3registry store: params, chains, the name index, anchored headers. */
export const l3registryStore = {
  getParams(ctx: StoreSource): L3RegistryParams {
    const raw = kv(ctx).get(PARAMS_KEY);
    if (!raw) return { ...DEFAULT_L3REGISTRY_PARAMS };
    const p = Params.decode(raw);
    return {
      maxItemsPerAnchor: p.maxItemsPerAnchor,
      gasPerSignature: Number(p.gasPerSignature),
      gasPerItem: Number(p.gasPerItem),
    };
  },

  /** Whether params were set (genesis); the defaults apply while unset. */
  hasParams(ctx: StoreSource): boolean {
    return kv(ctx).has(PARAMS_KEY);
  },

  setParams(ctx: StoreSource, p: L3RegistryParams): void {
    kv(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  },

  getChain(ctx: StoreSource, chainId: string): strata.l3registry.v1.L3Chain | undefined {
    const raw = kv(ctx).get(key(L3RegistryKey.chain, textKey(chainId)));
    return raw ? decodeChain(raw) : undefined;
  },

  /** Writes a chain record and its name index entry. */
  setChain(ctx: StoreSource, chain: strata.l3registry.v1.IL3Chain): void {
    kv(ctx).set(key(L3RegistryKey.chain, textKey(chain.chainId!)), L3Chain.encode(chain).finish());
    kv(ctx).set(key(L3RegistryKey.name, textKey(chain.name!)), textKey(chain.chainId!));
  },

  /** The chain id registered under `name`, or undefined. */
  chainIdByName(ctx: StoreSource, name: string): string | undefined {
    const raw = kv(ctx).get(key(L3RegistryKey.name, textKey(name)));
    return raw ? dec.decode(raw) : undefined;
  },

  /** Every registered chain in chain-id byte order. */
  *iterateChains(ctx: StoreSource): IterableIterator<strata.l3registry.v1.L3Chain> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(L3RegistryKey.chain))) yield decodeChain(v);
  },

  getHeader(ctx: StoreSource, chainId: string, number: number): strata.rollup.v1.BatchRecord | undefined {
    if (!Number.isSafeInteger(number) || number < 1) return undefined;
    const raw = kv(ctx).get(headerKey(chainId, number));
    return raw ? BatchRecord.decode(raw) : undefined;
  },

  setHeader(ctx: StoreSource, record: strata.rollup.v1.IBatchRecord): void {
    kv(ctx).set(headerKey(record.chainId!, record.number!), BatchRecord.encode(record).finish());
  },

  /** A chain's anchored headers from number `from` on, in number order. */
  *iterateHeaders(
    ctx: StoreSource,
    chainId: string,
    from = 1,
  ): IterableIterator<strata.rollup.v1.BatchRecord> {
    const prefix = headerPrefix(chainId);
    const start = Uint8Array.from([...prefix, ...u64Key(Math.max(from, 0))]);
    for (const [, v] of kv(ctx).iterate(prefix, { start })) yield BatchRecord.decode(v);
  },
};
