import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";

/**
 * The SIGN_MODE_DIRECT sign bytes: a protobuf `SignDoc` of the raw body and auth-info bytes, the
 * chain id and the account number. The node rebuilds it from the verbatim tx parts and *its own*
 * chain id and stored account number, so a tx signed for another chain or account cannot verify.
 */
export function directSignBytes(
  bodyBytes: Uint8Array,
  authInfoBytes: Uint8Array,
  chainId: string,
  accountNumber: bigint,
): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}
