/**
 * Decodes method params from the wire, once, into typed values. Two sources:
 * - JSON-RPC `params`: a named object (what cosmjs sends) or a positional array;
 * - a GET query string in CometBFT URI style: strings quoted (`query="tx.height=5"`), numbers bare,
 *   bytes as `0x`-hex (or a quoted string, taken as its UTF-8 bytes).
 */
import { fromBase64, fromHex, isHex } from "./codec.js";
import { invalidParams } from "./errors.js";

/**
 * How a param is decoded:
 * - `int`: int64 as a JSON number or decimal string (CometBFT prints int64 as strings);
 * - `string`, `bool`;
 * - `hexBytes`: hex (`abci_query.data`, CometBFT `HexBytes`);
 * - `bytes`: base64 (`broadcast_tx_*.tx`, Go `[]byte`);
 * - `hash`: base64 as cosmjs sends it, or hex (64 hex digits or `0x` prefix).
 */
export type ParamKind = "int" | "string" | "bool" | "hexBytes" | "bytes" | "hash";

interface KindValue {
  int: number;
  string: string;
  bool: boolean;
  hexBytes: Uint8Array;
  bytes: Uint8Array;
  hash: Uint8Array;
}

/** Param names → kinds, in positional order. */
export type ParamSpec = Readonly<Record<string, ParamKind>>;

/** Decoded params of a spec; every param is optional (absent, `null` and `""` in a URI all mean absent). */
export type DecodedParams<S extends ParamSpec> = { [K in keyof S]?: KindValue[S[K]] };

/** Undecoded params and where they came from. */
export type RawParams = { source: "json"; value: unknown } | { source: "uri"; value: URLSearchParams };

const INT_RE = /^-?[0-9]+$/;

function fail(name: string, why: string): never {
  throw invalidParams(`invalid param "${name}": ${why}`);
}

function parseInt64(name: string, text: string): number {
  if (!INT_RE.test(text)) fail(name, `expected an integer, got ${JSON.stringify(text)}`);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) fail(name, `integer ${text} is out of range`);
  return n;
}

function decodeJsonValue(name: string, kind: ParamKind, v: unknown): KindValue[ParamKind] {
  switch (kind) {
    case "int":
      if (typeof v === "number") {
        if (!Number.isSafeInteger(v)) fail(name, `expected an integer, got ${v}`);
        return v;
      }
      if (typeof v === "string") return parseInt64(name, v);
      return fail(name, `expected an integer (number or decimal string), got ${typeof v}`);
    case "string":
      if (typeof v !== "string") fail(name, `expected a string, got ${typeof v}`);
      return v;
    case "bool":
      if (typeof v === "boolean") return v;
      if (v === "true" || v === "false") return v === "true";
      return fail(name, `expected a boolean, got ${typeof v}`);
    default:
      if (typeof v !== "string") fail(name, `expected a string, got ${typeof v}`);
      return decodeBytes(name, kind, v);
  }
}

function decodeBytes(name: string, kind: "hexBytes" | "bytes" | "hash", text: string): Uint8Array {
  try {
    if (kind === "hexBytes") return fromHex(text);
    if (kind === "bytes") return fromBase64(text);
    // [hash] cosmjs sends base64 (`comet38/adaptor/requests.ts`); people and CometBFT URIs send hex.
    const hexBody = text.startsWith("0x") || text.startsWith("0X") ? text.slice(2) : undefined;
    if (hexBody !== undefined) return fromHex(hexBody);
    if (text.length === 64 && isHex(text)) return fromHex(text);
    return fromBase64(text);
  } catch (err) {
    const expected = kind === "hexBytes" ? "hex" : kind === "bytes" ? "base64" : "base64 or hex";
    return fail(name, `expected ${expected}: ${(err as Error).message}`);
  }
}

function unquote(name: string, text: string): string | undefined {
  if (text.startsWith('"')) {
    try {
      const s: unknown = JSON.parse(text);
      if (typeof s === "string") return s;
    } catch {
      // fall through to the error below
    }
    fail(name, "malformed quoted string");
  }
  return undefined;
}

function decodeUriValue(name: string, kind: ParamKind, text: string): KindValue[ParamKind] {
  const quoted = unquote(name, text);
  switch (kind) {
    case "int":
      return parseInt64(name, quoted ?? text);
    case "string":
      // CometBFT requires the quotes; a bare value is accepted too, taken literally.
      return quoted ?? text;
    case "bool": {
      const t = quoted ?? text;
      if (t !== "true" && t !== "false") fail(name, `expected true or false, got ${JSON.stringify(t)}`);
      return t === "true";
    }
    default:
      if (quoted !== undefined) return new TextEncoder().encode(quoted);
      if (text.startsWith("0x") || text.startsWith("0X")) return decodeBytes(name, "hexBytes", text);
      return decodeBytes(name, kind, text);
  }
}

/**
 * Decodes `raw` against `spec`. Unknown names are ignored (as Go's JSON decoding does).
 * @throws RpcError -32602 naming the param when a value has the wrong type or encoding.
 */
export function decodeParams<S extends ParamSpec>(spec: S, raw: RawParams): DecodedParams<S> {
  const out: Record<string, unknown> = {};
  const names = Object.keys(spec);
  if (raw.source === "uri") {
    for (const name of names) {
      const text = raw.value.get(name);
      if (text === null || text === "") continue;
      out[name] = decodeUriValue(name, spec[name]!, text);
    }
    return out as DecodedParams<S>;
  }
  const value = raw.value;
  if (value === undefined || value === null) return out as DecodedParams<S>;
  if (Array.isArray(value)) {
    if (value.length > names.length) {
      throw invalidParams(`expected at most ${names.length} positional params, got ${value.length}`);
    }
    value.forEach((v, i) => {
      const name = names[i]!;
      if (v !== null && v !== undefined) out[name] = decodeJsonValue(name, spec[name]!, v);
    });
    return out as DecodedParams<S>;
  }
  if (typeof value !== "object") throw invalidParams("params must be an object or an array");
  const obj = value as Record<string, unknown>;
  for (const name of names) {
    if (!Object.hasOwn(obj, name)) continue;
    const v = obj[name];
    if (v !== null && v !== undefined) out[name] = decodeJsonValue(name, spec[name]!, v);
  }
  return out as DecodedParams<S>;
}

/**
 * Returns a decoded param that the method needs.
 * @throws RpcError -32602 when it is absent.
 */
export function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw invalidParams(`missing required param "${name}"`);
  return value;
}
