import { toAddress } from "../crypto/index.js";
import { address20, denomBytes, parseBridgeAmount } from "./deposits.js";
import { bridgeRecordRoot } from "./recordRoot.js";
import type { Withdrawal } from "./types.js";

// Conversions between the protobuf form of a withdrawal (`strata.bridge.v1.Withdrawal`,
// `strata.l2bridge.v1.Withdrawal`: bech32 addresses, decimal amount) and its SSZ form, whose
// `hashTreeRoot` is the leaf of the withdrawal list (ROLLUP.md, [wd-1], [wd-2]).

const dec = new TextDecoder();

/** A withdrawal in the protobuf form both bridge protos share. */
export interface WithdrawalFields {
  index: number;
  /** Child account that burned the coins. */
  sender: string;
  /** Parent account paid on claim. */
  recipient: string;
  denom: string;
  /** Decimal amount. */
  amount: string;
  childHeight: number;
}

/**
 * The SSZ `Withdrawal` of a withdrawal in protobuf form.
 * @throws InvalidAddressError / RangeError for an address, denom or amount an SSZ `Withdrawal` cannot hold.
 */
export function withdrawalToSsz(w: WithdrawalFields): Withdrawal {
  const amount = parseBridgeAmount(w.amount);
  if (amount === undefined)
    throw new RangeError(`withdrawal amount ${JSON.stringify(w.amount)} is not positive`);
  return {
    index: BigInt(w.index),
    sender: address20(w.sender),
    recipient: address20(w.recipient),
    denom: denomBytes(w.denom),
    amount,
    childHeight: BigInt(w.childHeight),
  };
}

/** The protobuf-form fields of an SSZ `Withdrawal`. */
export function withdrawalFromSsz(w: Withdrawal): WithdrawalFields {
  return {
    index: Number(w.index),
    sender: toAddress(w.sender),
    recipient: toAddress(w.recipient),
    denom: dec.decode(w.denom),
    amount: w.amount.toString(),
    childHeight: Number(w.childHeight),
  };
}

/** The withdrawal list's leaf of a withdrawal: `hashTreeRoot(Withdrawal)`. */
export function withdrawalLeaf(w: Withdrawal): Uint8Array {
  return bridgeRecordRoot({
    id: w.index,
    sender: w.sender,
    recipient: w.recipient,
    denom: w.denom,
    amount: w.amount,
    height: w.childHeight,
  });
}
