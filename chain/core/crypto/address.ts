import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { StrataError } from "../errors/index.js";
import { hash160 } from "./hash.js";

/** Bech32 human-readable prefix of strata account addresses. */
export const ADDRESS_PREFIX = "strata";

/** Account address bytes of a compressed secp256k1 public key: ripemd160(sha256(key)). */
export function secp256k1AddressBytes(pubkey: Uint8Array): Uint8Array {
  return hash160(pubkey);
}

/** Bech32 account address of raw address bytes. */
export function toAddress(bytes: Uint8Array, prefix = ADDRESS_PREFIX): string {
  return toBech32(prefix, bytes);
}

/** Error raised for addresses that are not valid bech32 with the expected prefix. */
export class InvalidAddressError extends StrataError {
  constructor(address: string, reason: string) {
    // sdk code 7 = ErrInvalidAddress, so clients see the same code as on any Cosmos chain.
    super("sdk", 7, `invalid address ${JSON.stringify(address)}: ${reason}: invalid address`);
  }
}

/**
 * Decodes and validates a bech32 account address.
 * @throws InvalidAddressError on bad checksum, wrong prefix or a length other than 20 or 32 bytes.
 */
export function addressBytes(address: string, prefix = ADDRESS_PREFIX): Uint8Array {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(address, 90);
  } catch (err) {
    throw new InvalidAddressError(address, (err as Error).message);
  }
  if (decoded.prefix !== prefix) throw new InvalidAddressError(address, `expected prefix ${prefix}`);
  if (decoded.data.length !== 20 && decoded.data.length !== 32) {
    throw new InvalidAddressError(address, `bad length ${decoded.data.length}`);
  }
  return decoded.data;
}
