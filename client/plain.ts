/**
 * Decoded protobufjs messages as plain data: every field present (defaults included, as the
 * generated classes keep them on the prototype), u64 fields as numbers, bytes as `Uint8Array`.
 */

/** A protobufjs `Long` (what the generated decoders return for u64 fields when `long` is installed). */
interface LongLike {
  low: number;
  high: number;
  unsigned: boolean;
  toNumber(): number;
}

function isLong(v: object): v is LongLike {
  return typeof (v as LongLike).toNumber === "function" && typeof (v as LongLike).low === "number";
}

function convert(v: unknown): unknown {
  if (v === null || v === undefined || typeof v !== "object") return v;
  // The decoders return Long for u64 although the typings say number; strata's u64 fields are
  // heights, counters and sizes, far below 2^53.
  if (isLong(v)) return v.toNumber();
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
 * included, u64 values as numbers, nested messages converted too.
 */
export function plain<T>(message: T): T {
  return convert(message) as T;
}
