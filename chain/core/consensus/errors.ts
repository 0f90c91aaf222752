import { StrataError } from "../errors/index.js";

/** Codespace of every error raised by the consensus core. */
export const CONSENSUS_CODESPACE = "consensus";

/**
 * Stable error codes of the consensus core. Numbers are part of the log/RPC surface: never reuse
 * a retired number for another meaning.
 */
export enum ConsensusErrorCode {
  /** A consensus object is malformed (bad sizes, bad enum value, nil/non-nil mix-up). */
  malformed = 1,
  /** An ed25519 signature does not verify over the object's sign bytes. */
  invalidSignature = 2,
  /** The signer is not in the validator set (or its index and address disagree). */
  unknownValidator = 3,
  /** The object is for another height than the one it is checked against. */
  wrongHeight = 4,
  /** A proposal breaks a proposal rule (wrong proposer, bad POL round, block mismatch). */
  invalidProposal = 5,
  /** A validator set or change set is unusable (empty, duplicates, power out of range). */
  invalidValidatorSet = 6,
  /** A commit does not prove the block (size, flags, signatures or power). */
  invalidCommit = 7,
  /** Duplicate-vote evidence does not verify. */
  invalidEvidence = 8,
  /** The sign guard refused to sign: it would be a double sign or a height/round/step regression. */
  signRefused = 9,
  /** The write-ahead log is damaged somewhere other than a torn last record. */
  walCorrupted = 10,
  /** The host drove the machine wrongly (missing last commit, start in the past, …). */
  invalidInput = 11,
  /** A replayed run produced a signed message that differs from the one the WAL recorded. */
  replayMismatch = 12,
}

/**
 * The one error class of the consensus core: a {@link StrataError} in codespace `consensus`.
 * `detail` carries structured fields for logs (height, round, validator index, …).
 */
export class ConsensusError extends StrataError {
  /** The consensus-specific code (same number as `code`, typed). */
  readonly reason: ConsensusErrorCode;

  constructor(code: ConsensusErrorCode, message: string, detail?: Record<string, unknown>) {
    super(CONSENSUS_CODESPACE, code, message, detail);
    this.reason = code;
  }
}

/** True when `err` is a {@link ConsensusError} with the given code (any code when omitted). */
export function isConsensusError(err: unknown, code?: ConsensusErrorCode): err is ConsensusError {
  return err instanceof ConsensusError && (code === undefined || err.reason === code);
}
