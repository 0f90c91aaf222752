import { minimalVarintLength, readField, txParseError, WireType, wireTypeName } from "./wireReader.js";

const TX_RAW = "cosmos.tx.v1beta1.TxRaw";
const BODY_BYTES = 1;
const AUTH_INFO_BYTES = 2;
const SIGNATURES = 3;

/**
 * Checks that `bytes` is the one canonical encoding of a `TxRaw` (ADR-027, as the SDK's
 * `rejectNonADR027TxRaw` plus `RejectUnknownFieldsStrict` on `TxRaw`). `TxRaw` is the only part of
 * a tx no signature covers, so any freedom in its encoding would let a relayer give a signed tx a
 * second hash: the copy could commit under the new hash and the signer's original then fail.
 * @throws SdkError(txDecode) naming the field and the rule it breaks.
 */
export function checkTxRaw(bytes: Uint8Array): void {
  let previous = 0;
  for (let pos = 0; pos < bytes.length; ) {
    const f = readField(bytes, pos, TX_RAW);
    pos = f.end;
    // [REJECT] unknown fields in TxRaw, critical or not (`RejectUnknownFieldsStrict`)
    if (f.number !== BODY_BYTES && f.number !== AUTH_INFO_BYTES && f.number !== SIGNATURES) {
      throw txParseError(`unknown field ${f.number} (wire type ${wireTypeName(f.wireType)}) in ${TX_RAW}`);
    }
    // [REJECT] every TxRaw field is length-delimited
    if (f.wireType !== WireType.bytes) {
      throw txParseError(
        `field ${f.number} of ${TX_RAW} has wire type ${wireTypeName(f.wireType)}, expected bytes`,
      );
    }
    // [REJECT] ADR-027: fields in ascending order; only the repeated `signatures` may recur
    // (protobuf keeps the last of two `body_bytes`, so a duplicate would be a second encoding)
    if (f.number < previous || (f.number === previous && f.number !== SIGNATURES)) {
      throw txParseError(`${TX_RAW} must follow ADR-027: field ${f.number} after field ${previous}`);
    }
    previous = f.number;
    // [REJECT] ADR-027: varints as short as possible (tag and length prefix)
    if (f.tagBytes !== minimalVarintLength(f.number * 8 + WireType.bytes)) {
      throw txParseError(`tag of field ${f.number} of ${TX_RAW} is not a minimal varint`);
    }
    if (f.lengthBytes !== minimalVarintLength(f.value.length)) {
      throw txParseError(
        `length prefix of field ${f.number} of ${TX_RAW} is not as short as possible: read ${f.lengthBytes} bytes, only need ${minimalVarintLength(f.value.length)}`,
      );
    }
    // [REJECT] ADR-027: default values are omitted, so an empty body or auth info is not encoded
    if (f.number !== SIGNATURES && f.value.length === 0) {
      throw txParseError(`field ${f.number} of ${TX_RAW} is empty; ADR-027 omits empty fields`);
    }
  }
}
