/**
 * Decoded protobufjs messages as plain data: every field present (defaults included, as the
 * generated classes keep them on the prototype), bytes as `Uint8Array`.
 */

function convert(v: unknown): unknown {
  if (v === null || v === undefined || typeof v !== "object") return v;
  // Buffer (from protobufjs's node reader) is a Uint8Array subclass; callers compare plain bytes.
  if (v instanceof Uint8Array) return Uint8Array.from(v);
  if (Array.isArray(v)) return v.map(convert);
  const out: Record<string, unknown> = {};
  // for…in on purpose: the generated classes keep default values on the prototype, and a plain
  // object must carry them as own fields (JSON, spreading, deepEqual).
  for (const key in v) out[key] = convert((v as Record<string, unknown>)[key]);
  return out;
}

/**
 * A plain copy of a decoded message (or list of messages): own fields for every field, defaults
 * included, nested messages converted too.
 */
export function plain<T>(message: T): T {
  return convert(message) as T;
}
