/**
 * The keyring flags shared by every command that needs keys (`keys …`, `tx … --from NAME`), and
 * their translation into {@link OpenKeyringOptions}.
 */

import { homedir } from "node:os";
import { join } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { MAX_KDF_COST, MIN_KDF_COST } from "./encryption.js";
import { openKeyring } from "./openKeyring.js";
import { createPassphraseProvider, PASSPHRASE_ENV, type SecretIO } from "./readSecretInput.js";
import { KEYRING_BACKENDS, type Keyring, type KeyringBackend, type OpenKeyringOptions } from "./types.js";

/** Default `--home`, shown as typed; `~` is expanded when read. */
export const DEFAULT_HOME = "~/.strata";

/** Help text that makes the `test` backend's lack of encryption impossible to miss. */
export const TEST_BACKEND_WARNING =
  "WARNING: --keyring-backend test stores mnemonics UNENCRYPTED on disk. Use it only for local development and tests, never for keys that hold real funds.";

function parseKdfCost(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < MIN_KDF_COST || n > MAX_KDF_COST) {
    throw new InvalidArgumentError(`expected an integer from ${MIN_KDF_COST} to ${MAX_KDF_COST}`);
  }
  return n;
}

function hasOption(cmd: Command, long: string): boolean {
  return cmd.options.some((o) => o.long === long);
}

/**
 * Adds `--home`, `--keyring-backend`, `--passphrase-file` (and the hidden test-only
 * `--keyring-kdf-cost`) to `cmd`, skipping any flag the command already defines (so a command
 * with its own `--home` keeps it). Returns `cmd` for chaining.
 */
export function addKeyringOptions(cmd: Command): Command {
  const options = [
    new Option("--home <dir>", "client home directory; keys live in <home>/keyring-<backend>/").default(
      DEFAULT_HOME,
    ),
    new Option(
      "--keyring-backend <backend>",
      "where keys are kept: file (encrypted with a passphrase) or test (UNENCRYPTED, development only)",
    )
      .choices([...KEYRING_BACKENDS])
      .default("file"),
    new Option(
      "--passphrase-file <file>",
      `file backend: read the passphrase from this file (else $${PASSPHRASE_ENV}, else a prompt on a terminal)`,
    ),
    // Lowers scrypt's cost for new keys so end-to-end tests stay fast; not for users
    new Option("--keyring-kdf-cost <log2n>", "scrypt cost (log2 N) for new keys")
      .argParser(parseKdfCost)
      .hideHelp(),
  ];
  for (const option of options) {
    if (!hasOption(cmd, option.long!)) cmd.addOption(option);
  }
  return cmd;
}

/** Expands a leading `~` to the user's home directory (shells do not expand `--home=~/x`). */
export function expandHome(path: string): string {
  if (path === "~") return homedir();
  if (path.startsWith("~/")) return join(homedir(), path.slice(2));
  return path;
}

/**
 * Reads the flags added by {@link addKeyringOptions} (on `cmd` or an ancestor) into options for
 * `openKeyring`. The passphrase is a lazy provider: `--passphrase-file`, then
 * `$STRATA_KEYRING_PASSPHRASE`, then a hidden prompt on a terminal.
 * @param io - terminal streams for prompts; default stdin/stderr
 */
export function keyringOptionsFromCommand(cmd: Command, io?: SecretIO): OpenKeyringOptions {
  const o = cmd.optsWithGlobals() as {
    home?: string;
    keyringBackend?: KeyringBackend;
    passphraseFile?: string;
    keyringKdfCost?: number;
  };
  const opts: OpenKeyringOptions = {
    home: expandHome(o.home ?? DEFAULT_HOME),
    backend: o.keyringBackend ?? "file",
    passphrase: createPassphraseProvider({
      ...(o.passphraseFile !== undefined ? { passphraseFile: o.passphraseFile } : {}),
      ...(io !== undefined ? { io } : {}),
    }),
  };
  if (o.keyringKdfCost !== undefined) opts.kdfCost = o.keyringKdfCost;
  return opts;
}

/**
 * Opens the keyring selected by `cmd`'s keyring flags, e.g. in `tx bank send --from NAME`:
 * `const signer = await (await openKeyringFromCommand(cmd)).signer(from)`.
 * @throws {KeyringError} invalidOption (see `openKeyring`)
 */
export function openKeyringFromCommand(cmd: Command, io?: SecretIO): Promise<Keyring> {
  return openKeyring(keyringOptionsFromCommand(cmd, io));
}
