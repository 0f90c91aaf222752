import { StrataError } from "../errors/index.js";

/** Codespace of every error raised by the state store. */
export const STORE_CODESPACE = "store";

/**
 * Stable error codes of the `store` codespace. Numbers are never reused for another meaning.
 */
export enum StoreErrorCode {
  /** A key was empty or not a `Uint8Array`. */
  InvalidKey = 1,
  /** A value was not a `Uint8Array`. */
  InvalidValue = 2,
  /** `commit` was called with a height that does not follow the last committed height. */
  InvalidHeight = 3,
  /** The requested height was never committed (or is not retained). */
  HeightNotFound = 4,
  /** A state proof does not verify against the given root and key. */
  InvalidProof = 5,
  /** A write, discard or commit was attempted while a commit is being persisted. */
  CommitInProgress = 6,
  /** Persisted data is missing or malformed (a trie node, a value, the metadata). */
  Corrupt = 7,
  /** An `extra` batch op targets a LevelDB bucket owned by the state store. */
  ReservedKey = 8,
  /** The database was written with a different commitment scheme. */
  IncompatibleFormat = 9,
  /** The database handle is not open. */
  DatabaseNotOpen = 10,
  /** A write was attempted through a read-only view (the committed state). */
  ReadOnly = 11,
  /** The database folder is locked by another process (a node running on the same home). */
  DatabaseLocked = 12,
  /** The database folder could not be opened for another reason (permissions, corruption). */
  DatabaseOpenFailed = 13,
}

/** The error class of the state store: codespace `"store"`, code from {@link StoreErrorCode}. */
export class StoreError extends StrataError {
  /**
   * @param code - stable code of the failure
   * @param message - what went wrong, phrased so an operator can act on it
   * @param detail - structured context for logs
   */
  constructor(code: StoreErrorCode, message: string, detail?: Record<string, unknown>) {
    super(STORE_CODESPACE, code, message, detail);
  }
}
