import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { secp256k1PublicKey, sha256, signSecp256k1 } from "../../../../chain/core/crypto/index.js";
import { directSignBytes } from "../../../../chain/core/tx/index.js";

/** What {@link signDirect} needs to know about the signer. */
export interface Signer {
  priv: Uint8Array;
  accountNumber: bigint;
}

/**
 * A SIGN_MODE_DIRECT tx of `msgs` (zero fee, 2M gas), with the body fields tests vary (memo)
 * and an explicit sequence.
 */
export function signDirect(
  chainId: string,
  signer: Signer,
  msgs: Any[],
  opts: { memo?: string; sequence?: bigint } = {},
): Uint8Array {
  const pub = secp256k1PublicKey(signer.priv);
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs, memo: opts.memo ?? "" })).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: {
            typeUrl: "/cosmos.crypto.secp256k1.PubKey",
            value: Uint8Array.from([0x0a, pub.length, ...pub]),
          },
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence: opts.sequence ?? 0n,
        },
      ],
      fee: { amount: [], gasLimit: 2_000_000n },
    }),
  ).finish();
  const signature = signSecp256k1(
    sha256(directSignBytes(bodyBytes, authInfoBytes, chainId, signer.accountNumber)),
    signer.priv,
  );
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}
