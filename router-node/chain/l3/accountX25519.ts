import { Bip39, EnglishMnemonic, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { deriveMemberX25519, type X25519KeyPair } from "../../../chain/l3-privacy/crypto/index.js";

/**
 * A party's X25519 key pair from its keyring mnemonic (L3 RULES.md, "Member encryption keys"): the
 * account's secp256k1 private key at `hdPath` (the keyring's, default `m/44'/118'/0'/0/0`), then
 * `deriveMemberX25519`. The private key is wiped after use.
 */
export async function x25519FromMnemonic(
  mnemonic: string,
  hdPath = "m/44'/118'/0'/0/0",
): Promise<X25519KeyPair> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(hdPath));
  try {
    return deriveMemberX25519(privkey);
  } finally {
    privkey.fill(0);
    seed.fill(0);
  }
}
