/**
 * `strata keys …`: create, recover, list, show and delete the keys of the local keyring. The
 * keyring itself lives in `cli/keyring`; this file only parses flags and prints results.
 */
import type { Command } from "commander";
import {
  addKeyringOptions,
  DEFAULT_HD_PATH,
  isKeyringError,
  type KeyInfo,
  type Keyring,
  KeyringError,
  KeyringErrorCode,
  openKeyringFromCommand,
  PASSPHRASE_ENV,
  promptConfirm,
  readMnemonicInput,
  TEST_BACKEND_WARNING,
  validateKeyName,
} from "../keyring/index.js";
import { outputFormat, printResult } from "../output.js";

const MNEMONIC_WARNING = [
  "**Important** write this mnemonic phrase down and keep it in a safe place.",
  "It is the only way to recover this account; it will not be shown again.",
].join("\n");

const KEYRING_HELP = `
Backends (--keyring-backend):
  file  default; each mnemonic is encrypted with the keyring passphrase (scrypt + AES-256-GCM).
        The passphrase is read from --passphrase-file, else $${PASSPHRASE_ENV}, else a hidden
        prompt when stdin is a terminal. All keys of a keyring share one passphrase.
  test  ${TEST_BACKEND_WARNING}

Keys are stored one file per key in <home>/keyring-<backend>/ (folder 0700, files 0600).`;

function keyText(k: KeyInfo): string {
  return [`- name: ${k.name}`, `  type: ${k.type}`, `  address: ${k.address}`, `  pubkey: ${k.pubkey}`].join(
    "\n",
  );
}

function listText(keys: KeyInfo[], dir: string): string {
  if (keys.length === 0) return `no keys in ${dir}`;
  const w = Math.max(4, ...keys.map((k) => k.name.length));
  const rows = keys.map((k) => `${k.name.padEnd(w)}  ${k.address}  ${k.pubkey}`);
  return [`${"NAME".padEnd(w)}  ${"ADDRESS".padEnd(keys[0]!.address.length)}  PUBKEY`, ...rows].join("\n");
}

interface AddFlags {
  recover?: boolean;
  mnemonicFile?: string;
  hdPath: string;
}

/** Fails early, before the user types a mnemonic, when the name is taken. */
async function assertNameFree(kr: Keyring, name: string): Promise<void> {
  try {
    await kr.get(name);
  } catch (err) {
    if (isKeyringError(err, KeyringErrorCode.keyNotFound)) return;
    throw err;
  }
  throw new KeyringError(KeyringErrorCode.keyExists, `key "${name}" already exists in ${kr.dir}`, { name });
}

async function addKey(name: string, flags: AddFlags, cmd: Command, recover: boolean): Promise<void> {
  validateKeyName(name);
  const kr = await openKeyringFromCommand(cmd);
  const format = outputFormat(cmd);
  if (kr.backend === "test") console.error(TEST_BACKEND_WARNING);
  await assertNameFree(kr, name);
  const mnemonic = recover ? await readMnemonicInput(flags.mnemonicFile) : undefined;
  const { key, mnemonic: generated } = await kr.add(name, {
    hdPath: flags.hdPath,
    ...(mnemonic !== undefined ? { mnemonic } : {}),
  });
  if (generated === undefined) {
    printResult(format, key, keyText);
    return;
  }
  if (format === "json") console.error(MNEMONIC_WARNING);
  printResult(
    format,
    { ...key, mnemonic: generated },
    (v) => `${keyText(key)}\n\n${MNEMONIC_WARNING}\n\n${v.mnemonic}`,
  );
}

function addMnemonicFlags(cmd: Command): Command {
  return cmd
    .option(
      "--mnemonic-file <file>",
      "read the mnemonic to recover from this file (default: stdin or a prompt)",
    )
    .option("--hd-path <path>", "BIP-32 derivation path", DEFAULT_HD_PATH);
}

