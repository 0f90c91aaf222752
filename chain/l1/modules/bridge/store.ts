import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import { address20, ZERO_ACCUMULATOR } from "../../../core/rollup/deposits.js";
import type { KVStore } from "../../../core/store/index.js";
import { BridgeKey, chainKey, key, u64Key } from "./keys.js";

/** Name (and store namespace) of the parent-side bridge module, and the name of its module account (the escrow). */
export const BRIDGE_MODULE = "bridge";

const { Deposit, Claim } = strata.bridge.v1;
const EMPTY = new Uint8Array();
const enc = new TextEncoder();
const dec = new TextDecoder();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(BRIDGE_MODULE);
}

function readAmount(raw: Uint8Array | undefined): bigint {
  return raw ? BigInt(dec.decode(raw)) : 0n;
}

function decodeDeposit(raw: Uint8Array): strata.bridge.v1.Deposit {
  return Deposit.decode(raw);
}

/**
 * The fields of a flat record that differ from their proto3 default: the generated encoders write
 * every field a caller sets, so records are stored as a decode-encode round trip would write them.
 */
function withoutDefaults<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || v === null || v === "" || v === 0) continue;
    if (v instanceof Uint8Array && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

function encodeDeposit(d: strata.bridge.v1.IDeposit): Uint8Array {
  return Deposit.encode(withoutDefaults(d)).finish();
}

/** The only code that touches the bridge store: deposits, their counts and sums, claims, the address index. */
export const bridgeStore = {
  /** Deposits locked for `chainId` (its last nonce; 0 before the first). */
  depositCount(ctx: StoreSource, chainId: string): number {
    const raw = kv(ctx).get(key(BridgeKey.depositCount, chainKey(chainId)));
    return raw ? Number(Buffer.from(raw).readBigUInt64BE()) : 0;
  },

  getDeposit(ctx: StoreSource, chainId: string, nonce: number): strata.bridge.v1.Deposit | undefined {
    if (!Number.isSafeInteger(nonce) || nonce < 1) return undefined;
    const raw = kv(ctx).get(key(BridgeKey.deposit, chainKey(chainId), u64Key(nonce)));
    return raw ? decodeDeposit(raw) : undefined;
  },

  /** `acc[nonce]` of a chain: 32 zero bytes for nonce 0, else the stored deposit's accumulator. */
  accumulatorAt(ctx: StoreSource, chainId: string, nonce: number): Uint8Array {
    if (nonce === 0) return ZERO_ACCUMULATOR;
    const d = bridgeStore.getDeposit(ctx, chainId, nonce);
    if (!d) throw new RangeError(`no deposit ${nonce} for chain ${chainId}`);
    return d.accumulator;
  },

  /**
   * Stores deposit `d` (the next nonce of its chain), its address index entries, and raises the
   * chain's count and deposited sum.
   */
  addDeposit(ctx: StoreSource, d: strata.bridge.v1.IDeposit): void {
    const chain = chainKey(d.chainId!);
    const nonce = u64Key(Number(d.nonce));
    kv(ctx).set(key(BridgeKey.deposit, chain, nonce), encodeDeposit(d));
    kv(ctx).set(key(BridgeKey.byAddress, chain, address20(d.sender!), nonce), EMPTY);
    kv(ctx).set(key(BridgeKey.byAddress, chain, address20(d.recipient!), nonce), EMPTY);
    kv(ctx).set(key(BridgeKey.depositCount, chain), nonce);
    const deposited = bridgeStore.deposited(ctx, d.chainId!) + BigInt(d.amount!);
    kv(ctx).set(key(BridgeKey.deposited, chain), enc.encode(deposited.toString()));
  },

  /** Σ deposits of a chain. */
  deposited(ctx: StoreSource, chainId: string): bigint {
    return readAmount(kv(ctx).get(key(BridgeKey.deposited, chainKey(chainId))));
  },

  /** Σ claims of a chain. */
  claimed(ctx: StoreSource, chainId: string): bigint {
    return readAmount(kv(ctx).get(key(BridgeKey.claimed, chainKey(chainId))));
  },

  getClaim(ctx: StoreSource, chainId: string, index: number): strata.bridge.v1.Claim | undefined {
    if (!Number.isSafeInteger(index) || index < 0) return undefined;
    const raw = kv(ctx).get(key(BridgeKey.claim, chainKey(chainId), u64Key(index)));
    return raw ? Claim.decode(raw) : undefined;
  },

  /** Stores a claim and raises the chain's claimed sum. */
  addClaim(ctx: StoreSource, c: strata.bridge.v1.IClaim): void {
    const chain = chainKey(c.chainId!);
    kv(ctx).set(
      key(BridgeKey.claim, chain, u64Key(Number(c.index))),
      Claim.encode(withoutDefaults(c)).finish(),
    );
    const claimed = bridgeStore.claimed(ctx, c.chainId!) + BigInt(c.amount!);
    kv(ctx).set(key(BridgeKey.claimed, chain), enc.encode(claimed.toString()));
  },

  /** A chain's deposits from nonce `from`, in nonce order, at most `limit` of them. */
  *iterateDeposits(
    ctx: StoreSource,
    chainId: string,
    from = 1,
    limit?: number,
  ): IterableIterator<strata.bridge.v1.Deposit> {
    const prefix = key(BridgeKey.deposit, chainKey(chainId));
    const start = key(BridgeKey.deposit, chainKey(chainId), u64Key(from));
    for (const [, v] of kv(ctx).iterate(prefix, { start, limit })) yield decodeDeposit(v);
  },

  /** Every deposit of every chain, in key order (chain, then nonce). */
  *allDeposits(ctx: StoreSource): IterableIterator<strata.bridge.v1.Deposit> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(BridgeKey.deposit))) yield decodeDeposit(v);
  },

  /** Every claim of every chain, in key order (chain, then index). */
  *allClaims(ctx: StoreSource): IterableIterator<strata.bridge.v1.Claim> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(BridgeKey.claim))) yield Claim.decode(v);
  },

  /** A chain's deposits sent by or to `address` (20 bytes) from nonce `from`, in nonce order, at most `limit`. */
  depositsOf(
    ctx: StoreSource,
    chainId: string,
    address: Uint8Array,
    from = 1,
    limit?: number,
  ): strata.bridge.v1.Deposit[] {
    const prefix = key(BridgeKey.byAddress, chainKey(chainId), address);
    const start = key(BridgeKey.byAddress, chainKey(chainId), address, u64Key(from));
    const out: strata.bridge.v1.Deposit[] = [];
    for (const [k] of kv(ctx).iterate(prefix, { start, limit })) {
      const nonce = Number(Buffer.from(k.subarray(k.length - 8)).readBigUInt64BE());
      out.push(bridgeStore.getDeposit(ctx, chainId, nonce)!);
    }
    return out;
  },

  /** Chain ids with deposits or claims, sorted by their keys. */
  chains(ctx: StoreSource): string[] {
    const ids = new Set<string>();
    for (const prefix of [BridgeKey.deposited, BridgeKey.claimed]) {
      // key = prefix ‖ chain id ‖ 0x00
      for (const [k] of kv(ctx).iterate(Uint8Array.of(prefix)))
        ids.add(dec.decode(k.subarray(1, k.length - 1)));
    }
    return [...ids].sort();
  },
};
