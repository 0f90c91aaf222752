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
 * Replaces, in place and recursively, the `Long` values protobufjs's reader returns for 64-bit
 * fields (and the `Long` defaults of absent ones) with JS numbers, and returns the message. The generated code is typed with numbers
 * (`--force-number`), but protobufjs decodes u64 as `Long` whenever the `long` package is
 * installed (it is), so every decoded L2 message goes through this at the edge. Values above 2^53
 * lose precision; rules that take u64 input check `Number.isSafeInteger` where it matters.
 */
export function withNumbers<T>(message: T): T {
  if (typeof message !== "object" || message === null) return message;
  const record = message as Record<string, unknown>;
  // `for…in` on purpose: absent fields read the generated prototype's defaults, and a u64
  // default there is a `Long` too; the converted value becomes an own property.
  for (const k in record) {
    const v = record[k];
    if (typeof v === "object" && v !== null) record[k] = convert(v);
  }
  return message;
}
