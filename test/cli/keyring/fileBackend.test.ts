import assert from "node:assert/strict";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Keyring,
  KeyringErrorCode,
  openKeyring,
  type PassphrasePurpose,
} from "../../../cli/keyring/index.js";
import {
  ABANDON_12,
  ABANDON_12_ADDRESS,
  keyringCode,
  LEGAL_24,
  LEGAL_24_ACCOUNTS,
  PASS,
  TEST_KDF_COST,
  tmpHomes,
} from "./fixtures.js";

/** Shape of a `file` backend key file, as the tests read and alter it. */
interface KeyFileJson {
  version: number;
  name: string;
  type: string;
  address: string;
  pubkey: string | number;
  hdPath: string;
  secret: {
    scheme: string;
    mnemonic?: string;
    kdf: { name: string; n: number; r: number; p: number; salt: string };
    cipher: { name: string; nonce: string; tag: string };
    check: string;
    ciphertext: string;
  };
}

describe("file backend", () => {
  const homes = tmpHomes();
  // One encrypted key file for ABANDON_12, written once and planted (possibly altered) per test
  let aliceJson: KeyFileJson;

  before(async () => {
    const kr = await openKeyring({
      home: await homes.make(),
      backend: "file",
      passphrase: PASS,
      kdfCost: 10,
    });
    await kr.add("alice", { mnemonic: ABANDON_12 });
    aliceJson = JSON.parse(await readFile(join(kr.dir, "alice.json"), "utf8"));
  });
  after(() => homes.cleanup());

  /** A fresh home whose file keyring holds `json` as `<name>.json`. */
  async function plant(json: unknown, name = "alice"): Promise<string> {
    const home = await homes.make();
    await mkdir(join(home, "keyring-file"), { recursive: true });
    await writeFile(join(home, "keyring-file", `${name}.json`), JSON.stringify(json));
    return home;
  }

  function withPass(home: string, passphrase: string | undefined = PASS): Promise<Keyring> {
    return openKeyring({ home, backend: "file", passphrase, kdfCost: TEST_KDF_COST });
  }

  const clone = () => structuredClone(aliceJson);

  describe("at rest", () => {
    it("the key file holds a versioned envelope and never the mnemonic or its words", async () => {
      const kr = await withPass(await homes.make());
      await kr.add("bob", { mnemonic: LEGAL_24 });
      const text = await readFile(join(kr.dir, "bob.json"), "utf8");
      for (const word of ["legal", "winner", "sausage", "title"]) assert.ok(!text.includes(word), word);
      const json = JSON.parse(text);
      assert.equal(json.version, 1);
      assert.equal(json.address, LEGAL_24_ACCOUNTS[0].address);
      assert.equal(json.secret.scheme, "scrypt-aes-256-gcm");
      assert.deepEqual(Object.keys(json.secret.kdf).sort(), ["n", "name", "p", "r", "salt"]);
      assert.equal(json.secret.kdf.n, 2 ** TEST_KDF_COST);
      assert.equal(json.secret.cipher.name, "aes-256-gcm");
      assert.equal(Buffer.from(json.secret.cipher.nonce, "base64").length, 12);
    });

    it("salt and nonce are fresh for every key", async () => {
      const kr = await withPass(await homes.make());
      await kr.add("a", { mnemonic: ABANDON_12 });
      await kr.add("b", { mnemonic: LEGAL_24 });
      const [a, b] = await Promise.all(
        ["a", "b"].map(async (n) => JSON.parse(await readFile(join(kr.dir, `${n}.json`), "utf8")).secret),
      );
      assert.notEqual(a.kdf.salt, b.kdf.salt);
      assert.notEqual(a.cipher.nonce, b.cipher.nonce);
    });

    it("uses scrypt N = 2^17, r = 8 by default", async function () {
      this.timeout(20_000);
      const kr = await openKeyring({ home: await homes.make(), backend: "file", passphrase: PASS });
      await kr.add("strong", { mnemonic: ABANDON_12 });
      const { kdf } = JSON.parse(await readFile(join(kr.dir, "strong.json"), "utf8")).secret;
      assert.deepEqual([kdf.n, kdf.r, kdf.p], [2 ** 17, 8, 1]);
    });
  });

  describe("passphrase", () => {
    it("the right passphrase unlocks a key written by another keyring instance", async () => {
      const kr = await withPass(await plant(aliceJson));
      assert.equal(await kr.exportMnemonic("alice"), ABANDON_12);
    });

    it("a wrong passphrase fails with wrongPassphrase, never garbage; public data still readable", async () => {
      const kr = await withPass(await plant(aliceJson), "not the passphrase");
      await assert.rejects(kr.signer("alice"), keyringCode(KeyringErrorCode.wrongPassphrase));
      await assert.rejects(kr.exportMnemonic("alice"), keyringCode(KeyringErrorCode.wrongPassphrase));
      assert.equal((await kr.get("alice")).address, ABANDON_12_ADDRESS);
    });

    it("all keys of a file keyring share one passphrase", async () => {
      const kr = await withPass(await plant(aliceJson), "another passphrase");
      await assert.rejects(kr.add("b"), keyringCode(KeyringErrorCode.wrongPassphrase));
      assert.deepEqual(await readdir(kr.dir), ["alice.json"]);
    });

    it("asks the provider lazily: create for a new keyring, unlock afterwards, once per instance", async () => {
      const home = await homes.make();
      const asked: PassphrasePurpose[] = [];
      const provider = async (purpose: PassphrasePurpose) => {
        asked.push(purpose);
        return PASS;
      };
      const kr = await openKeyring({ home, backend: "file", passphrase: provider, kdfCost: TEST_KDF_COST });
      await kr.list();
      assert.deepEqual(asked, [], "list needs no passphrase");
      await kr.add("a", { mnemonic: ABANDON_12 });
      await kr.add("b", { mnemonic: LEGAL_24 });
      assert.deepEqual(asked, ["create"], "asked once, then reused");

      const again = await openKeyring({ home, backend: "file", passphrase: provider });
      await again.get("a");
      await again.delete("b");
      assert.deepEqual(asked, ["create"], "get and delete need no passphrase");
      await again.exportMnemonic("a");
      assert.deepEqual(asked, ["create", "unlock"]);
    });

    it("no passphrase -> passphraseRequired; a short new one -> weakPassphrase; nothing written", async () => {
      const home = await homes.make();
      await assert.rejects(
        (await openKeyring({ home, backend: "file" })).add("a"),
        keyringCode(KeyringErrorCode.passphraseRequired),
      );
      await assert.rejects(
        (await withPass(home, "short")).add("a"),
        keyringCode(KeyringErrorCode.weakPassphrase),
      );
      assert.deepEqual(await readdir(home), []);
      await assert.rejects(
        (await openKeyring({ home: await plant(aliceJson), backend: "file" })).signer("alice"),
        keyringCode(KeyringErrorCode.passphraseRequired),
      );
    });
  });

  describe("tampering", () => {
    it("a modified ciphertext or tag fails with corruptKey", async () => {
      const flip = (b64: string) => {
        const bytes = Buffer.from(b64, "base64");
        bytes[0]! ^= 0x01;
        return bytes.toString("base64");
      };
      const badCiphertext = clone();
      badCiphertext.secret.ciphertext = flip(badCiphertext.secret.ciphertext);
      const badTag = clone();
      badTag.secret.cipher.tag = flip(badTag.secret.cipher.tag);
      for (const json of [badCiphertext, badTag]) {
        const kr = await withPass(await plant(json));
        await assert.rejects(kr.signer("alice"), keyringCode(KeyringErrorCode.corruptKey));
      }
    });

    it("another key's address and pubkey swapped in are caught on unlock (bound as associated data)", async () => {
      const json = clone();
      json.address = LEGAL_24_ACCOUNTS[0].address;
      json.pubkey = LEGAL_24_ACCOUNTS[0].pubkey;
      const kr = await withPass(await plant(json));
      await assert.rejects(kr.signer("alice"), keyringCode(KeyringErrorCode.corruptKey));
      await assert.rejects(kr.exportMnemonic("alice"), keyringCode(KeyringErrorCode.corruptKey));
    });

    it("an edited HD path is caught on unlock", async () => {
      const json = clone();
      json.hdPath = "m/44'/118'/0'/0/1";
      await assert.rejects(
        (await withPass(await plant(json))).signer("alice"),
        keyringCode(KeyringErrorCode.corruptKey),
      );
    });

    it("an address that is not its pubkey's is caught without a passphrase", async () => {
      const json = clone();
      json.address = LEGAL_24_ACCOUNTS[0].address;
      const kr = await openKeyring({ home: await plant(json), backend: "file" });
      await assert.rejects(kr.get("alice"), keyringCode(KeyringErrorCode.corruptKey));
      await assert.rejects(kr.list(), keyringCode(KeyringErrorCode.corruptKey));
    });

    it("a plain-text secret planted in the file backend is refused", async () => {
      const json = clone();
      json.secret = { scheme: "plaintext", mnemonic: ABANDON_12 } as KeyFileJson["secret"];
      await assert.rejects(
        (await withPass(await plant(json))).signer("alice"),
        keyringCode(KeyringErrorCode.corruptKey),
      );
    });

    it("a key file copied under another name is refused", async () => {
      const kr = await withPass(await plant(aliceJson, "eve"));
      await assert.rejects(kr.get("eve"), keyringCode(KeyringErrorCode.corruptKey));
    });

    it("out-of-bounds scrypt parameters are refused before any work", async () => {
      for (const [n, r] of [
        [2 ** 30, 8],
        [2 ** 10 + 1, 8],
        [2 ** 10, 1],
      ]) {
        const json = clone();
        json.secret.kdf.n = n;
        json.secret.kdf.r = r;
        await assert.rejects(
          (await withPass(await plant(json))).signer("alice"),
          keyringCode(KeyringErrorCode.corruptKey),
        );
      }
    });

    it("bad JSON or missing fields -> corruptKey; another version -> unsupportedVersion", async () => {
      const home = await plant({});
      const path = join(home, "keyring-file", "alice.json");
      const kr = await withPass(home);
      for (const text of ["{ not json", "[]", JSON.stringify({ ...aliceJson, pubkey: 7 })]) {
        await writeFile(path, text);
        await assert.rejects(kr.get("alice"), keyringCode(KeyringErrorCode.corruptKey), text);
      }
      await writeFile(path, JSON.stringify({ ...aliceJson, version: 2 }));
      await assert.rejects(kr.get("alice"), keyringCode(KeyringErrorCode.unsupportedVersion));
    });
  });
});
