import { pbkdf2 } from "node:crypto";
import { rawSecp256k1PubkeyToRawAddress } from "@cosmjs/amino";
import { pathToString, Secp256k1, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { toBase64, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { KeyringError, KeyringErrorCode } from "./errors.js";

/** Bech32 prefix of strata account addresses. */
export const ADDRESS_PREFIX = "strata";

/** Default BIP-44 path (coin type 118, like the Cosmos Hub), account 0, index 0. */
export const DEFAULT_HD_PATH = "m/44'/118'/0'/0/0";

/** Public identity of one derived account. */
export interface DerivedAccount {
  /** Bech32 address with {@link ADDRESS_PREFIX}. */
  address: string;
  /** Compressed secp256k1 public key, base64. */
  pubkey: string;
}

/**
 * Parses an HD path into the canonical string cosmjs produces (`m/44'/118'/0'/0/0`).
 * @throws {KeyringError} invalidHdPath when cosmjs cannot parse it
 */
export function canonicalHdPath(hdPath: string): string {
  try {
    return pathToString(stringToPath(hdPath.trim()));
  } catch (err) {
    throw new KeyringError(
      KeyringErrorCode.invalidHdPath,
      `invalid HD path ${JSON.stringify(hdPath)}: expected the form m/44'/118'/0'/0/0 (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

function bip39Seed(mnemonic: string): Promise<Buffer> {
  // BIP-39: PBKDF2-HMAC-SHA512(NFKD(mnemonic), "mnemonic" + NFKD(password), 2048 rounds, 64 bytes),
  // no BIP-39 password. Native here because the pure-JS version cosmjs uses costs ~0.5 s under
  // the test runner's transform; tests cross-check the result against cosmjs.
  return new Promise((resolve, reject) =>
    pbkdf2(mnemonic.normalize("NFKD"), "mnemonic", 2048, 64, "sha512", (err, seed) =>
      err ? reject(err) : resolve(seed),
    ),
  );
}

/**
 * Address and public key at `hdPath` for a normalized mnemonic, derived exactly as cosmjs's
 * `DirectSecp256k1HdWallet` does (BIP-39 seed, SLIP-10 secp256k1, compressed key, bech32 of
 * RIPEMD160(SHA256(pubkey))).
 * @throws {KeyringError} invalidHdPath
 */
export async function deriveAccount(mnemonic: string, hdPath: string): Promise<DerivedAccount> {
  const path = stringToPath(canonicalHdPath(hdPath));
  const seed = await bip39Seed(mnemonic);
  try {
    const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, path);
    try {
      const pubkey = Secp256k1.compressPubkey((await Secp256k1.makeKeypair(privkey)).pubkey);
      return {
        address: toBech32(ADDRESS_PREFIX, rawSecp256k1PubkeyToRawAddress(pubkey)),
        pubkey: toBase64(pubkey),
      };
    } finally {
      privkey.fill(0);
    }
  } finally {
    seed.fill(0);
  }
}

/**
 * The cosmjs wallet for the account at `hdPath`, with the `strata` prefix, plus the account it
 * exposes (for checking against the stored record).
 * @throws {KeyringError} invalidHdPath; invalidMnemonic if cosmjs rejects the mnemonic
 */
export async function createWallet(
  mnemonic: string,
  hdPath: string,
): Promise<{ wallet: DirectSecp256k1HdWallet; account: DerivedAccount }> {
  const hdPaths = [stringToPath(canonicalHdPath(hdPath))];
  let wallet: DirectSecp256k1HdWallet;
  try {
    wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: ADDRESS_PREFIX, hdPaths });
  } catch {
    // cosmjs errors may quote the mnemonic, so they are not passed on
    throw new KeyringError(KeyringErrorCode.invalidMnemonic, "mnemonic rejected by the wallet library");
  }
  const [first] = await wallet.getAccounts();
  return { wallet, account: { address: first!.address, pubkey: toBase64(first!.pubkey) } };
}
