/**
 * Minimal protobuf wire encoding for the few messages the hot path writes per transaction
 * (SignDoc, accounts, TxMsgData). The generic encoders allocate a writer per message, which
 * showed up in profiles; these produce the same canonical bytes (fields in order, defaults
 * omitted), and tests compare them with the cosmjs-types encoders byte for byte.
 */

const enc = new TextEncoder();

/** Varint bytes of a non-negative integer. */
export function varint(value: bigint | number): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

/** A length-delimited field (bytes, string or embedded message); omitted when empty. */
export function bytesField(field: number, bytes: Uint8Array): Uint8Array[] {
  if (bytes.length === 0) return [];
  return [Uint8Array.from([(field << 3) | 2, ...varint(bytes.length)]), bytes];
}

/** A string field; omitted when empty. */
export function stringField(field: number, text: string): Uint8Array[] {
  return bytesField(field, enc.encode(text));
}

/** A uint64 field; omitted when zero. */
export function uint64Field(field: number, value: bigint): Uint8Array[] {
  if (value === 0n) return [];
  return [Uint8Array.from([field << 3, ...varint(value)])];
}

/** An embedded message field that is present even when empty (e.g. `Any` in a repeated field). */
export function messageField(field: number, bytes: Uint8Array): Uint8Array[] {
  return [Uint8Array.from([(field << 3) | 2, ...varint(bytes.length)]), bytes];
}

/** Concatenates encoded parts into one message. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/** `google.protobuf.Any { type_url = 1; value = 2 }`. */
export function encodeAny(typeUrl: string, value: Uint8Array): Uint8Array {
  return concat([...stringField(1, typeUrl), ...bytesField(2, value)]);
}
