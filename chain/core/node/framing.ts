// Byte framing shared by the node's p2p messages (proposals with their block, block-sync answers).

/** `n` as 8 bytes, big-endian. */
export function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** Reads an 8-byte big-endian height. @throws RangeError when `bytes` is shorter than 8. */
export function readU64(bytes: Uint8Array): number {
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readBigUInt64BE());
}

/** Concatenates `parts`, each preceded by its length as a u32be. */
export function lengthPrefixed(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(
    parts.flatMap((p) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(p.length);
      return [len, p];
    }),
  );
}

/**
 * Splits what {@link lengthPrefixed} joined into exactly `count` parts.
 * @throws Error for truncated framing or trailing bytes.
 */
export function splitLengthPrefixed(bytes: Uint8Array, count: number): Uint8Array[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    // [REJECT] truncated framing
    if (at + 4 > buf.length) throw new Error("truncated message");
    const len = buf.readUInt32BE(at);
    if (at + 4 + len > buf.length) throw new Error("truncated message");
    out.push(new Uint8Array(buf.subarray(at + 4, at + 4 + len)));
    at += 4 + len;
  }
  // [REJECT] trailing bytes
  if (at !== buf.length) throw new Error("trailing bytes");
  return out;
}
