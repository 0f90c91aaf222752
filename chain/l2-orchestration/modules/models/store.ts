import { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { KVStore } from "../../../core/store/index.js";
import { u64Key, utf8, withNumbers, withoutDefaults } from "../../shared/index.js";
import { key, ModelsKey } from "./keys.js";

/** Name (and store namespace) of the models module. */
export const MODELS_MODULE = "models";

const { ModelVersion } = strata.models.v1;
const NEXT_SEQUENCE = Uint8Array.of(ModelsKey.nextSequence);
const dec = new TextDecoder();
const decoded = new WeakMap<Uint8Array, strata.models.v1.ModelVersion>();

function kv(ctx: StoreSource): KVStore {
  return ctx.kv(MODELS_MODULE);
}

function decode(raw: Uint8Array): strata.models.v1.ModelVersion {
  // Stores hand out the stored value itself: decode each stored version once, hand out copies.
  let m = decoded.get(raw);
  if (!m) {
    m = withNumbers(ModelVersion.decode(raw));
    decoded.set(raw, m);
  }
  return ModelVersion.create({ ...m, storageUris: [...m.storageUris] });
}

function historyPrefix(name: string): Uint8Array {
  return key(ModelsKey.history, utf8(name), Uint8Array.of(0));
}

/** The only code that touches the models store: versions and the per-name publication index. */
export const modelsStore = {
  get(ctx: StoreSource, id: string): strata.models.v1.ModelVersion | undefined {
    const raw = kv(ctx).get(key(ModelsKey.model, utf8(id)));
    return raw ? decode(raw) : undefined;
  },

  has(ctx: StoreSource, id: string): boolean {
    return kv(ctx).has(key(ModelsKey.model, utf8(id)));
  },

  /** Writes a version (an existing id is overwritten: status changes). */
  set(ctx: StoreSource, model: strata.models.v1.IModelVersion): void {
    kv(ctx).set(key(ModelsKey.model, utf8(model.id!)), ModelVersion.encode(withoutDefaults(model)).finish());
  },

  /** Adds a new version to its name's history with the next publication sequence. */
  appendHistory(ctx: StoreSource, name: string, id: string): void {
    const raw = kv(ctx).get(NEXT_SEQUENCE);
    const seq = raw ? Buffer.from(raw).readBigUInt64BE() : 0n;
    kv(ctx).set(key(ModelsKey.history, utf8(name), Uint8Array.of(0), u64Key(seq)), utf8(id));
    kv(ctx).set(NEXT_SEQUENCE, u64Key(seq + 1n));
  },

  /** Every version in id order. */
  *iterate(ctx: StoreSource): IterableIterator<strata.models.v1.ModelVersion> {
    for (const [, v] of kv(ctx).iterate(Uint8Array.of(ModelsKey.model))) yield decode(v);
  },

  /** Ids of a name's versions in publication order. */
  historyIds(ctx: StoreSource, name: string): string[] {
    return [...kv(ctx).iterate(historyPrefix(name))].map(([, v]) => dec.decode(v));
  },

  /** Every version id in publication order (across names): the genesis export order. */
  publicationOrder(ctx: StoreSource): string[] {
    const entries: [bigint, string][] = [];
    for (const [k, v] of kv(ctx).iterate(Uint8Array.of(ModelsKey.history))) {
      entries.push([Buffer.from(k.subarray(k.length - 8)).readBigUInt64BE(), dec.decode(v)]);
    }
    return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, id]) => id);
  },
};
