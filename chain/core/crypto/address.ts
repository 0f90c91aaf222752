import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { StrataError } from "../errors/index.js";
import { hash160 } from "./hash.js";

/** Bech32 human-readable prefix of strata account addresses. */
export const ADDRESS_PREFIX = "strata";

/** Bech32 prefix of validator operator addresses (the operator account's bytes). */
export const VALOPER_PREFIX = "stratavaloper";

/** Bech32 prefix of validator consensus addresses (first 20 bytes of sha256 of the ed25519 key). */
export const VALCONS_PREFIX = "stratavalcons";

/** Account address bytes of a compressed secp256k1 public key: ripemd160(sha256(key)). */
export function secp256k1AddressBytes(pubkey: Uint8Array): Uint8Array {
  return hash160(pubkey);
}

// bech32 with its checksum costs several microseconds each way and the same few thousand
// addresses recur in every block, so both directions are memoised (bounded).
const CACHE_LIMIT = 100_000;
const decoded = new Map<string, Uint8Array>();
const encoded = new Map<string, string>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Bech32 account address of raw address bytes. */
export function toAddress(bytes: Uint8Array, prefix = ADDRESS_PREFIX): string {
  const key = `${prefix}:${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1")}`;
  return encoded.get(key) ?? remember(encoded, key, toBech32(prefix, bytes));
}

/** Error raised for addresses that are not valid bech32 with the expected prefix. */
export class InvalidAddressError extends StrataError {
  constructor(address: string, reason: string) {
    // sdk code 7 = ErrInvalidAddress, so clients see the same code as on any Cosmos chain.
    super("sdk", 7, `invalid address ${JSON.stringify(address)}: ${reason}: invalid address`);
  }
}

/**
 * Decodes and validates a bech32 account address. Only the canonical, lowercase spelling is
 * accepted: state, events and the tx index use the address string as given, so an account must
 * have exactly one spelling (see ARCHITECTURE.md, "One account, one spelling").
 * @throws InvalidAddressError on bad checksum, wrong prefix, a length other than 20 or 32 bytes,
 *   or any uppercase letter.
 */
export function addressBytes(address: string, prefix = ADDRESS_PREFIX): Uint8Array {
  const hit = prefix === ADDRESS_PREFIX ? decoded.get(address) : undefined;
  if (hit) return hit;
  let result: { prefix: string; data: Uint8Array };
  try {
    result = fromBech32(address, 90);
  } catch (err) {
    // [REJECT] mixed case is invalid bech32 (BIP 173), as in the SDK
    throw new InvalidAddressError(address, (err as Error).message);
  }
  // [REJECT] all-uppercase bech32: valid BIP 173 and accepted by the SDK, which canonicalises it
  // to bytes; strata matches addresses as strings (events, tx_search), so it refuses the second
  // spelling rather than index one account under two names.
  if (address !== address.toLowerCase()) {
    throw new InvalidAddressError(address, "uppercase bech32; use the lowercase (canonical) form");
  }
  if (result.prefix !== prefix) throw new InvalidAddressError(address, `expected prefix ${prefix}`);
  if (result.data.length !== 20 && result.data.length !== 32) {
    throw new InvalidAddressError(address, `bad length ${result.data.length}`);
  }
  return prefix === ADDRESS_PREFIX ? remember(decoded, address, result.data) : result.data;
}
