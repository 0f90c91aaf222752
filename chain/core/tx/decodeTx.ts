import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SdkCode, SdkError } from "../app/errors.js";
import { sha256 } from "../crypto/index.js";

/** A transaction decoded once at the edge: raw parts kept verbatim for signature checks. */
export interface DecodedTx {
  /** The exact bytes received. */
  bytes: Uint8Array;
  /** sha256(bytes), the CometBFT tx hash. */
  hash: Uint8Array;
  /** `body_bytes` exactly as signed; never re-encoded. */
  bodyBytes: Uint8Array;
  /** `auth_info_bytes` exactly as signed; never re-encoded. */
  authInfoBytes: Uint8Array;
  signatures: Uint8Array[];
  body: TxBody;
  authInfo: AuthInfo;
}

/**
 * Decodes Cosmos `TxRaw` bytes and the body and auth info inside.
 * @throws SdkError(txDecode) for bytes that are not a well-formed `TxRaw`.
 * @throws SdkError(txTooLarge) when the tx is larger than `maxBytes`.
 */
export function decodeTx(bytes: Uint8Array, maxBytes: number): DecodedTx {
  // [REJECT] tx larger than the node's limit, before spending any work on it
  if (bytes.length > maxBytes) {
    throw new SdkError(SdkCode.txTooLarge, `tx size ${bytes.length} bytes exceeds the limit of ${maxBytes}`);
  }
  // [REJECT] empty tx
  if (bytes.length === 0) throw new SdkError(SdkCode.txDecode, "empty tx");
  try {
    const raw = TxRaw.decode(bytes);
    const body = TxBody.decode(raw.bodyBytes);
    const authInfo = AuthInfo.decode(raw.authInfoBytes);
    return {
      bytes,
      hash: sha256(bytes),
      bodyBytes: raw.bodyBytes,
      authInfoBytes: raw.authInfoBytes,
      signatures: raw.signatures,
      body,
      authInfo,
    };
  } catch (err) {
    throw new SdkError(SdkCode.txDecode, `malformed tx bytes (${(err as Error).message})`);
  }
}
