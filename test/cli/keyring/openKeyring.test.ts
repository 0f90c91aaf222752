import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { fromBech32, toBase64, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { SigningStargateClient } from "@cosmjs/stargate";
import { type Keyring, KeyringErrorCode, openKeyring } from "../../../cli/keyring/index.js";
import {
  ABANDON_12,
  ABANDON_12_ADDRESS,
  ABANDON_12_PUBKEY,
  keyringCode,
  LEGAL_24,
  LEGAL_24_ACCOUNTS,
  PASS,
  TEST_KDF_COST,
  tmpHomes,
} from "./fixtures.js";

// Note: each BIP-39 derivation is slow under mocha's CommonJS transform, so tests check golden
// vectors instead of re-deriving, and cross-check with cosmjs only where that is the point.
describe("openKeyring", () => {
  const homes = tmpHomes();
  after(() => homes.cleanup());

  async function open(backend: "file" | "test"): Promise<Keyring> {
    return openKeyring({ home: await homes.make(), backend, passphrase: PASS, kdfCost: TEST_KDF_COST });
  }

  describe("round trip", () => {
    it("file: add (generated) -> get -> signer -> exportMnemonic agree with cosmjs", async () => {
      const kr = await open("file");
      const { key, mnemonic } = await kr.add("alice");
      assert.ok(mnemonic);
      assert.equal(mnemonic.split(" ").length, 24);
      assert.equal(key.name, "alice");
      assert.equal(key.type, "local");
      assert.match(key.address, /^strata1[02-9ac-hj-np-z]{38}$/);
      assert.equal(Buffer.from(key.pubkey, "base64").length, 33);
      assert.deepEqual(await kr.get("alice"), key);
      assert.deepEqual(await kr.list(), [key]);

      const [account] = await (await kr.signer("alice")).getAccounts();
      assert.equal(account!.address, key.address);
      assert.equal(toBase64(account!.pubkey), key.pubkey);
      assert.equal(account!.algo, "secp256k1");

      // the printed mnemonic, given to cosmjs directly, yields the same account
      const ref = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "strata" });
      assert.equal((await ref.getAccounts())[0]!.address, key.address);
      assert.equal(await kr.exportMnemonic("alice"), mnemonic);
    });

    it("test: add (generated) -> get -> signer agree", async () => {
      const kr = await open("test");
      const { key, mnemonic } = await kr.add("dev");
      assert.equal(mnemonic?.split(" ").length, 24);
      assert.deepEqual(await kr.get("dev"), key);
      assert.equal((await (await kr.signer("dev")).getAccounts())[0]!.address, key.address);
    });

    it("recovering a known mnemonic gives the known address (golden vector, checked against cosmjs)", async () => {
      const kr = await open("test");
      const { key, mnemonic } = await kr.add("bob", { mnemonic: ABANDON_12 });
      assert.equal(mnemonic, undefined, "a recovered mnemonic is not handed back");
      assert.deepEqual(key, {
        name: "bob",
        address: ABANDON_12_ADDRESS,
        pubkey: ABANDON_12_PUBKEY,
        type: "local",
      });
      const hub = fromBech32("cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4", 90);
      assert.equal(toBech32("strata", hub.data), ABANDON_12_ADDRESS);
      const ref = await DirectSecp256k1HdWallet.fromMnemonic(ABANDON_12, { prefix: "strata" });
      assert.equal((await ref.getAccounts())[0]!.address, ABANDON_12_ADDRESS);
    });

    it("normalizes case and whitespace of a recovered mnemonic", async () => {
      const kr = await open("test");
      const messy = `  ${LEGAL_24.toUpperCase().split(" ").join(" \n\t ")}  \n`;
      const { key } = await kr.add("bob", { mnemonic: messy });
      assert.equal(key.address, LEGAL_24_ACCOUNTS[0].address);
      assert.equal(JSON.parse(await readFile(join(kr.dir, "bob.json"), "utf8")).secret.mnemonic, LEGAL_24);
    });

    it("honours a custom HD path", async () => {
      const kr = await open("test");
      const { key } = await kr.add("second", { mnemonic: LEGAL_24, hdPath: "m/44'/118'/0'/0/1" });
      assert.equal(key.address, LEGAL_24_ACCOUNTS[1].address);
      assert.equal(key.pubkey, LEGAL_24_ACCOUNTS[1].pubkey);
      assert.equal((await (await kr.signer("second")).getAccounts())[0]!.address, key.address);
    });

    it("signer works unmodified with SigningStargateClient (signature verifies)", async () => {
      const kr = await open("file");
      const { key } = await kr.add("alice", { mnemonic: ABANDON_12 });
      const client = await SigningStargateClient.offline(await kr.signer("alice"));
      const chainId = "strata-test-1";
      const tx = await client.sign(
        key.address,
        [
          {
            typeUrl: "/cosmos.bank.v1beta1.MsgSend",
            value: {
              fromAddress: key.address,
              toAddress: key.address,
              amount: [{ denom: "ustra", amount: "1" }],
            },
          },
        ],
        { amount: [{ denom: "ustra", amount: "500" }], gas: "200000" },
        "keyring test",
        { accountNumber: 7n, sequence: 0, chainId },
      );
      client.disconnect();
      const signBytes = makeSignBytes(makeSignDoc(tx.bodyBytes, tx.authInfoBytes, chainId, 7n));
      const ok = await Secp256k1.verifySignature(
        Secp256k1Signature.fromFixedLength(tx.signatures[0]!),
        sha256(signBytes),
        Buffer.from(key.pubkey, "base64"),
      );
      assert.ok(ok, "signature must verify against the keyring's public key");
    });

    it("lists keys sorted by name and deletes them", async () => {
      const kr = await open("test");
      await kr.add("zed", { mnemonic: LEGAL_24 });
      await kr.add("amy", { mnemonic: ABANDON_12 });
      assert.deepEqual(
        (await kr.list()).map((k) => k.name),
        ["amy", "zed"],
      );
      await kr.delete("zed");
      assert.deepEqual(
        (await kr.list()).map((k) => k.name),
        ["amy"],
      );
      await assert.rejects(kr.get("zed"), keyringCode(KeyringErrorCode.keyNotFound));
      await assert.rejects(kr.delete("zed"), keyringCode(KeyringErrorCode.keyNotFound));
    });

    it("a missing keyring lists nothing and opening creates nothing", async () => {
      const home = await homes.make();
      const kr = await openKeyring({ home, backend: "file" });
      assert.deepEqual(await kr.list(), []);
      assert.deepEqual(await readdir(home), []);
    });
  });

  describe("storage", () => {
    it("writes <home>/keyring-<backend>/<name>.json, 0600 in a 0700 folder, no temp files left", async () => {
      const home = await homes.make();
      const kr = await openKeyring({ home, backend: "test" });
      await kr.add("alice", { mnemonic: ABANDON_12 });
      assert.equal(kr.dir, join(home, "keyring-test"));
      assert.deepEqual(await readdir(kr.dir), ["alice.json"]);
      if (process.platform !== "win32") {
        assert.equal((await stat(kr.dir)).mode & 0o777, 0o700);
        assert.equal((await stat(join(kr.dir, "alice.json"))).mode & 0o777, 0o600);
      }
    });

    it("test backend stores the mnemonic in clear (documented) and never asks for a passphrase", async () => {
      const kr = await openKeyring({
        home: await homes.make(),
        backend: "test",
        passphrase: async () => assert.fail("the test backend must not ask for a passphrase"),
      });
      await kr.add("dev", { mnemonic: ABANDON_12 });
      const json = JSON.parse(await readFile(join(kr.dir, "dev.json"), "utf8"));
      assert.deepEqual(json.secret, { scheme: "plaintext", mnemonic: ABANDON_12 });
      assert.equal(await kr.exportMnemonic("dev"), ABANDON_12);
    });

    it("file and test backends are separate folders", async () => {
      const home = await homes.make();
      const test = await openKeyring({ home, backend: "test" });
      await test.add("dev", { mnemonic: ABANDON_12 });
      const file = await openKeyring({ home, backend: "file" });
      assert.deepEqual(await file.list(), []);
      await assert.rejects(file.get("dev"), keyringCode(KeyringErrorCode.keyNotFound));
    });
  });

  describe("bad input", () => {
    const badNames = [
      "",
      "../x",
      "a/b",
      "a\\b",
      ".hidden",
      "-flag",
      "has space",
      "x".repeat(65),
      "ünï",
      "a\u0000b",
    ];
    it("rejects bad key names before touching the disk", async () => {
      const kr = await open("test");
      for (const name of badNames) {
        await assert.rejects(kr.add(name), keyringCode(KeyringErrorCode.invalidName), JSON.stringify(name));
        await assert.rejects(kr.get(name), keyringCode(KeyringErrorCode.invalidName));
        await assert.rejects(kr.delete(name), keyringCode(KeyringErrorCode.invalidName));
      }
      assert.deepEqual(await kr.list(), []);
    });

    it("accepts 64-character names with . _ -", async () => {
      const kr = await open("test");
      const name = `a.b_c-${"d".repeat(58)}`;
      await kr.add(name, { mnemonic: ABANDON_12 });
      assert.equal((await kr.get(name)).name, name);
    });

    it("rejects duplicates: same name, same name in another case, same address", async () => {
      const kr = await open("test");
      await kr.add("alice", { mnemonic: ABANDON_12 });
      await assert.rejects(kr.add("alice"), keyringCode(KeyringErrorCode.keyExists));
      await assert.rejects(kr.add("ALICE"), keyringCode(KeyringErrorCode.keyExists));
      await assert.rejects(
        kr.add("alias", { mnemonic: ABANDON_12 }),
        keyringCode(KeyringErrorCode.keyExists),
      );
      assert.equal((await kr.list()).length, 1);
    });

    it("unknown key -> keyNotFound for get, signer, exportMnemonic, delete (with a case hint)", async () => {
      const kr = await open("test");
      await kr.add("Alice", { mnemonic: ABANDON_12 });
      for (const op of [kr.get, kr.signer, kr.exportMnemonic, kr.delete]) {
        await assert.rejects(op("ghost"), keyringCode(KeyringErrorCode.keyNotFound));
      }
      await assert.rejects(kr.get("alice"), /did you mean "Alice"/);
    });

    it("bad mnemonics -> invalidMnemonic, and the message never echoes the words", async () => {
      const kr = await open("test");
      const bad = [
        "",
        "abandon abandon abandon",
        ABANDON_12.replace(/about$/, "abandon"), // checksum
        ABANDON_12.replace(/about$/, "zzzzqx"), // not a word
      ];
      for (const mnemonic of bad) {
        await assert.rejects(kr.add("x", { mnemonic }), (err: unknown) => {
          keyringCode(KeyringErrorCode.invalidMnemonic)(err);
          assert.ok(!(err as Error).message.includes("abandon"));
          assert.ok(!(err as Error).message.includes("zzzzqx"));
          return true;
        });
      }
      assert.deepEqual(await kr.list(), []);
    });

    it("bad HD path -> invalidHdPath; bad options -> invalidOption", async () => {
      const kr = await open("test");
      await assert.rejects(kr.add("x", { hdPath: "44/118/0" }), keyringCode(KeyringErrorCode.invalidHdPath));
      const home = await homes.make();
      await assert.rejects(
        openKeyring({ home, backend: "os" as "file" }),
        keyringCode(KeyringErrorCode.invalidOption),
      );
      await assert.rejects(
        openKeyring({ home, backend: "file", kdfCost: 4 }),
        keyringCode(KeyringErrorCode.invalidOption),
      );
      await assert.rejects(
        openKeyring({ home: " ", backend: "file" }),
        keyringCode(KeyringErrorCode.invalidOption),
      );
    });
  });
});
