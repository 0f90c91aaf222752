import { StrataError } from "../../chain/core/errors/index.js";

/** Codespace of every {@link KeyringError}. */
export const KEYRING_CODESPACE = "keyring";

/**
 * Stable error codes of the `keyring` codespace. Numbers are part of the CLI's contract
 * (`error [keyring:N]`): a retired number is never reused for another meaning.
 */
export enum KeyringErrorCode {
  /** Key name is empty, too long, or contains characters that are not allowed. */
  invalidName = 1,
  /** A key with that name (compared case-insensitively) already exists. */
  keyExists = 2,
  /** No key with that name in this keyring. */
  keyNotFound = 3,
  /** Mnemonic is missing, not English BIP-39, has a bad word count or a bad checksum. */
  invalidMnemonic = 4,
  /** HD derivation path cannot be parsed. */
  invalidHdPath = 5,
  /** The `file` backend needs a passphrase and none of the sources provided one. */
  passphraseRequired = 6,
  /** The passphrase does not unlock the key (or the key's KDF parameters were altered). */
  wrongPassphrase = 7,
  /** A key file is unreadable, malformed, or failed an integrity check (tampered). */
  corruptKey = 8,
  /** A key file has a format version this build does not understand. */
  unsupportedVersion = 9,
  /** A new keyring passphrase is too short, or the two entries did not match. */
  weakPassphrase = 10,
  /** An option of `openKeyring` (backend, home, KDF cost) is invalid. */
  invalidOption = 11,
  /** A file or stream given as input (passphrase file, mnemonic file, stdin) cannot be read. */
  inputUnreadable = 12,
  /** A destructive operation was not confirmed (e.g. `keys delete` without `--yes`). */
  confirmationRequired = 13,
  /** The user cancelled an interactive prompt (Ctrl-C / Ctrl-D). */
  promptCancelled = 14,
  /** Reading or writing the keyring directory failed (permissions, disk full, ...). */
  storageFailed = 15,
}

/** The one error class of the keyring; `code` tells what went wrong. Messages never contain secrets. */
export class KeyringError extends StrataError {
  declare readonly code: KeyringErrorCode;

  /**
   * @param code - what went wrong
   * @param message - a sentence a person can act on; must never contain a mnemonic or passphrase
   * @param detail - structured, non-secret context for logs (key name, file path, ...)
   */
  constructor(code: KeyringErrorCode, message: string, detail?: Record<string, unknown>) {
    super(KEYRING_CODESPACE, code, message, detail);
  }
}

/** True when `err` is a {@link KeyringError}, optionally with the given `code`. */
export function isKeyringError(err: unknown, code?: KeyringErrorCode): err is KeyringError {
  return (
    err instanceof KeyringError &&
    err.codespace === KEYRING_CODESPACE &&
    (code === undefined || err.code === code)
  );
}
