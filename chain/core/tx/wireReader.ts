import { SdkCode, SdkError } from "../app/errors.js";

/** Protobuf wire types (`google.golang.org/protobuf/encoding/protowire`). */
export enum WireType {
  varint = 0,
  fixed64 = 1,
  bytes = 2,
  startGroup = 3,
  endGroup = 4,
  fixed32 = 5,
}

/** One field as it sits on the wire. */
export interface WireField {
  /** Field number (1 … 2^29 − 1). */
  number: number;
  wireType: WireType;
  /** Offset of the tag's first byte. */
  start: number;
  /** Bytes the tag's varint took. */
  tagBytes: number;
  /** For `bytes` fields, the bytes the length prefix took (0 otherwise). */
  lengthBytes: number;
  /** The field's value: the payload of a `bytes` field, the raw value bytes otherwise. */
  value: Uint8Array;
  /** Offset just past the field. */
  end: number;
}

const MAX_FIELD_NUMBER = 2 ** 29 - 1;

/** A tx parse error (sdk code 2), the code the SDK's decoder answers malformed bytes with. */
export function txParseError(message: string): SdkError {
  return new SdkError(SdkCode.txDecode, message);
}

/**
 * Reads a varint at `pos`. Values above 2^53 lose precision, which is harmless: callers use
 * the value only as a tag or a length, and a length that large is rejected as truncated.
 * @throws SdkError(txDecode) on a truncated varint or one longer than 10 bytes (protowire's rule).
 */
export function readVarint(buf: Uint8Array, pos: number, what: string): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = buf[pos + i];
    if (b === undefined) throw txParseError(`truncated varint (${what}) at offset ${pos}`);
    value += (b & 0x7f) * scale;
    scale *= 128;
    if (b < 0x80) {
      // [REJECT] a 10th byte above 1 overflows uint64
      if (i === 9 && b > 1) throw txParseError(`varint overflows 64 bits (${what}) at offset ${pos}`);
      return { value, next: pos + i + 1 };
    }
  }
  throw txParseError(`varint longer than 10 bytes (${what}) at offset ${pos}`);
}

/** Bytes the shortest varint encoding of `value` takes. */
export function minimalVarintLength(value: number): number {
  let n = 1;
  for (let v = value; v >= 128; v = Math.floor(v / 128)) n++;
  return n;
}

/**
 * Reads the field starting at `pos` of a message named `message` (named in errors).
 * @throws SdkError(txDecode) for a malformed tag, an unsupported wire type (groups are not used by
 *   any Cosmos tx message) or a value running past the end of the buffer.
 */
export function readField(buf: Uint8Array, pos: number, message: string): WireField {
  const tag = readVarint(buf, pos, `tag in ${message}`);
  const number = Math.floor(tag.value / 8);
  const wireType = tag.value % 8;
  // [REJECT] field numbers outside protobuf's range (0 and above 2^29 − 1)
  if (number < 1 || number > MAX_FIELD_NUMBER) {
    throw txParseError(`invalid field number ${number} in ${message} at offset ${pos}`);
  }
  let valueStart = tag.next;
  let valueEnd: number;
  let lengthBytes = 0;
  switch (wireType) {
    case WireType.varint:
      valueEnd = readVarint(buf, valueStart, `field ${number} of ${message}`).next;
      break;
    case WireType.fixed64:
      valueEnd = valueStart + 8;
      break;
    case WireType.fixed32:
      valueEnd = valueStart + 4;
      break;
    case WireType.bytes: {
      const len = readVarint(buf, valueStart, `length of field ${number} of ${message}`);
      lengthBytes = len.next - valueStart;
      valueStart = len.next;
      valueEnd = valueStart + len.value;
      break;
    }
    default:
      // [REJECT] groups (3, 4) and the reserved wire types 6, 7: no tx message uses them
      throw txParseError(`unsupported wire type ${wireType} for field ${number} in ${message}`);
  }
  // [REJECT] a value that runs past the end of its message
  if (valueEnd > buf.length) {
    throw txParseError(`field ${number} of ${message} runs past the end of the message`);
  }
  return {
    number,
    wireType: wireType as WireType,
    start: pos,
    tagBytes: tag.next - pos,
    lengthBytes,
    value: buf.subarray(valueStart, valueEnd),
    end: valueEnd,
  };
}

/** Name of a wire type for error logs, as protowire prints them. */
export function wireTypeName(t: WireType): string {
  return ["varint", "fixed64", "bytes", "start_group", "end_group", "fixed32"][t] ?? `unknown(${t})`;
}
