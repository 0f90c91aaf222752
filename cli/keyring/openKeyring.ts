import { join, resolve } from "node:path";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import {
  canonicalHdPath,
  createWallet,
  DEFAULT_HD_PATH,
  type DerivedAccount,
  deriveAccount,
} from "./deriveAccount.js";
import { checkPassphrase, DEFAULT_KDF_COST, openSecret, sealSecret, validateKdfCost } from "./encryption.js";
import { isKeyringError, KeyringError, KeyringErrorCode } from "./errors.js";
import {
  type EncryptedSecret,
  KEY_RECORD_VERSION,
  type KeyRecord,
  type KeyRecordHeader,
  keyInfoOf,
  parseKeyRecord,
  recordAad,
  serializeKeyRecord,
} from "./keyRecord.js";
import { createKeyStore } from "./keyStore.js";
import { generateMnemonic, normalizeMnemonic } from "./mnemonic.js";
import {
  type AddKeyOptions,
  type AddKeyResult,
  KEYRING_BACKENDS,
  type KeyInfo,
  type Keyring,
  type OpenKeyringOptions,
  type PassphrasePurpose,
} from "./types.js";
import { validateKeyName } from "./validateKeyName.js";

/** Shortest passphrase accepted when a `file` keyring gets its first key. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Opens the keyring in `<home>/keyring-<backend>/`. Nothing is created on disk until a key is
 * added, and the passphrase is only asked for by operations that need it (add, exportMnemonic,
 * signer on the `file` backend). All keys of a `file` keyring share one passphrase.
 * @throws {KeyringError} invalidOption for an unknown backend, an empty home or a bad `kdfCost`
 */
