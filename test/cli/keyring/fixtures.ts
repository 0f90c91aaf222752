import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isKeyringError, type KeyringErrorCode } from "../../../cli/keyring/index.js";

/** Creates temp home folders and removes them all on `cleanup()`. */
export function tmpHomes(): { make(): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const dir = await mkdtemp(join(tmpdir(), "strata-keyring-"));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/** `assert.rejects` validator: the error is a KeyringError with `code`. */
export function keyringCode(code: KeyringErrorCode): (err: unknown) => true {
  return (err: unknown) => {
    assert.ok(isKeyringError(err, code), `expected keyring error ${code}, got ${String(err)}`);
    return true;
  };
}

/** The 12-word all-"abandon" BIP-39 test mnemonic. */
export const ABANDON_12 =
  "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

/**
 * Its account at m/44'/118'/0'/0/0: the Cosmos Hub's well-known
 * `cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4` with the strata prefix (same 20-byte hash).
 */
export const ABANDON_12_ADDRESS = "strata19rl4cm2hmr8afy4kldpxz3fka4jguq0a36sgch";
/** Its compressed public key, base64. */
export const ABANDON_12_PUBKEY = "Ak9OKtmcNNYLm6YoPJQxqEGK+GcyEpYfl6d7Y3f80Fti";

/** A 24-word BIP-39 test-vector mnemonic (entropy 0x7f × 32). */
export const LEGAL_24 =
  "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth title";

/** {@link LEGAL_24} at m/44'/118'/0'/0/0 and m/44'/118'/0'/0/1 (computed with cosmjs 0.39). */
export const LEGAL_24_ACCOUNTS = [
  {
    address: "strata15f7sdzduxh5umchk433z275xz8gnw8lq9kurdl",
    pubkey: "A8x+k2xYUTeT1xBQa0gyUT4/fuXnjov3OWfu7DsHSiyV",
  },
  {
    address: "strata15r4nfh86vq9mtt88wspqrmze4xe2yd9c2xsxyg",
    pubkey: "AzK80jiAovhEckfUs4VEwb06RB3j+PRZ50jCutxILl4Q",
  },
] as const;

/** Cheapest accepted scrypt cost (log2 N), so tests are fast. */
export const TEST_KDF_COST = 10;

/** Passphrase used by the file-backend tests. */
export const PASS = "correct horse battery";
