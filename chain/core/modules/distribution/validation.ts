import { VALOPER_PREFIX } from "../../crypto/address.js";
import { addressBytes, toAddress } from "../../crypto/index.js";
import { operatorBytes } from "../staking/index.js";

/**
 * The canonical (lower-case) form of an account address.
 * @throws InvalidAddressError for a malformed address.
 */
export function canonicalAccount(address: string): string {
  return toAddress(addressBytes(address));
}

/**
 * The canonical form of an operator address.
 * @throws InvalidAddressError for anything but a `stratavaloper` address.
 */
export function canonicalOperator(address: string): string {
  return toAddress(operatorBytes(address), VALOPER_PREFIX);
}
