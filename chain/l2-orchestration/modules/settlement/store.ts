import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { type Decoded, digestBytes, moduleParams, withNumbers, withoutDefaults } from "../../shared/index.js";
import { SettlementKey } from "./keys.js";
import { DEFAULT_SETTLEMENT_PARAMS, type SettlementParams } from "./params.js";

/** Name (and store namespace) of the settlement module. */
export const SETTLEMENT_MODULE = "settlement";

/** A stored settlement record. */
export type Settlement = Decoded<strata.settlement.v1.ISettlement>;

const PARAMS_KEY = Uint8Array.of(SettlementKey.params);
const { Params } = strata.settlement.v1;

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(SETTLEMENT_MODULE);
}

const params = moduleParams<SettlementParams>({
  module: SETTLEMENT_MODULE,
  key: PARAMS_KEY,
  defaults: DEFAULT_SETTLEMENT_PARAMS,
  decode(raw) {
    const q = withNumbers(Params.decode(raw));
    return {
      executorsBps: q.executorsBps,
      routerBps: q.routerBps,
      guardsBps: q.guardsBps,
      modelOwnerBps: q.modelOwnerBps,
      treasuryBps: q.treasuryBps,
      fraudSlash: q.fraudSlash,
      missedRevealSlash: q.missedRevealSlash,
    };
  },
  encode: (p) => Params.encode(p).finish(),
});

function settlementKey(taskId: string): Uint8Array {
  const out = new Uint8Array(33);
  out[0] = SettlementKey.settlement;
  out.set(digestBytes(taskId), 1);
  return out;
}

/** The only code that touches the settlement store: params and settlement records. */
export const settlementStore = {
  getParams(ctx: StoreSource): Readonly<SettlementParams> {
    return params.get(ctx);
  },

  setParams(ctx: StoreSource, p: SettlementParams): void {
    params.set(ctx, p);
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
