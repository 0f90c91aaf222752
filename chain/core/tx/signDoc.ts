/** Protobuf varint of a non-negative integer. */
function varint(value: bigint | number): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

const enc = new TextEncoder();

/**
 * The SIGN_MODE_DIRECT sign bytes: a protobuf `SignDoc` of the raw body and auth-info bytes, the
 * chain id and the account number. The node rebuilds it from the verbatim tx parts and *its own*
 * chain id and stored account number, so a tx signed for another chain or account cannot verify.
 *
 * Encoded by hand (fields 1–4 in order, defaults omitted, exactly as protobuf's canonical
 * encoding) because it runs for every signature on the hot path.
 */
export function directSignBytes(
  bodyBytes: Uint8Array,
  authInfoBytes: Uint8Array,
  chainId: string,
  accountNumber: bigint,
): Uint8Array {
  const chain = enc.encode(chainId);
  const parts: Uint8Array[] = [];
  if (bodyBytes.length > 0) parts.push(Uint8Array.from([0x0a, ...varint(bodyBytes.length)]), bodyBytes);
  if (authInfoBytes.length > 0)
    parts.push(Uint8Array.from([0x12, ...varint(authInfoBytes.length)]), authInfoBytes);
  if (chain.length > 0) parts.push(Uint8Array.from([0x1a, ...varint(chain.length)]), chain);
  if (accountNumber > 0n) parts.push(Uint8Array.from([0x20, ...varint(accountNumber)]));
  return Buffer.concat(parts);
}
