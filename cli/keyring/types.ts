import type { OfflineDirectSigner } from "@cosmjs/proto-signing";

/**
 * Where and how secrets are kept.
 * - `file`: each mnemonic encrypted with the keyring passphrase (scrypt + AES-256-GCM).
 * - `test`: mnemonics stored in plain text. Development and tests only, never for real funds.
 */
export type KeyringBackend = "file" | "test";

/** Every backend, for option validation and `--help` choices. */
export const KEYRING_BACKENDS: readonly KeyringBackend[] = ["file", "test"];

/** Public description of a key; safe to print, never contains secret material. */
export interface KeyInfo {
  /** Name given at creation, unique within the keyring. */
  name: string;
  /** Bech32 account address with the `strata` prefix. */
  address: string;
  /** Compressed (33-byte) secp256k1 public key, base64. */
  pubkey: string;
  /** Key kind; only locally stored keys exist today. */
  type: "local";
}

/**
 * Why the keyring needs the passphrase:
 * - `create`: the keyring holds no encrypted key yet, so this passphrase becomes the keyring's
 *   (an interactive source should ask twice);
 * - `unlock`: an existing passphrase is needed to decrypt or to add a key.
 */
export type PassphrasePurpose = "create" | "unlock";

/** Supplies the passphrase lazily, only when an operation needs it (so `keys list` never prompts). */
export type PassphraseProvider = (purpose: PassphrasePurpose) => Promise<string>;

/** Options of {@link Keyring.add}. */
export interface AddKeyOptions {
  /** BIP-39 English mnemonic to recover; a fresh 24-word mnemonic is generated when absent. */
  mnemonic?: string;
  /** BIP-32 derivation path; default `m/44'/118'/0'/0/0`. */
  hdPath?: string;
}

/** Result of {@link Keyring.add}. */
export interface AddKeyResult {
  /** The stored key. */
  key: KeyInfo;
  /**
   * The generated mnemonic, present only when `add` generated it. This is the one time it is
   * handed out in clear: the caller must show it to the user exactly once.
   */
  mnemonic?: string;
}

/** Options of `openKeyring`. */
export interface OpenKeyringOptions {
  /** Node/client home directory; keys live in `<home>/keyring-<backend>/`. */
  home: string;
  /** Storage backend. */
  backend: KeyringBackend;
  /** Passphrase of the `file` backend, or a provider asked lazily; ignored by `test`. */
  passphrase?: string | PassphraseProvider;
  /**
   * scrypt cost as log2(N) for newly encrypted keys (r = 8, p = 1), 10..18; default 17
   * (128 MiB, about half a second). Lower it only in tests.
   */
  kdfCost?: number;
}

/** A set of named secp256k1 keys derived from BIP-39 mnemonics. */
export interface Keyring {
  /** Backend this keyring stores keys with. */
  readonly backend: KeyringBackend;
  /** Absolute directory holding one file per key. */
  readonly dir: string;
  /**
   * Creates a key from `opts.mnemonic`, or from a newly generated 24-word mnemonic.
   * @throws {KeyringError} invalidName, keyExists, invalidMnemonic, invalidHdPath,
   *   passphraseRequired, wrongPassphrase, weakPassphrase, storageFailed
   */
  add(name: string, opts?: AddKeyOptions): Promise<AddKeyResult>;
  /**
   * Every key, sorted by name. Needs no passphrase.
   * @throws {KeyringError} corruptKey, unsupportedVersion, storageFailed
   */
  list(): Promise<KeyInfo[]>;
  /**
   * One key's public description. Needs no passphrase.
   * @throws {KeyringError} invalidName, keyNotFound, corruptKey, unsupportedVersion
   */
  get(name: string): Promise<KeyInfo>;
  /**
   * The key's mnemonic in clear, after decrypting and verifying it.
   * @throws {KeyringError} keyNotFound, passphraseRequired, wrongPassphrase, corruptKey
   */
  exportMnemonic(name: string): Promise<string>;
  /**
   * Removes the key file. Needs no passphrase: whoever can write the folder can delete anyway.
   * @throws {KeyringError} invalidName, keyNotFound, storageFailed
   */
  delete(name: string): Promise<void>;
  /**
   * A cosmjs `DirectSecp256k1HdWallet` (prefix `strata`) for the key, usable unmodified by
   * `SigningStargateClient`.
   * @throws {KeyringError} keyNotFound, passphraseRequired, wrongPassphrase, corruptKey
   */
  signer(name: string): Promise<OfflineDirectSigner>;
}
