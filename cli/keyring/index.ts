/**
 * The client keyring: named secp256k1 keys derived from BIP-39 mnemonics, stored one file per key
 * under `<home>/keyring-<backend>/`, and the CLI flags other commands reuse to reach it.
 */
export {
  addKeyringOptions,
  DEFAULT_HOME,
  expandHome,
  keyringOptionsFromCommand,
  openKeyringFromCommand,
  TEST_BACKEND_WARNING,
} from "./commandOptions.js";
export { ADDRESS_PREFIX, DEFAULT_HD_PATH } from "./deriveAccount.js";
export { DEFAULT_KDF_COST, MAX_KDF_COST, MIN_KDF_COST } from "./encryption.js";
export { isKeyringError, KEYRING_CODESPACE, KeyringError, KeyringErrorCode } from "./errors.js";
export { KEY_RECORD_VERSION } from "./keyRecord.js";
export { MIN_PASSPHRASE_LENGTH, openKeyring } from "./openKeyring.js";
export type { PromptIO } from "./prompt.js";
export { promptConfirm } from "./prompt.js";
export type { SecretIO } from "./readSecretInput.js";
export { createPassphraseProvider, PASSPHRASE_ENV, readMnemonicInput } from "./readSecretInput.js";
export type {
  AddKeyOptions,
  AddKeyResult,
  KeyInfo,
  Keyring,
  KeyringBackend,
  OpenKeyringOptions,
  PassphraseProvider,
  PassphrasePurpose,
} from "./types.js";
export { KEYRING_BACKENDS } from "./types.js";
export { MAX_KEY_NAME_LENGTH, validateKeyName } from "./validateKeyName.js";
