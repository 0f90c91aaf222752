/**
 * Reads secrets (passphrases, mnemonics) given to the CLI as files, environment variables,
 * piped standard input or hidden prompts. Error messages name the source, never the secret.
 */
import { readFile } from "node:fs/promises";
import { KeyringError, KeyringErrorCode } from "./errors.js";
import { type PromptInput, type PromptIO, promptHidden } from "./prompt.js";
import type { PassphraseProvider, PassphrasePurpose } from "./types.js";

/** Environment variable holding the `file` keyring passphrase. */
export const PASSPHRASE_ENV = "STRATA_KEYRING_PASSPHRASE";

// Secrets are short; a cap keeps a wrong path (a log, a disk image) from being slurped in
const MAX_SECRET_FILE_BYTES = 64 * 1024;

/** Standard input as the secret readers need it (`process.stdin` fits). */
export type SecretInput = PromptInput & AsyncIterable<string | Buffer>;

/** Terminal streams used for prompts and piped input. */
export interface SecretIO {
  input: SecretInput;
  output: PromptIO["output"];
}

function defaultIO(): SecretIO {
  return { input: process.stdin, output: process.stderr };
}

/**
 * Reads a secret from a file, dropping one trailing newline (so `echo pass > file` works) but
 * keeping any other whitespace, which may be part of a passphrase.
 * @param what - what the file holds, for error messages ("passphrase file")
 * @throws {KeyringError} inputUnreadable when the file cannot be read or is larger than 64 KiB
 */
export async function readSecretFile(path: string, what: string): Promise<string> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new KeyringError(KeyringErrorCode.inputUnreadable, `cannot read ${what} ${path}: ${code}`, {
      path,
    });
  }
  if (data.length > MAX_SECRET_FILE_BYTES) {
    throw new KeyringError(KeyringErrorCode.inputUnreadable, `${what} ${path} is larger than 64 KiB`, {
      path,
    });
  }
  return data.toString("utf8").replace(/\r?\n$/, "");
}

/**
 * Reads all of a non-TTY standard input (a pipe or a redirected file).
 * @throws {KeyringError} inputUnreadable when it exceeds 64 KiB
 */
export async function readPipedInput(input: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    size += buf.length;
    if (size > MAX_SECRET_FILE_BYTES) {
      throw new KeyringError(KeyringErrorCode.inputUnreadable, "standard input is larger than 64 KiB");
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Where {@link createPassphraseProvider} looks for the passphrase. */
export interface PassphraseSources {
  /** `--passphrase-file`: first choice when set. */
  passphraseFile?: string;
  /** Environment to read {@link PASSPHRASE_ENV} from; default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Terminal for the prompt; default stdin/stderr. */
  io?: SecretIO;
}

/**
 * The CLI's passphrase provider: `--passphrase-file`, then `$STRATA_KEYRING_PASSPHRASE` (when
 * non-empty), then a hidden prompt if stdin is a terminal (asked twice for a new keyring).
 * Nothing is read until the keyring asks.
 * @throws {KeyringError} (from the returned provider) passphraseRequired when no source applies;
 *   inputUnreadable for an unreadable file; weakPassphrase when the two prompted entries differ;
 *   promptCancelled
 */
export function createPassphraseProvider(sources: PassphraseSources = {}): PassphraseProvider {
  return async (purpose: PassphrasePurpose) => {
    if (sources.passphraseFile !== undefined)
      return readSecretFile(sources.passphraseFile, "passphrase file");
    const fromEnv = (sources.env ?? process.env)[PASSPHRASE_ENV];
    if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
    const io = sources.io ?? defaultIO();
    if (!io.input.isTTY) {
      throw new KeyringError(
        KeyringErrorCode.passphraseRequired,
        `the file keyring needs a passphrase: pass --passphrase-file FILE, set ${PASSPHRASE_ENV}, or run in a terminal to be prompted`,
      );
    }
    if (purpose === "unlock") return promptHidden("Enter keyring passphrase: ", io);
    const first = await promptHidden("Enter a passphrase for the new keyring (at least 8 characters): ", io);
    const second = await promptHidden("Re-enter the passphrase: ", io);
    if (first !== second)
      throw new KeyringError(KeyringErrorCode.weakPassphrase, "the passphrases do not match");
    return first;
  };
}

/**
 * Reads a mnemonic to recover: from `mnemonicFile` when given, else a hidden prompt when stdin is
 * a terminal, else all of the piped stdin. The text is returned as is; the keyring validates it.
 * @throws {KeyringError} inputUnreadable; promptCancelled
 */
export async function readMnemonicInput(
  mnemonicFile: string | undefined,
  io: SecretIO = defaultIO(),
): Promise<string> {
  if (mnemonicFile !== undefined) return readSecretFile(mnemonicFile, "mnemonic file");
  if (io.input.isTTY) return promptHidden("Enter your BIP-39 mnemonic: ", io);
  return readPipedInput(io.input);
}
