import { RouterError, RouterErrorCode } from "../errors.js";

/**
 * A minimal GGUF v3 encoder: metadata key/values plus F32 tensors, little-endian, with the
 * data section aligned as llama.cpp's `gguf.cpp` checks it.
 */

/** One metadata value, tagged with its GGUF type. */
export type GgufValue =
  | { type: "u32"; value: number }
  | { type: "i32"; value: number }
  | { type: "f32"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "string[]"; value: readonly string[] }
  | { type: "f32[]"; value: ArrayLike<number> }
  | { type: "i32[]"; value: ArrayLike<number> };

/** One F32 tensor. `shape` is in ggml order: `shape[0]` is the row length. */
export interface GgufTensor {
  name: string;
  shape: readonly number[];
  data: Float32Array;
}

/** Input of {@link encodeGguf}. */
export interface GgufContent {
  /** Metadata in file order (order is kept so the bytes are reproducible). */
  metadata: readonly (readonly [string, GgufValue])[];
  tensors: readonly GgufTensor[];
  /** Data alignment in bytes; written as `general.alignment` when not 32. Default 32. */
  alignment?: number;
}

// GGUF metadata type codes (gguf.h).
const T_INT32 = 5;
const T_UINT32 = 4;
const T_FLOAT32 = 6;
const T_BOOL = 7;
const T_STRING = 8;
const T_ARRAY = 9;
const GGML_TYPE_F32 = 0;

/** Appends little-endian primitives to a growing list of chunks. */
class ByteSink {
  private readonly chunks: Buffer[] = [];
  length = 0;

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.allocUnsafe(4);
    b.writeUInt32LE(v >>> 0);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.allocUnsafe(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.allocUnsafe(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const utf8 = Buffer.from(s, "utf8");
    this.u64(utf8.length);
    this.push(utf8);
  }
  bytes(b: Buffer): void {
    this.push(b);
  }
  zeros(n: number): void {
    if (n > 0) this.push(Buffer.alloc(n));
  }
  concat(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function padTo(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}

function writeValue(sink: ByteSink, v: GgufValue): void {
  switch (v.type) {
    case "u32":
      sink.u32(T_UINT32);
      sink.u32(v.value);
      return;
    case "i32":
      sink.u32(T_INT32);
      sink.i32(v.value);
      return;
    case "f32":
      sink.u32(T_FLOAT32);
      sink.f32(v.value);
      return;
    case "bool":
      sink.u32(T_BOOL);
      sink.bytes(Buffer.from([v.value ? 1 : 0]));
      return;
    case "string":
      sink.u32(T_STRING);
      sink.str(v.value);
      return;
    case "string[]":
      sink.u32(T_ARRAY);
      sink.u32(T_STRING);
      sink.u64(v.value.length);
      for (const s of v.value) sink.str(s);
      return;
    case "f32[]":
      sink.u32(T_ARRAY);
      sink.u32(T_FLOAT32);
      sink.u64(v.value.length);
      for (let i = 0; i < v.value.length; i++) sink.f32(v.value[i]!);
      return;
    case "i32[]":
      sink.u32(T_ARRAY);
      sink.u32(T_INT32);
      sink.u64(v.value.length);
      for (let i = 0; i < v.value.length; i++) sink.i32(v.value[i]!);
      return;
  }
}

/**
 * Encodes a GGUF v3 file. Tensor offsets are relative to the data section and each tensor is
 * padded to the alignment, the last one included (llama.cpp rejects any other offset).
 *
 * @throws RouterError `InvalidModelFile` when a tensor's shape does not match its data length.
 */
export function encodeGguf(content: GgufContent): Uint8Array {
  const alignment = content.alignment ?? 32;
  const metadata: (readonly [string, GgufValue])[] = [...content.metadata];
  if (alignment !== 32) metadata.push(["general.alignment", { type: "u32", value: alignment }]);

  const sink = new ByteSink();
  sink.bytes(Buffer.from("GGUF", "ascii"));
  sink.u32(3);
  sink.u64(content.tensors.length);
  sink.u64(metadata.length);
  for (const [key, value] of metadata) {
    sink.str(key);
    writeValue(sink, value);
  }

  let offset = 0;
  for (const t of content.tensors) {
    const elements = t.shape.reduce((a, b) => a * b, 1);
    if (elements !== t.data.length) {
      throw new RouterError(
        RouterErrorCode.InvalidModelFile,
        `tensor ${t.name}: shape ${t.shape.join("x")} does not match its ${t.data.length} values`,
      );
    }
    sink.str(t.name);
    sink.u32(t.shape.length);
    for (const d of t.shape) sink.u64(d);
    sink.u32(GGML_TYPE_F32);
    sink.u64(offset);
    offset += padTo(t.data.byteLength, alignment);
  }
  // The data section starts aligned, measured from the start of the file.
  sink.zeros(padTo(sink.length, alignment) - sink.length);

  for (const t of content.tensors) {
    const b = Buffer.allocUnsafe(t.data.length * 4);
    for (let i = 0; i < t.data.length; i++) b.writeFloatLE(t.data[i]!, i * 4);
    sink.bytes(b);
    sink.zeros(padTo(b.length, alignment) - b.length);
  }
  return new Uint8Array(sink.concat());
}
