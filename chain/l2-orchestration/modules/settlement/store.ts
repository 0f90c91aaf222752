import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { type Decoded, digestBytes, withNumbers, withoutDefaults } from "../../shared/index.js";
import { SettlementKey } from "./keys.js";
import { DEFAULT_SETTLEMENT_PARAMS, type SettlementParams } from "./params.js";

/** Name (and store namespace) of the settlement module. */
export const SETTLEMENT_MODULE = "settlement";

/** A stored settlement record. */
export type Settlement = Decoded<strata.settlement.v1.ISettlement>;

const PARAMS_KEY = Uint8Array.of(SettlementKey.params);
const decodedParams = new WeakMap<Uint8Array, SettlementParams>();
const { Params } = strata.settlement.v1;

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(SETTLEMENT_MODULE);
}

function settlementKey(taskId: string): Uint8Array {
  const out = new Uint8Array(33);
  out[0] = SettlementKey.settlement;
  out.set(digestBytes(taskId), 1);
  return out;
}

/** The only code that touches the settlement store: params and settlement records. */
export const settlementStore = {
  getParams(ctx: StoreSource): Readonly<SettlementParams> {
    const raw = kv(ctx).get(PARAMS_KEY);
    if (!raw) return DEFAULT_SETTLEMENT_PARAMS;
    // Stores hand out the stored value itself, so unchanged params decode once.
    let p = decodedParams.get(raw);
    if (!p) {
      const q = withNumbers(Params.decode(raw));
      p = {
        executorsBps: q.executorsBps,
        routerBps: q.routerBps,
        guardsBps: q.guardsBps,
        modelOwnerBps: q.modelOwnerBps,
        treasuryBps: q.treasuryBps,
        fraudSlash: q.fraudSlash,
        missedRevealSlash: q.missedRevealSlash,
      };
      decodedParams.set(raw, p);
    }
    return p;
  },

  setParams(ctx: StoreSource, p: SettlementParams): void {
    kv(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  },

  getSettlement(ctx: StoreSource, taskId: string): Settlement | undefined {
    const raw = kv(ctx).get(settlementKey(taskId));
    return raw
      ? (withNumbers(strata.settlement.v1.Settlement.decode(raw)) as unknown as Settlement)
      : undefined;
  },

  hasSettlement(ctx: StoreSource, taskId: string): boolean {
    return kv(ctx).has(settlementKey(taskId));
  },

  /** Stores a settlement in its canonical encoding (defaults omitted). */
  setSettlement(ctx: StoreSource, s: strata.settlement.v1.ISettlement): void {
    kv(ctx).set(
      settlementKey(s.taskId!),
      strata.settlement.v1.Settlement.encode(withoutDefaults(s)).finish(),
    );
  },

  /** Every settlement in task-id order. */
  *iterateSettlements(ctx: StoreSource): IterableIterator<Settlement> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(SettlementKey.settlement))) {
      yield withNumbers(strata.settlement.v1.Settlement.decode(v)) as unknown as Settlement;
    }
  },
};
