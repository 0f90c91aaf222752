import { KeyringError, KeyringErrorCode } from "./errors.js";

/** Longest key name accepted. */
export const MAX_KEY_NAME_LENGTH = 64;

// Letters, digits, `.`, `_`, `-`, starting with a letter or digit: the name is used verbatim as a
// file name, so this excludes path separators, `..`, hidden files and shell-hostile characters.
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Checks a key name before it is used as a file name.
 * @throws {KeyringError} invalidName when the name is empty, longer than
 *   {@link MAX_KEY_NAME_LENGTH}, or has characters other than letters, digits, `.`, `_`, `-`
 *   (or does not start with a letter or digit)
 */
export function validateKeyName(name: string): void {
  // [REJECT] key names are 1..64 chars of [A-Za-z0-9._-], first char alphanumeric
  if (typeof name !== "string" || name.length === 0) {
    throw new KeyringError(KeyringErrorCode.invalidName, "key name must not be empty");
  }
  if (name.length > MAX_KEY_NAME_LENGTH) {
    throw new KeyringError(
      KeyringErrorCode.invalidName,
      `key name is ${name.length} characters long; the maximum is ${MAX_KEY_NAME_LENGTH}`,
    );
  }
  if (!KEY_NAME.test(name)) {
    throw new KeyringError(
      KeyringErrorCode.invalidName,
      `invalid key name ${JSON.stringify(name)}: use letters, digits, ".", "_" and "-", starting with a letter or digit`,
      { name },
    );
  }
}