/** Registers the `keys` command group on the root program. */
export function register(program: Command): void {
  const keys = program
    .command("keys")
    .description("manage the local keyring (keys that sign transactions)")
    .addHelpText("after", KEYRING_HELP);

  addKeyringOptions(
    addMnemonicFlags(
      keys
        .command("add")
        .description("create a key from a new 24-word mnemonic, or recover one with --recover")
        .argument("<name>", "key name: letters, digits, '.', '_', '-' (max 64)")
        .option("--recover", "recover from an existing mnemonic (--mnemonic-file, piped stdin, or a prompt)"),
    ),
  )
    .addHelpText(
      "after",
      `
A new mnemonic is printed once: write it down, it is the only way to recover the key.
${TEST_BACKEND_WARNING}

Examples:
  $ strata keys add alice
  $ strata keys add bob --recover --mnemonic-file bob.txt
  $ echo "$MNEMONIC" | strata keys add carol --recover --keyring-backend test`,
    )
    .action(async (name: string, flags: AddFlags, cmd: Command) => {
      await addKey(name, flags, cmd, flags.recover === true || flags.mnemonicFile !== undefined);
    });

  addKeyringOptions(
    addMnemonicFlags(
      keys
        .command("import")
        .description("import a key from an existing mnemonic (same as add --recover)")
        .argument("<name>", "key name: letters, digits, '.', '_', '-' (max 64)"),
    ),
  )
    .addHelpText(
      "after",
      `\n${TEST_BACKEND_WARNING}\n\nExample:\n  $ strata keys import bob --mnemonic-file bob.txt`,
    )
    .action(async (name: string, flags: AddFlags, cmd: Command) => {
      await addKey(name, flags, cmd, true);
    });

  addKeyringOptions(keys.command("list").alias("ls").description("list all keys (no passphrase needed)"))
    .addHelpText("after", "\nExample:\n  $ strata keys list --output json")
    .action(async (_flags: unknown, cmd: Command) => {
      const kr = await openKeyringFromCommand(cmd);
      printResult(outputFormat(cmd), await kr.list(), (keys) => listText(keys, kr.dir));
    });

  addKeyringOptions(
    keys
      .command("show")
      .description("show a key's address and public key (no passphrase needed)")
      .argument("<name>", "key name")
      .option("-a, --address", "print only the address"),
  )
    .addHelpText("after", "\nExamples:\n  $ strata keys show alice\n  $ strata keys show alice --address")
    .action(async (name: string, flags: { address?: boolean }, cmd: Command) => {
      const key = await (await openKeyringFromCommand(cmd)).get(name);
      const format = outputFormat(cmd);
      if (flags.address) printResult(format, { address: key.address }, (v) => v.address);
      else printResult(format, key, keyText);
    });

  addKeyringOptions(
    keys
      .command("delete")
      .alias("rm")
      .description("delete a key from the keyring (its mnemonic is the only way back)")
      .argument("<name>", "key name")
      .option("-y, --yes", "do not ask for confirmation (required when stdin is not a terminal)"),
  )
    .addHelpText("after", "\nExample:\n  $ strata keys delete alice --yes")
    .action(async (name: string, flags: { yes?: boolean }, cmd: Command) => {
      const kr = await openKeyringFromCommand(cmd);
      const key = await kr.get(name);
      if (!flags.yes) {
        if (!process.stdin.isTTY) {
          throw new KeyringError(
            KeyringErrorCode.confirmationRequired,
            `refusing to delete key "${name}" without confirmation: pass --yes`,
            { name },
          );
        }
        const ok = await promptConfirm(`Delete key "${name}" (${key.address})? It cannot be undone.`, {
          input: process.stdin,
          output: process.stderr,
        });
        if (!ok) {
          throw new KeyringError(KeyringErrorCode.confirmationRequired, `key "${name}" was not deleted`, {
            name,
          });
        }
      }
      await kr.delete(name);
      printResult(
        outputFormat(cmd),
        { deleted: true, name: key.name, address: key.address },
        (v) => `deleted key "${v.name}" (${v.address})`,
      );
    });
}
