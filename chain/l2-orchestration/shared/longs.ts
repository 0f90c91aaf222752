interface LongLike {
  __isLong__: true;
  toNumber(): number;
}

function isLong(value: unknown): value is LongLike {
  return (
    typeof value === "object" && value !== null && (value as { __isLong__?: unknown }).__isLong__ === true
  );
}

function convert(value: unknown): unknown {
  if (isLong(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(convert);
  if (typeof value === "object" && value !== null && !(value instanceof Uint8Array))
    return withNumbers(value);
  return value;
}

/**
 * Normalises a decoded message in place and returns it: every object-valued field, including the
 * ones an absent field reads from the generated prototype (repeated fields default to one shared,
 * frozen empty array), becomes an own, mutable copy, recursively, so keepers can push to and edit
 * what they decoded. Any `Long` left in the message becomes a number: the generated code decodes
 * 64-bit integers as numbers (`scripts/proto-gen.mjs`), so this only guards hand-built messages.
 */
export function withNumbers<T>(message: T): T {
  if (typeof message !== "object" || message === null) return message;
  const record = message as Record<string, unknown>;
  // `for…in` on purpose: absent fields read the generated prototype's defaults; the copy
  // becomes an own property.
  for (const k in record) {
    const v = record[k];
    if (typeof v === "object" && v !== null) record[k] = convert(v);
  }
  return message;
}
