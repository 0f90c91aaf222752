import assert from "node:assert/strict";
import { checkPassphrase, openSecret, sealSecret, validateKdfCost } from "../../../cli/keyring/encryption.js";
import { KeyringErrorCode } from "../../../cli/keyring/index.js";
import { keyringCode, TEST_KDF_COST } from "./fixtures.js";

const aad = new TextEncoder().encode("header");

describe("encryption (scrypt + AES-256-GCM)", () => {
  it("round-trips a secret and reports the parameters it used", async () => {
    const sealed = await sealSecret("top secret", "passphrase", aad, TEST_KDF_COST);
    assert.deepEqual([sealed.kdf.name, sealed.kdf.n, sealed.kdf.r, sealed.kdf.p], ["scrypt", 1024, 8, 1]);
    assert.equal(sealed.cipher.name, "aes-256-gcm");
    assert.equal(await openSecret(sealed, "passphrase", aad), "top secret");
    assert.equal(await checkPassphrase(sealed, "passphrase"), true);
    assert.equal(await checkPassphrase(sealed, "Passphrase"), false);
  });

  it("same input twice gives different salt, nonce and ciphertext", async () => {
    const [a, b] = await Promise.all([1, 2].map(() => sealSecret("s", "p", aad, TEST_KDF_COST)));
    assert.notEqual(a!.kdf.salt, b!.kdf.salt);
    assert.notEqual(a!.cipher.nonce, b!.cipher.nonce);
    assert.notEqual(a!.ciphertext, b!.ciphertext);
  });

  it("wrong passphrase -> wrongPassphrase; other associated data -> corruptKey", async () => {
    const sealed = await sealSecret("top secret", "passphrase", aad, TEST_KDF_COST);
    await assert.rejects(openSecret(sealed, "wrong", aad), keyringCode(KeyringErrorCode.wrongPassphrase));
    await assert.rejects(
      openSecret(sealed, "passphrase", new TextEncoder().encode("other header")),
      keyringCode(KeyringErrorCode.corruptKey),
    );
  });

  it("malformed parameters -> corruptKey", async () => {
    const sealed = await sealSecret("s", "p", aad, TEST_KDF_COST);
    for (const broken of [
      { ...sealed, cipher: { ...sealed.cipher, nonce: "AAAA" } },
      { ...sealed, kdf: { ...sealed.kdf, salt: "" } },
      { ...sealed, check: "AAAA" },
      { ...sealed, kdf: { ...sealed.kdf, p: 2 } },
    ]) {
      await assert.rejects(openSecret(broken, "p", aad), keyringCode(KeyringErrorCode.corruptKey));
    }
  });

  it("passphrases are compared after NFKC normalization", async () => {
    const sealed = await sealSecret("s", "caf\u00e9 au lait", aad, TEST_KDF_COST);
    assert.equal(await openSecret(sealed, "cafe\u0301 au lait", aad), "s");
  });

  it("validates the KDF cost (10..18)", () => {
    for (const ok of [10, 17, 18]) validateKdfCost(ok);
    for (const bad of [9, 19, 12.5, Number.NaN]) {
      assert.throws(() => validateKdfCost(bad), keyringCode(KeyringErrorCode.invalidOption));
    }
  });
});
