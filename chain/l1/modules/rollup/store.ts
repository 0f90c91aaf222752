import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { batchKey, batchPrefix, chainKey, key, RollupKey, u64Key } from "./keys.js";
import { DEFAULT_ROLLUP_PARAMS, type RollupParams } from "./params.js";

/** Name (and store namespace) of the rollup module, and the name of its module account (the bonds). */
export const ROLLUP_MODULE = "rollup";

const { Params, Rollup, BatchRecord } = strata.rollup.v1;
const PARAMS_KEY = Uint8Array.of(RollupKey.params);

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(ROLLUP_MODULE);
}

function decodeRollup(raw: Uint8Array): strata.rollup.v1.Rollup {
  const r = Rollup.decode(raw);
  // own copies: repeated fields of a decoded message may be the shared frozen default
  r.validators = r.validators.map((v) =>
    strata.rollup.v1.ChildValidator.create({ pubKey: v.pubKey, power: v.power }),
  );
  return r;
}

/** The only code that touches the rollup store: params, registered chains, their genesis bytes and batches. */
export const rollupStore = {
  getParams(ctx: StoreSource): RollupParams {
    const raw = kv(ctx).get(PARAMS_KEY);
    if (!raw) return { ...DEFAULT_ROLLUP_PARAMS };
    const p = Params.decode(raw);
    return {
      minBond: BigInt(p.minBond || "0"),
      minChallengeWindowBlocks: Number(p.minChallengeWindowBlocks),
      maxItemsPerBatch: p.maxItemsPerBatch,
      gasPerSignature: Number(p.gasPerSignature),
      gasPerItem: Number(p.gasPerItem),
    };
  },

  /** Whether params were set (genesis); the defaults apply while unset. */
  hasParams(ctx: StoreSource): boolean {
    return kv(ctx).has(PARAMS_KEY);
  },

  setParams(ctx: StoreSource, p: RollupParams): void {
    kv(ctx).set(
      PARAMS_KEY,
      Params.encode({
        minBond: p.minBond.toString(),
        minChallengeWindowBlocks: p.minChallengeWindowBlocks,
        maxItemsPerBatch: p.maxItemsPerBatch,
        gasPerSignature: p.gasPerSignature,
        gasPerItem: p.gasPerItem,
      }).finish(),
    );
  },

  getRollup(ctx: StoreSource, chainId: string): strata.rollup.v1.Rollup | undefined {
    const raw = kv(ctx).get(key(RollupKey.rollup, chainKey(chainId)));
    return raw ? decodeRollup(raw) : undefined;
  },

  setRollup(ctx: StoreSource, rollup: strata.rollup.v1.IRollup): void {
    kv(ctx).set(key(RollupKey.rollup, chainKey(rollup.chainId!)), Rollup.encode(rollup).finish());
  },

  /** Every registered chain in chain-id byte order. */
  *iterateRollups(ctx: StoreSource): IterableIterator<strata.rollup.v1.Rollup> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(RollupKey.rollup))) yield decodeRollup(v);
  },

  getGenesis(ctx: StoreSource, chainId: string): Uint8Array | undefined {
    return kv(ctx).get(key(RollupKey.genesis, chainKey(chainId)));
  },

  setGenesis(ctx: StoreSource, chainId: string, genesis: Uint8Array): void {
    kv(ctx).set(key(RollupKey.genesis, chainKey(chainId)), genesis);
  },

  getBatch(ctx: StoreSource, chainId: string, number: number): strata.rollup.v1.BatchRecord | undefined {
    if (!Number.isSafeInteger(number) || number < 1) return undefined;
    const raw = kv(ctx).get(batchKey(chainId, number));
    return raw ? BatchRecord.decode(raw) : undefined;
  },

  setBatch(ctx: StoreSource, record: strata.rollup.v1.IBatchRecord): void {
    kv(ctx).set(batchKey(record.chainId!, record.number!), BatchRecord.encode(record).finish());
  },

  /** A chain's batch records from number `from` on, in number order. */
  *iterateBatches(
    ctx: StoreSource,
    chainId: string,
    from = 1,
  ): IterableIterator<strata.rollup.v1.BatchRecord> {
    const prefix = batchPrefix(chainId);
    const start = Uint8Array.from([...prefix, ...u64Key(Math.max(from, 0))]);
    for (const [, v] of kv(ctx).iterate(prefix, { start })) yield BatchRecord.decode(v);
  },
};
