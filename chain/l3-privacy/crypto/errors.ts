import { StrataError } from "../../core/errors/index.js";

/** Error codes of the L3 crypto library (codespace `l3crypto`). Never renumber. */
export enum L3CryptoCode {
  /** A key, nonce or share of the wrong length, or a malformed input. */
  invalidInput = 2,
  /** AEAD authentication failed: tampered ciphertext, wrong key or wrong context. */
  aeadFailure = 3,
  /** Fewer shares than the threshold, duplicated shares, or shares of different lengths. */
  notEnoughShares = 4,
  /** The rebuilt or unwrapped key does not match the epoch's key id. */
  keyIdMismatch = 5,
  /** The party has no wrap and no fulfilled re-wrap for the epoch. */
  noAccess = 6,
}

const DESCRIPTIONS: Record<L3CryptoCode, string> = {
  [L3CryptoCode.invalidInput]: "invalid input",
  [L3CryptoCode.aeadFailure]: "authentication failed (tampered ciphertext, wrong key or wrong context)",
  [L3CryptoCode.notEnoughShares]: "not enough valid shares",
  [L3CryptoCode.keyIdMismatch]: "key does not match the epoch's key id",
  [L3CryptoCode.noAccess]: "no key for this party",
};

/** An error in codespace `l3crypto`; the message ends with the code's description. */
export class L3CryptoError extends StrataError {
  constructor(code: L3CryptoCode, message = "", detail?: Record<string, unknown>) {
    super("l3crypto", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