export async function openKeyring(opts: OpenKeyringOptions): Promise<Keyring> {
  const { backend } = opts;
  if (!KEYRING_BACKENDS.includes(backend)) {
    throw new KeyringError(
      KeyringErrorCode.invalidOption,
      `unknown keyring backend ${JSON.stringify(backend)}; expected one of ${KEYRING_BACKENDS.join(", ")}`,
    );
  }
  if (typeof opts.home !== "string" || opts.home.trim() === "") {
    throw new KeyringError(KeyringErrorCode.invalidOption, "keyring home directory must be a non-empty path");
  }
  const kdfCost = opts.kdfCost ?? DEFAULT_KDF_COST;
  validateKdfCost(kdfCost);

  const store = createKeyStore(join(resolve(opts.home), `keyring-${backend}`));
  // Set once a passphrase has been verified against this keyring (or chosen for a new one)
  let passphrase: string | undefined;

  async function askPassphrase(purpose: PassphrasePurpose): Promise<string> {
    const source = opts.passphrase;
    if (source === undefined) {
      throw new KeyringError(
        KeyringErrorCode.passphraseRequired,
        "the file keyring backend needs a passphrase and none was provided",
      );
    }
    return typeof source === "string" ? source : source(purpose);
  }

  async function load(name: string): Promise<KeyRecord> {
    validateKeyName(name);
    // Listing first gives the on-disk spelling, so "Alice" is not found through alice.json on a
    // case-insensitive filesystem
    const names = await store.names();
    if (!names.includes(name)) {
      const near = names.find((n) => n.toLowerCase() === name.toLowerCase());
      throw new KeyringError(
        KeyringErrorCode.keyNotFound,
        `key "${name}" not found in ${store.dir}${near ? ` (did you mean "${near}"?)` : ""}`,
        { name },
      );
    }
    return readRecord(name);
  }

  /** Reads a key whose name came from the directory listing. */
  async function readRecord(name: string): Promise<KeyRecord> {
    const text = await store.read(name);
    if (text === undefined) {
      throw new KeyringError(KeyringErrorCode.keyNotFound, `key "${name}" not found in ${store.dir}`, {
        name,
      });
    }
    return parseKeyRecord(text, store.pathOf(name), { name, backend });
  }

  /** Records that parse; broken files are skipped (they are reported by list/get, not here). */
  async function loadAllReadable(): Promise<KeyRecord[]> {
    const out: KeyRecord[] = [];
    for (const name of await store.names()) {
      try {
        out.push(await readRecord(name));
      } catch (err) {
        if (!isKeyringError(err)) throw err;
      }
    }
    return out;
  }

  /** Passphrase for writing a new key: must unlock the existing keys, or starts the keyring. */
  async function passphraseForWrite(existing: KeyRecord[]): Promise<string> {
    if (passphrase !== undefined) return passphrase;
    const reference = existing.find((r) => r.secret.scheme === "scrypt-aes-256-gcm");
    if (reference === undefined) {
      const chosen = await askPassphrase("create");
      // [REJECT] a new file keyring's passphrase has at least 8 characters
      if ([...chosen].length < MIN_PASSPHRASE_LENGTH) {
        throw new KeyringError(
          KeyringErrorCode.weakPassphrase,
          `keyring passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`,
        );
      }
      passphrase = chosen;
      return chosen;
    }
    const given = await askPassphrase("unlock");
    // [REJECT] every key of a file keyring is encrypted with the same passphrase
    if (!(await checkPassphrase(reference.secret as EncryptedSecret, given))) {
      throw new KeyringError(
        KeyringErrorCode.wrongPassphrase,
        `wrong passphrase: it does not unlock the existing keys of ${store.dir} (all keys share one passphrase)`,
      );
    }
    passphrase = given;
    return given;
  }

  /** The record's mnemonic: decrypted (`file`) or read (`test`), then normalized. */
  async function revealMnemonic(record: KeyRecord): Promise<string> {
    let secret: string;
    if (record.secret.scheme === "plaintext") {
      secret = record.secret.mnemonic;
    } else {
      const given = passphrase ?? (await askPassphrase("unlock"));
      try {
        secret = await openSecret(record.secret, given, recordAad(record));
      } catch (err) {
        if (isKeyringError(err)) {
          throw new KeyringError(err.code, `key "${record.name}": ${err.message}`, { name: record.name });
        }
        throw err;
      }
      passphrase = given;
    }
    try {
      return normalizeMnemonic(secret);
    } catch {
      throw corruptSecret(record, "invalid stored secret");
    }
  }

  function corruptSecret(record: KeyRecord, why: string): KeyringError {
    const file = store.pathOf(record.name);
    return new KeyringError(KeyringErrorCode.corruptKey, `key file ${file} is corrupt: ${why}`, { file });
  }

  /** [REJECT] the secret must derive the address and public key shown to the user */
  function assertDerives(record: KeyRecord, account: DerivedAccount): void {
    if (account.address !== record.address || account.pubkey !== record.pubkey) {
      throw corruptSecret(record, "its secret does not derive the stored address");
    }
  }

  return {
    backend,
    dir: store.dir,

    async add(name: string, addOpts: AddKeyOptions = {}): Promise<AddKeyResult> {
      validateKeyName(name);
      const hdPath = canonicalHdPath(addOpts.hdPath ?? DEFAULT_HD_PATH);
      const recovered = addOpts.mnemonic === undefined ? undefined : normalizeMnemonic(addOpts.mnemonic);

      const names = await store.names();
      // [REJECT] names are unique ignoring case (case-insensitive filesystems would merge them)
      const clash = names.find((n) => n.toLowerCase() === name.toLowerCase());
      if (clash !== undefined) {
        throw new KeyringError(KeyringErrorCode.keyExists, `key "${clash}" already exists in ${store.dir}`, {
          name: clash,
        });
      }
      const existing = await loadAllReadable();
      const secretPassphrase = backend === "file" ? await passphraseForWrite(existing) : undefined;

      const mnemonic = recovered ?? generateMnemonic();
      const account = await deriveAccount(mnemonic, hdPath);
      // [REJECT] one account is stored once: a second name for it would hide which one signs
      const twin = existing.find((r) => r.address === account.address);
      if (twin !== undefined) {
        throw new KeyringError(
          KeyringErrorCode.keyExists,
          `address ${account.address} is already stored as key "${twin.name}"`,
          { name: twin.name },
        );
      }

      const header: KeyRecordHeader = {
        version: KEY_RECORD_VERSION,
        name,
        type: "local",
        address: account.address,
        pubkey: account.pubkey,
        hdPath,
      };
      const secret: KeyRecord["secret"] =
        secretPassphrase === undefined
          ? { scheme: "plaintext", mnemonic }
          : {
              scheme: "scrypt-aes-256-gcm",
              ...(await sealSecret(mnemonic, secretPassphrase, recordAad(header), kdfCost)),
            };
      await store.create(name, serializeKeyRecord({ ...header, secret }));
      const key = keyInfoOf(header);
      return recovered === undefined ? { key, mnemonic } : { key };
    },

    async list(): Promise<KeyInfo[]> {
      const names = (await store.names()).sort();
      const out: KeyInfo[] = [];
      for (const name of names) out.push(keyInfoOf(await readRecord(name)));
      return out;
    },

    async get(name: string): Promise<KeyInfo> {
      return keyInfoOf(await load(name));
    },

    async exportMnemonic(name: string): Promise<string> {
      const record = await load(name);
      const mnemonic = await revealMnemonic(record);
      assertDerives(record, await deriveAccount(mnemonic, record.hdPath));
      return mnemonic;
    },

    async delete(name: string): Promise<void> {
      validateKeyName(name);
      if (!(await store.names()).includes(name) || !(await store.remove(name))) {
        throw new KeyringError(KeyringErrorCode.keyNotFound, `key "${name}" not found in ${store.dir}`, {
          name,
        });
      }
    },

    async signer(name: string): Promise<OfflineDirectSigner> {
      const record = await load(name);
      const { wallet, account } = await createWallet(await revealMnemonic(record), record.hdPath);
      assertDerives(record, account);
      return wallet;
    },
  };
}
