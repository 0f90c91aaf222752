/**
 * A copy of a protobuf message object without fields holding their proto3 default ("" , 0, false,
 * empty bytes, empty lists), recursively. The generated encoders write every field a caller set,
 * even to its default, so objects built from JSON (genesis) go through this to encode exactly as
 * the same message decoded from the wire and re-encoded does.
 */
export function withoutDefaults<T>(message: T): T {
  if (Array.isArray(message)) return message.map((m) => withoutDefaults(m)) as T;
  if (message === null || typeof message !== "object" || message instanceof Uint8Array) return message;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(message)) {
    if (v === undefined || v === null || v === "" || v === 0 || v === false) continue;
    if ((v instanceof Uint8Array || Array.isArray(v)) && v.length === 0) continue;
    out[k] = withoutDefaults(v);
  }
  return out as T;
}
