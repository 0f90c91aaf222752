import { StrataError } from "../chain/core/errors/index.js";

/**
 * Error codes of the `guard` codespace. Numbers are stable: a retired code is commented out,
 * never reused for another meaning.
 */
export enum GuardErrorCode {
  /** Guard options are inconsistent or out of range. */
  InvalidConfig = 1,
  /** The operator's node cannot act as a guard (unbonding, jailed, refused registration). */
  RegistrationFailed = 2,
  /** Model weights could not be fetched from any listed URI. */
  WeightsUnavailable = 3,
  /** Fetched weights differ from the version's `weights_sha256` or `weights_size`. */
  WeightsMismatch = 4,
  /** The weights could not be loaded or run. */
  ModelRunFailed = 5,
  /** The guard's home holds a state file it cannot read. */
  StateUnreadable = 6,
  /** The model version to attest does not exist. */
  ModelNotFound = 7,
  /** The model version is not PENDING (only PENDING versions are attested). */
  ModelNotPending = 8,
}

/** Codespace of every {@link GuardError}. */
export const GUARD_CODESPACE = "guard";

/** The guard node's error: a {@link GuardErrorCode} in the `guard` codespace. */
export class GuardError extends StrataError {
  constructor(code: GuardErrorCode, message: string, detail?: Record<string, unknown>) {
    super(GUARD_CODESPACE, code, message, detail);
  }
}
