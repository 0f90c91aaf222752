import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SdkCode, SdkError } from "../app/errors.js";
import { checkTxRaw } from "./checkTxRaw.js";
import { rejectUnknownFields } from "./rejectUnknownFields.js";
import { txHash } from "./txHash.js";
import { AUTH_INFO, TX_BODY } from "./txSchemas.js";

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
 * Decodes Cosmos `TxRaw` bytes and the body and auth info inside, with the SDK decoder's checks:
 * `TxRaw` must be its canonical (ADR-027) encoding with no unknown field; `TxBody` may carry
 * unknown fields only when they are non-critical (number with bit 11 set); `AuthInfo` and
 * everything in it (signer infos, mode infos, fee, tip, public keys) may carry none.
 * @throws SdkError(txDecode) for bytes that are not a well-formed, canonical `TxRaw`, naming the
 *   offending field number and message.
 * @throws SdkError(txTooLarge) when the tx is larger than `maxBytes`.
 */
export function decodeTx(bytes: Uint8Array, maxBytes: number): DecodedTx {
  // [REJECT] tx larger than the node's limit, before spending any work on it
  if (bytes.length > maxBytes) {
    throw new SdkError(SdkCode.txTooLarge, `tx size ${bytes.length} bytes exceeds the limit of ${maxBytes}`);
  }
  // [REJECT] empty tx
  if (bytes.length === 0) throw new SdkError(SdkCode.txDecode, "empty tx");
  // [REJECT] non-canonical TxRaw, unknown fields anywhere but non-critical ones in the body
  // (cosmos-sdk `x/tx/decode`: rejectNonADR027TxRaw, RejectUnknownFields)
  checkTxRaw(bytes);
  let raw: TxRaw;
  try {
    raw = TxRaw.decode(bytes);
  } catch (err) {
    throw new SdkError(SdkCode.txDecode, `malformed tx bytes (${(err as Error).message})`);
  }
  rejectUnknownFields(raw.bodyBytes, TX_BODY, { allowNonCritical: true });
  rejectUnknownFields(raw.authInfoBytes, AUTH_INFO, { allowNonCritical: false });
  try {
    const body = TxBody.decode(raw.bodyBytes);
    const authInfo = AuthInfo.decode(raw.authInfoBytes);
    return {
      bytes,
      hash: txHash(bytes),
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
