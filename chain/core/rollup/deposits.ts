import { addressBytes, sha256, toAddress } from "../crypto/index.js";
import { bridgeRecordRoot } from "./recordRoot.js";
import { type Deposit, MAX_DENOM_BYTES } from "./types.js";

// The deposit accumulator and the conversions between the protobuf forms of bridge records
// (bech32 addresses, decimal amounts; `strata.bridge.v1`, `strata.l2bridge.v1`) and their SSZ
// forms (`types.ts`), which the roots and the accumulator hash. Both sides of the bridge use these
// functions, so the parent and the child hash a deposit the same way (ROLLUP.md, [dep-1], [dep-2]).

/** `acc[0]`: 32 zero bytes, the accumulator before any deposit. */
export const ZERO_ACCUMULATOR: Uint8Array = new Uint8Array(32);

/** Largest amount an SSZ `Deposit` / `Withdrawal` holds (`uint256`). */
export const MAX_BRIDGE_AMOUNT = (1n << 256n) - 1n;

const AMOUNT = /^[1-9][0-9]{0,77}$/;
const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * A positive bridge amount from its decimal-string wire form, or undefined unless it is a
 * canonical decimal (no sign, no leading zero) in [1, 2^256 − 1].
 */
export function parseBridgeAmount(value: string): bigint | undefined {
  if (!AMOUNT.test(value)) return undefined;
  const amount = BigInt(value);
  return amount <= MAX_BRIDGE_AMOUNT ? amount : undefined;
}

/**
 * The 20 address bytes of a bech32 account address, as the SSZ records hold them.
 * @throws InvalidAddressError for an address that is not canonical bech32 with the `strata` prefix.
 * @throws RangeError for a 32-byte address (SSZ bridge records hold 20-byte accounts only).
 */
export function address20(address: string): Uint8Array {
  const bytes = addressBytes(address);
  if (bytes.length !== 20)
    throw new RangeError(`address ${address} is ${bytes.length} bytes; bridge records hold 20-byte accounts`);
  return bytes;
}

/** Whether `address` is a canonical bech32 account address of 20 bytes (what a bridge record can hold). */
export function isBridgeAddress(address: string): boolean {
  try {
    return toAddress(address20(address)) === address;
  } catch {
    return false;
  }
}

/**
 * UTF-8 bytes of a denom, as the SSZ records hold them.
 * @throws RangeError for a denom longer than {@link MAX_DENOM_BYTES} bytes.
 */
export function denomBytes(denom: string): Uint8Array {
  const bytes = enc.encode(denom);
  if (bytes.length > MAX_DENOM_BYTES)
    throw new RangeError(`denom is ${bytes.length} bytes, more than ${MAX_DENOM_BYTES}`);
  return bytes;
}

/** A deposit in the protobuf form (bech32 addresses, decimal amount; the fields both protos share). */
export interface DepositFields {
  nonce: number;
  /** Parent account that locked the coins. */
  sender: string;
  /** Child account credited. */
  recipient: string;
  denom: string;
  /** Decimal amount. */
  amount: string;
  parentHeight: number;
}

/**
 * The SSZ `Deposit` of a deposit in protobuf form.
 * @throws InvalidAddressError / RangeError for an address, denom or amount an SSZ `Deposit` cannot hold.
 */
export function depositToSsz(d: DepositFields): Deposit {
  const amount = parseBridgeAmount(d.amount);
  if (amount === undefined)
    throw new RangeError(`deposit amount ${JSON.stringify(d.amount)} is not positive`);
  return {
    nonce: BigInt(d.nonce),
    sender: address20(d.sender),
    recipient: address20(d.recipient),
    denom: denomBytes(d.denom),
    amount,
    parentHeight: BigInt(d.parentHeight),
  };
}

/** The protobuf-form fields of an SSZ `Deposit`. */
export function depositFromSsz(d: Deposit): DepositFields {
  return {
    nonce: Number(d.nonce),
    sender: toAddress(d.sender),
    recipient: toAddress(d.recipient),
    denom: dec.decode(d.denom),
    amount: d.amount.toString(),
    parentHeight: Number(d.parentHeight),
  };
}

/** `hashTreeRoot(Deposit)`. */
export function depositRoot(d: Deposit): Uint8Array {
  return bridgeRecordRoot({
    id: d.nonce,
    sender: d.sender,
    recipient: d.recipient,
    denom: d.denom,
    amount: d.amount,
    height: d.parentHeight,
  });
}

/**
 * `acc[n] = sha256(acc[n−1] ‖ hashTreeRoot(Deposit n))` (ROLLUP.md, [dep-1]): the accumulator
 * after `deposit`, given the one before it.
 */
export function nextAccumulator(previous: Uint8Array, deposit: Deposit): Uint8Array {
  const buf = new Uint8Array(64);
  buf.set(previous, 0);
  buf.set(depositRoot(deposit), 32);
  return sha256(buf);
}

/** The accumulator after `deposits` (nonces 1, 2, … in order), from {@link ZERO_ACCUMULATOR}. */
export function accumulate(deposits: Iterable<Deposit>, from: Uint8Array = ZERO_ACCUMULATOR): Uint8Array {
  let acc = from;
  for (const d of deposits) acc = nextAccumulator(acc, d);
  return acc;
}
