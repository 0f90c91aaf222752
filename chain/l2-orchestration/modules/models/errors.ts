import { StrataError } from "../../../core/errors/index.js";

/** Error codes of the models module (codespace `models`). Never renumber. */
export enum ModelsCode {
  /** A message field that breaks a format rule (name, version, digest, URI, price, visibility). */
  invalidRequest = 2,
  /** The version id exists already: versions are immutable. */
  duplicateVersion = 3,
  /** No version with that id (also an unknown `parent`). */
  notFound = 4,
  /** The attesting signer is not an active guard. */
  notGuard = 5,
  /** The version's status does not allow the operation (attest a non-PENDING one, deprecate twice). */
  invalidStatus = 6,
  /** The attested digest differs from the version's `weights_sha256`. */
  digestMismatch = 7,
  /** The signer does not own the version. */
  notOwner = 8,
  /** A genesis section that breaks a rule. */
  invalidGenesis = 9,
}

const DESCRIPTIONS: Record<ModelsCode, string> = {
  [ModelsCode.invalidRequest]: "invalid request",
  [ModelsCode.duplicateVersion]: "duplicate version",
  [ModelsCode.notFound]: "model not found",
  [ModelsCode.notGuard]: "not an active guard",
  [ModelsCode.invalidStatus]: "invalid model status",
  [ModelsCode.digestMismatch]: "weights digest mismatch",
  [ModelsCode.notOwner]: "not the model owner",
  [ModelsCode.invalidGenesis]: "invalid models genesis",
};

/** An error in codespace `models`; the message ends with the code's description. */
export class ModelsError extends StrataError {
  constructor(code: ModelsCode, message = "", detail?: Record<string, unknown>) {
    super("models", code, message ? `${message}: ${DESCRIPTIONS[code]}` : DESCRIPTIONS[code], detail);
  }
}
