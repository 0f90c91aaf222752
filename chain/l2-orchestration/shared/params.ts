import type { StoreSource } from "../../core/app/context.js";

/**
 * The params record of an L2 module, stored under one key of its store: `get` returns `defaults`
 * while none is stored and decodes the stored bytes once (stores hand out the stored value itself,
 * so unchanged params are served from a cache keyed by those bytes); `set` stores `encode(p)`.
 */
export function moduleParams<P>(spec: {
  module: string;
  key: Uint8Array;
  defaults: P;
  decode: (raw: Uint8Array) => P;
  encode: (p: P) => Uint8Array;
}): { get(ctx: StoreSource): Readonly<P>; set(ctx: StoreSource, p: P): void } {
  const decoded = new WeakMap<Uint8Array, P>();
  return {
    get(ctx) {
      const raw = ctx.kv(spec.module).get(spec.key);
      if (!raw) return spec.defaults;
      let p = decoded.get(raw);
      if (!p) {
        p = spec.decode(raw);
        decoded.set(raw, p);
      }
      return p;
    },
    set(ctx, p) {
      ctx.kv(spec.module).set(spec.key, spec.encode(p));
    },
  };
}
