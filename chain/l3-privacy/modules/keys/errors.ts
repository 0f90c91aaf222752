import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the keys module (codespace `keys`). Never renumber. */
export enum KeysCode {
  /** A message field that breaks a format rule. */
  invalidRequest = 2,
  /** The signer is not a custodian. */
  notCustodian = 3,
  /** An epoch rotation that breaks [key-3]. */
  invalidRotation = 4,
  /** No re-wrap request with that id. */
  rewrapNotFound = 5,
  /** The re-wrap request is CANCELLED. */
  rewrapClosed = 6,
  /** The custodian already answered the request. */
  alreadyAnswered = 7,
  /** No epoch with that number. */
  epochNotFound = 8,
  /** A genesis section or params that break a rule. */
  invalidGenesis = 9,
}

const DESCRIPTIONS: Record<KeysCode, string> = {
  [KeysCode.invalidRequest]: "invalid request",
  [KeysCode.notCustodian]: "not a custodian",
  [KeysCode.invalidRotation]: "invalid epoch rotation",
  [KeysCode.rewrapNotFound]: "re-wrap request not found",
  [KeysCode.rewrapClosed]: "re-wrap request closed",
  [KeysCode.alreadyAnswered]: "custodian already answered",
  [KeysCode.epochNotFound]: "epoch not found",
  [KeysCode.invalidGenesis]: "invalid keys genesis",
};

/** An error in codespace `keys`; the message ends with the code's description. */
export class KeysError extends StrataError {
  constructor(code: KeysCode, message = "", detail?: Record<string, unknown>) {
    super("keys", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
