import { bytesField, concat, stringField, uint64Field } from "../app/protoWire.js";

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
  return concat([
    ...bytesField(1, bodyBytes),
    ...bytesField(2, authInfoBytes),
    ...stringField(3, chainId),
    ...uint64Field(4, accountNumber),
  ]);
}
