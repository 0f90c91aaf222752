import type { strata } from "../../../../proto/gen/strata.js";
import { verifyEd25519 } from "../../../core/crypto/index.js";

/**
 * Receipt signing (RULES.md, tasks, "Record"): an executor signs
 * `"strata-receipt/v1" ‖ chain_id ‖ 0x00 ‖ Receipt{…, signature: empty}` with its registered ed25519
 * key, where the Receipt is in its canonical protobuf encoding: fields in number order, fields
 * holding their default value ("" or 0) omitted, so `signature` (field 9) is never present. The
 * chain id binds a receipt to one L2 chain.
 *
 * The encoder is written out here rather than calling the generated `Receipt.encode` because
 * verifying receipts is the hot path of `MsgRecordTasks`: it writes into one reused buffer, and
 * the generated encoder writes fields a caller set explicitly to their default, which would make
 * two spellings of one receipt sign differently.
 */

/** Domain tag that starts every receipt's sign bytes. */
export const RECEIPT_DOMAIN = "strata-receipt/v1";

/** The fields of a receipt that are signed (everything but the signature). */
export type ReceiptFields = Omit<strata.tasks.v1.IReceipt, "signature">;

let scratch = Buffer.allocUnsafe(1024);
let prefixChainId: string | undefined;
let prefixLength = 0;

function varintLength(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n++;
  }
  return n;
}

function writeVarint(buf: Buffer, offset: number, value: number): number {
  while (value >= 0x80) {
    buf[offset++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  buf[offset++] = value;
  return offset;
}

function stringFieldLength(value: string | null | undefined): number {
  if (!value) return 0;
  const n = Buffer.byteLength(value, "utf8");
  return 1 + varintLength(n) + n;
}

function writeString(buf: Buffer, offset: number, tag: number, value: string | null | undefined): number {
  if (!value) return offset;
  buf[offset++] = tag;
  const n = Buffer.byteLength(value, "utf8");
  offset = writeVarint(buf, offset, n);
  return offset + buf.write(value, offset, n, "utf8");
}

function uintFieldLength(value: number | null | undefined): number {
  return value ? 1 + varintLength(value) : 0;
}

function writeUint(buf: Buffer, offset: number, tag: number, value: number | null | undefined): number {
  if (!value) return offset;
  buf[offset++] = tag;
  return writeVarint(buf, offset, value);
}

function isUint(value: number | null | undefined): boolean {
  return value == null || (Number.isInteger(value) && value >= 0);
}

function checkUint(name: string, value: number | null | undefined): void {
  if (!isUint(value)) {
    throw new RangeError(`receipt ${name} must be a non-negative integer, got ${value}`);
  }
}

/**
 * Sign bytes in the shared scratch buffer: valid until the next call. Used by verification, which
 * consumes them at once.
 */
function signBytesView(chainId: string, r: ReceiptFields): Buffer {
  const bodyLength =
    stringFieldLength(r.taskId) +
    uintFieldLength(r.sessionId) +
    stringFieldLength(r.executor) +
    stringFieldLength(r.modelSha256) +
    stringFieldLength(r.promptSha256) +
    stringFieldLength(r.commitment) +
    uintFieldLength(r.inputTokens) +
    uintFieldLength(r.outputTokens);
  if (chainId !== prefixChainId || prefixLength + bodyLength > scratch.length) {
    const domainLength = Buffer.byteLength(RECEIPT_DOMAIN) + Buffer.byteLength(chainId, "utf8") + 1;
    if (domainLength + bodyLength > scratch.length) {
      scratch = Buffer.allocUnsafe(Math.max(2 * scratch.length, domainLength + bodyLength));
    }
    let p = scratch.write(RECEIPT_DOMAIN, 0, "utf8");
    p += scratch.write(chainId, p, "utf8");
    scratch[p++] = 0;
    prefixLength = p;
    prefixChainId = chainId;
  }
  let o = prefixLength;
  o = writeString(scratch, o, 0x0a, r.taskId);
  o = writeUint(scratch, o, 0x10, r.sessionId);
  o = writeString(scratch, o, 0x1a, r.executor);
  o = writeString(scratch, o, 0x22, r.modelSha256);
  o = writeString(scratch, o, 0x2a, r.promptSha256);
  o = writeString(scratch, o, 0x32, r.commitment);
  o = writeUint(scratch, o, 0x38, r.inputTokens);
  o = writeUint(scratch, o, 0x40, r.outputTokens);
  return scratch.subarray(0, o);
}

/**
 * The bytes an executor signs for a receipt on chain `chainId` (a fresh copy). Any `signature` on
 * the receipt is ignored.
 * @throws RangeError when a numeric field is not a non-negative integer.
 */
export function receiptSignBytes(chainId: string, receipt: ReceiptFields): Uint8Array {
  checkUint("sessionId", receipt.sessionId);
  checkUint("inputTokens", receipt.inputTokens);
  checkUint("outputTokens", receipt.outputTokens);
  return new Uint8Array(signBytesView(chainId, receipt));
}

/**
 * A signed receipt: `fields` with the ed25519 signature of {@link receiptSignBytes} made by `signer`
 * (anything with `sign(message) → 64 bytes`, e.g. a key pair from `ed25519FromSeed`).
 */
export function signReceipt(
  chainId: string,
  fields: ReceiptFields,
  signer: { sign(message: Uint8Array): Uint8Array },
): strata.tasks.v1.IReceipt {
  return { ...fields, signature: signer.sign(receiptSignBytes(chainId, fields)) };
}

/**
 * Whether `receipt.signature` is a valid ed25519 signature by `pubKey` over the receipt's sign
 * bytes on `chainId`. False (never a throw) for malformed keys, signatures or fields.
 */
export function verifyReceipt(
  chainId: string,
  receipt: strata.tasks.v1.IReceipt,
  pubKey: Uint8Array,
): boolean {
  const signature = receipt.signature;
  if (signature?.length !== 64) return false;
  // Decoded u64 fields are non-negative integers; anything else cannot have been signed.
  if (!isUint(receipt.sessionId) || !isUint(receipt.inputTokens) || !isUint(receipt.outputTokens))
    return false;
  return verifyEd25519(pubKey, signBytesView(chainId, receipt), signature);
}
