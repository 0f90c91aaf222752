/**
 * A copy of a protobufjs message object without its default-valued fields (`""`, `0`, `false`,
 * empty bytes, lists or nested messages, null), recursing into nested messages. protobufjs's static encoders write
 * every field that is an own property, defaults included, so a record built from a literal and the
 * same record decoded from the wire would encode to different bytes. Every L2 store write goes
 * through this, so a state has one encoding whichever path (genesis, message) produced it.
 */
export function canonical<T extends object>(msg: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(msg)) {
    if (value === null || value === undefined || value === "" || value === 0 || value === false) continue;
    if (value instanceof Uint8Array) {
      if (value.length > 0) out[key] = value;
    } else if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value;
    } else if (typeof value === "object") {
      // An empty nested message means the same as an absent one.
      const nested = canonical(value as object);
      if (Object.keys(nested).length > 0) out[key] = nested;
    } else {
      out[key] = value;
    }
  }
  return out as T;
}
