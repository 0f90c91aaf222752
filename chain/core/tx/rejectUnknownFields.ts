import { ANY, ANY_SCHEMAS, type FieldKind, type MessageSchema } from "./txSchemas.js";
import { readField, readVarint, txParseError, type WireField, WireType, wireTypeName } from "./wireReader.js";

/** Options of {@link rejectUnknownFields}. */
export interface RejectUnknownFieldsOptions {
  /**
   * Skip unknown fields whose number has bit 11 (0x400) set: the SDK's "non-critical" fields,
   * allowed in `TxBody` (and everything nested in it) only.
   */
  allowNonCritical: boolean;
}

/** Field numbers with this bit set are non-critical (`codec/unknownproto`: `bit11NonCritical`). */
export const NON_CRITICAL_BIT = 1 << 10;

// Nesting bound (multisig keys nest Anys); far above any real tx, low enough for the JS stack.
const MAX_DEPTH = 100;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function expectedWireType(kind: FieldKind): WireType {
  if (kind === "varint") return WireType.varint;
  if (kind === "fixed64") return WireType.fixed64;
  if (kind === "fixed32") return WireType.fixed32;
  return WireType.bytes;
}

function checkAny(value: Uint8Array, opts: RejectUnknownFieldsOptions, depth: number): void {
  walk(value, ANY, opts, depth + 1);
  // Protobuf keeps the last occurrence of a scalar field.
  let typeUrl = "";
  let payload: Uint8Array = new Uint8Array();
  for (let pos = 0; pos < value.length; ) {
    const f = readField(value, pos, ANY.name);
    if (f.number === 1) typeUrl = utf8.decode(f.value);
    else if (f.number === 2) payload = f.value;
    pos = f.end;
  }
  const schema = ANY_SCHEMAS.get(typeUrl);
  if (schema) walk(payload, schema, opts, depth + 1);
}

// The wire type of each element of a packable repeated scalar, sent unpacked.
const UNPACKED: Readonly<Record<string, WireType>> = {
  "repeated-varint": WireType.varint,
  "repeated-fixed64": WireType.fixed64,
  "repeated-fixed32": WireType.fixed32,
};

function checkRepeatedScalar(f: WireField, kind: string, schema: MessageSchema): void {
  const element = UNPACKED[kind]!;
  if (f.wireType === element) return;
  // [REJECT] a repeated number sent with a wire type that is neither packed nor its own
  if (f.wireType !== WireType.bytes) {
    throw txParseError(
      `field ${f.number} of ${schema.name} has wire type ${wireTypeName(f.wireType)}, expected ${wireTypeName(element)} or bytes (packed)`,
    );
  }
  // Packed: the payload must be a whole number of elements.
  if (element === WireType.varint) {
    for (let pos = 0; pos < f.value.length; ) {
      // [REJECT] a packed varint list that ends inside a varint
      pos = readVarint(f.value, pos, `packed field ${f.number} of ${schema.name}`).next;
    }
  } else if (f.value.length % (element === WireType.fixed64 ? 8 : 4) !== 0) {
    // [REJECT] a packed fixed-width list whose length is not a multiple of the element size
    throw txParseError(`packed field ${f.number} of ${schema.name} has a partial element`);
  }
}

function checkKnown(
  f: WireField,
  kind: FieldKind,
  schema: MessageSchema,
  opts: RejectUnknownFieldsOptions,
  depth: number,
): void {
  if (typeof kind === "string" && kind.startsWith("repeated-")) {
    checkRepeatedScalar(f, kind, schema);
    return;
  }
  const want = expectedWireType(kind);
  // [REJECT] a declared field sent with another wire type (`errMismatchedWireType`)
  if (f.wireType !== want) {
    throw txParseError(
      `field ${f.number} of ${schema.name} has wire type ${wireTypeName(f.wireType)}, expected ${wireTypeName(want)}`,
    );
  }
  if (kind === "string") {
    try {
      utf8.decode(f.value);
    } catch {
      // [REJECT] proto3 strings must be valid UTF-8 (protobuf-go's decoder, used by the SDK's x/tx)
      throw txParseError(`field ${f.number} of ${schema.name} is not valid UTF-8`);
    }
  } else if (kind === "any") checkAny(f.value, opts, depth);
  else if (typeof kind === "function") walk(f.value, kind(), opts, depth + 1);
}

function walk(
  bytes: Uint8Array,
  schema: MessageSchema,
  opts: RejectUnknownFieldsOptions,
  depth: number,
): void {
  // [REJECT] nesting deeper than any real tx (bounds the recursion)
  if (depth > MAX_DEPTH) throw txParseError(`messages nested deeper than ${MAX_DEPTH} levels`);
  for (let pos = 0; pos < bytes.length; ) {
    const f = readField(bytes, pos, schema.name);
    pos = f.end;
    const kind = schema.fields[f.number];
    if (kind !== undefined) {
      checkKnown(f, kind, schema, opts, depth);
      continue;
    }
    if (opts.allowNonCritical && (f.number & NON_CRITICAL_BIT) !== 0) continue;
    // [REJECT] unknown fields (cosmos-sdk `RejectUnknownFields`): bytes no client can see would
    // otherwise change the tx hash, or carry meaning this node ignores but another honours.
    const critical = (f.number & NON_CRITICAL_BIT) === 0 ? "critical " : "";
    throw txParseError(
      `unknown ${critical}field ${f.number} (wire type ${wireTypeName(f.wireType)}) in ${schema.name}`,
    );
  }
}

/**
 * Checks that `bytes`, an encoded `schema` message, holds only declared fields with their declared
 * wire types (recursing into embedded messages and into `Any` payloads of known types), and that
 * its strings are valid UTF-8. This is the SDK's `RejectUnknownFields`.
 * @throws SdkError(txDecode) naming the field number and the message that holds it.
 */
export function rejectUnknownFields(
  bytes: Uint8Array,
  schema: MessageSchema,
  opts: RejectUnknownFieldsOptions,
): void {
  walk(bytes, schema, opts, 0);
}
