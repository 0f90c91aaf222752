export {
  ADDRESS_PREFIX,
  addressBytes,
  InvalidAddressError,
  secp256k1AddressBytes,
  toAddress,
} from "./address.js";
export type { Ed25519KeyPair } from "./ed25519.js";
export { addressFromPubKey, ed25519FromSeed, ed25519Generate, verifyEd25519 } from "./ed25519.js";
export { hash160, sha256, toHexUpper } from "./hash.js";
export { merkleRoot } from "./merkle.js";
export { isLowS, secp256k1PublicKey, signSecp256k1, verifySecp256k1 } from "./secp256k1.js";
