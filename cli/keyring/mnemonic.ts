import { generateMnemonic as bip39Generate, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { KeyringError, KeyringErrorCode } from "./errors.js";

const WORD_COUNTS = new Set([12, 15, 18, 21, 24]);

/** Generates a fresh 24-word (256-bit entropy) English BIP-39 mnemonic from the OS CSPRNG. */
export function generateMnemonic(): string {
  return bip39Generate(wordlist, 256);
}

/**
 * Canonical form of a user-typed mnemonic: NFKD, lower case, single spaces, no surrounding blanks.
 * @throws {KeyringError} invalidMnemonic when it is empty, has a word count other than
 *   12/15/18/21/24, contains a word outside the English list, or fails the checksum. The message
 *   never repeats the mnemonic or any of its words.
 */
export function normalizeMnemonic(input: string): string {
  const words = input.normalize("NFKD").toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    throw new KeyringError(KeyringErrorCode.invalidMnemonic, "no mnemonic given");
  }
  // [REJECT] BIP-39 mnemonics have 12, 15, 18, 21 or 24 words
  if (!WORD_COUNTS.has(words.length)) {
    throw new KeyringError(
      KeyringErrorCode.invalidMnemonic,
      `mnemonic has ${words.length} words; expected 12, 15, 18, 21 or 24`,
    );
  }
  // [REJECT] every word must be in the English BIP-39 list (position only: words are secret)
  const unknown = words.findIndex((w) => !wordlist.includes(w));
  if (unknown >= 0) {
    throw new KeyringError(
      KeyringErrorCode.invalidMnemonic,
      `mnemonic word #${unknown + 1} is not in the English BIP-39 word list`,
    );
  }
  const mnemonic = words.join(" ");
  // [REJECT] the BIP-39 checksum must match
  if (!validateMnemonic(mnemonic, wordlist)) {
    throw new KeyringError(
      KeyringErrorCode.invalidMnemonic,
      "mnemonic checksum is invalid (check the words)",
    );
  }
  return mnemonic;
}
