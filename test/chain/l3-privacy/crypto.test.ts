import assert from "node:assert/strict";
import { describe, it } from "mocha";
import {
  buildEpochRotation,
  combineShares,
  deriveMemberX25519,
  epochKeyId,
  generateEpochKey,
  generateX25519KeyPair,
  keyFromRewrap,
  L3CryptoCode,
  L3CryptoError,
  openEpochKey,
  openRecordText,
  openSealed,
  resealShareForRecipient,
  sealRecord,
  sealTo,
  splitEpochKey,
  taskDigest,
  unwrapEpochKey,
} from "../../../chain/l3-privacy/crypto/index.js";

const CHAIN = "acme-l3";

function isCode(code: L3CryptoCode) {
  return (err: unknown) => {
    assert.ok(err instanceof L3CryptoError, `expected an L3CryptoError, got ${String(err)}`);
    assert.equal(err.codespace, "l3crypto");
    assert.equal(err.code, code);
    return true;
  };
}

describe("L3 crypto", () => {
  describe("sealing to X25519 keys", () => {
    it("opens with the recipient's key and the same context, and only then", () => {
      const bob = generateX25519KeyPair();
      const eve = generateX25519KeyPair();
      const ctx = { purpose: "epoch-key", chainId: CHAIN, recipient: "bob", epoch: 3 } as const;
      const box = sealTo(bob.publicKey, Uint8Array.of(1, 2, 3), ctx);
      assert.deepEqual(openSealed(bob.secretKey, box, ctx), Uint8Array.of(1, 2, 3));
      assert.throws(() => openSealed(eve.secretKey, box, ctx), isCode(L3CryptoCode.aeadFailure));
      // Every field of the context is bound: another epoch, chain, recipient or purpose fails.
      for (const other of [
        { ...ctx, epoch: 4 },
        { ...ctx, chainId: "other" },
        { ...ctx, recipient: "eve" },
        { ...ctx, purpose: "share" as const },
        { ...ctx, refId: 1 },
      ])
        assert.throws(() => openSealed(bob.secretKey, box, other), isCode(L3CryptoCode.aeadFailure));
    });

    it("reports a tampered box as an AEAD failure, never a crash", () => {
      const bob = generateX25519KeyPair();
      const ctx = { purpose: "share", chainId: CHAIN, recipient: "bob", epoch: 1 } as const;
      const box = sealTo(bob.publicKey, new Uint8Array(33).fill(7), ctx);
      for (const field of ["ciphertext", "nonce", "ephemeralPublicKey"] as const) {
        const bad = { ...box, [field]: Uint8Array.from(box[field]) };
        bad[field][0]! ^= 1;
        assert.throws(() => openSealed(bob.secretKey, bad, ctx), isCode(L3CryptoCode.aeadFailure));
      }
      assert.throws(
        () => openSealed(bob.secretKey, { ...box, nonce: new Uint8Array(12) }, ctx),
        isCode(L3CryptoCode.invalidInput),
      );
      assert.throws(
        () => sealTo(new Uint8Array(31), new Uint8Array(1), ctx),
        isCode(L3CryptoCode.invalidInput),
      );
    });

    it("derives a member's X25519 key from its account key, deterministically", () => {
      const account = new Uint8Array(32).fill(9);
      const a = deriveMemberX25519(account);
      const b = deriveMemberX25519(Uint8Array.from(account));
      assert.deepEqual(a.publicKey, b.publicKey);
      assert.notDeepEqual(a.publicKey, deriveMemberX25519(new Uint8Array(32).fill(8)).publicKey);
      assert.notDeepEqual(a.secretKey, account);
    });
  });

  describe("records", () => {
    const ctx = { chainId: CHAIN, taskId: "t-1", field: "prompt" };

    it("round-trips text, and ciphertext does not contain the plaintext", () => {
      const key = generateEpochKey();
      const text = "what is our Q3 revenue? ".repeat(4);
      const rec = sealRecord(key, 2, ctx, text);
      assert.equal(rec.epoch, 2);
      assert.equal(rec.nonce.length, 24);
      assert.equal(rec.ciphertext.length, Buffer.byteLength(text) + 16);
      assert.ok(!Buffer.from(rec.ciphertext).includes(Buffer.from("revenue")));
      assert.equal(openRecordText(key, rec, ctx), text);
    });

    it("a tampered ciphertext, tag or nonce is an AEAD error naming the task and field", () => {
      const key = generateEpochKey();
      const rec = sealRecord(key, 1, ctx, "secret");
      for (const i of [0, rec.ciphertext.length - 1]) {
        const bad = { ...rec, ciphertext: Uint8Array.from(rec.ciphertext) };
        bad.ciphertext[i]! ^= 0x80;
        assert.throws(
          () => openRecordText(key, bad, ctx),
          (err: unknown) => isCode(L3CryptoCode.aeadFailure)(err) && /prompt of task t-1/.test(String(err)),
        );
      }
      const badNonce = { ...rec, nonce: Uint8Array.from(rec.nonce) };
      badNonce.nonce[5]! ^= 1;
      assert.throws(() => openRecordText(key, badNonce, ctx), isCode(L3CryptoCode.aeadFailure));
    });

    it("is bound to chain, task, field and epoch, and to the epoch's key", () => {
      const key = generateEpochKey();
      const rec = sealRecord(key, 1, ctx, "secret");
      for (const other of [
        { ...ctx, chainId: "b" },
        { ...ctx, taskId: "t-2" },
        { ...ctx, field: "completion" },
      ])
        assert.throws(() => openRecordText(key, rec, other), isCode(L3CryptoCode.aeadFailure));
      assert.throws(() => openRecordText(key, { ...rec, epoch: 2 }, ctx), isCode(L3CryptoCode.aeadFailure));
      assert.throws(() => openRecordText(generateEpochKey(), rec, ctx), isCode(L3CryptoCode.aeadFailure));
    });
  });

  describe("Shamir custody", () => {
    it("any t of n shares rebuild the key", async () => {
      const key = generateEpochKey();
      const shares = await splitEpochKey(key, 5, 3);
      assert.equal(shares.length, 5);
      for (const s of shares) assert.equal(s.length, 33);
      const check = { chainId: CHAIN, epoch: 1, keyId: epochKeyId(CHAIN, 1, key) };
      for (const pick of [
        [0, 1, 2],
        [2, 3, 4],
        [0, 2, 4],
        [4, 1, 3],
      ])
        assert.deepEqual(
          await combineShares(
            pick.map((i) => shares[i]!),
            check,
          ),
          key,
        );
    });

    it("t-1 shares give a different key (caught by the key id), every time", async () => {
      const key = generateEpochKey();
      const keyId = epochKeyId(CHAIN, 1, key);
      const shares = await splitEpochKey(key, 5, 3);
      for (const pick of [
        [0, 1],
        [2, 3],
        [1, 4],
      ]) {
        const wrong = await combineShares(pick.map((i) => shares[i]!));
        assert.notDeepEqual(wrong, key);
        await assert.rejects(
          combineShares(
            pick.map((i) => shares[i]!),
            { chainId: CHAIN, epoch: 1, keyId },
          ),
          isCode(L3CryptoCode.keyIdMismatch),
        );
      }
      await assert.rejects(combineShares([shares[0]!]), isCode(L3CryptoCode.notEnoughShares));
    });

    it("t-1 shares are independent of the key: the same two share positions fit any key", async () => {
      // With threshold 3, the share bytes at any 2 x-coordinates are uniformly distributed whatever the
      // key. Statistical check: over many splits of two fixed, very different keys, the byte histogram of
      // a share (excluding its x-coordinate) looks uniform for both (chi-square far below what a
      // key-dependent distribution would give), and does not differ between the keys.
      const keys = [new Uint8Array(32), new Uint8Array(32).fill(0xff)];
      const hist = keys.map(() => new Array<number>(256).fill(0));
      const rounds = 400;
      for (const [k, key] of keys.entries())
        for (let r = 0; r < rounds; r++) {
          const shares = await splitEpochKey(key, 3, 3);
          for (const s of shares.slice(0, 2)) for (const b of s.subarray(0, 32)) hist[k]![b]!++;
        }
      const n = rounds * 2 * 32;
      const expected = n / 256;
      for (const h of hist) {
        const chi2 = h.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
        // 255 degrees of freedom: mean 255, p = 1e-6 at about 380. A key-dependent share (e.g. the key
        // itself, all zeros) would give chi2 ≈ n·255 ≈ 6.5 million.
        assert.ok(chi2 < 400, `chi-square ${chi2.toFixed(1)} is not uniform`);
      }
    });

    it("refuses bad thresholds, mixed lengths and duplicated shares with coded errors", async () => {
      const key = generateEpochKey();
      await assert.rejects(splitEpochKey(key, 3, 1), isCode(L3CryptoCode.invalidInput));
      await assert.rejects(splitEpochKey(key, 2, 3), isCode(L3CryptoCode.invalidInput));
      const shares = await splitEpochKey(key, 3, 2);
      await assert.rejects(combineShares([shares[0]!, shares[0]!]), isCode(L3CryptoCode.notEnoughShares));
      await assert.rejects(
        combineShares([shares[0]!, shares[1]!.subarray(0, 20)]),
        isCode(L3CryptoCode.notEnoughShares),
      );
    });
  });

  describe("epochs", () => {
    const alice = { address: "alice", ...generateX25519KeyPair() };
    const bob = { address: "bob", ...generateX25519KeyPair() };
    const carol = { address: "carol", ...generateX25519KeyPair() };
    const vals = [1, 2, 3].map((i) => ({ address: `val${i}`, ...generateX25519KeyPair() }));
    const holder = (p: { address: string; publicKey: Uint8Array }) => ({
      address: p.address,
      x25519PublicKey: p.publicKey,
    });

    it("wraps the key for each party and shares it among custodians; t custodians re-wrap it for a new member", async () => {
      const { key, rotation } = await buildEpochRotation({
        chainId: CHAIN,
        epoch: 1,
        parties: [alice, bob].map(holder),
        custodians: vals.map(holder),
        threshold: 2,
      });
      const epoch = {
        number: 1,
        keyId: rotation.keyId,
        threshold: 2,
        wraps: rotation.wraps,
        shares: rotation.shares,
      };
      assert.deepEqual(unwrapEpochKey(alice.secretKey, "alice", CHAIN, epoch), key);
      assert.deepEqual(await openEpochKey(bob.secretKey, "bob", CHAIN, epoch), key);
      // Carol has no wrap; nor can she open Bob's.
      await assert.rejects(
        openEpochKey(carol.secretKey, "carol", CHAIN, epoch),
        isCode(L3CryptoCode.noAccess),
      );
      assert.throws(
        () => unwrapEpochKey(carol.secretKey, "bob", CHAIN, epoch),
        isCode(L3CryptoCode.aeadFailure),
      );
      // No wrap holds the key in clear, and a custodian's share alone is not the key.
      for (const w of rotation.wraps) assert.ok(!Buffer.from(w.sealed.ciphertext).includes(Buffer.from(key)));
      const request = { id: 7, recipient: "carol", recipientX25519PublicKey: carol.publicKey };
      const answers = vals.slice(0, 2).map((v) => ({
        custodian: v.address,
        sealed: resealShareForRecipient({
          custodianSecretKey: v.secretKey,
          custodian: v.address,
          chainId: CHAIN,
          epoch,
          request,
        }),
      }));
      const rewrap = { id: 7, epoch: 1, recipient: "carol", shares: answers };
      assert.deepEqual(await openEpochKey(carol.secretKey, "carol", CHAIN, epoch, [rewrap]), key);
      // One answer (t−1) is not enough; someone else cannot open Carol's answers.
      await assert.rejects(
        keyFromRewrap(carol.secretKey, CHAIN, epoch, { ...rewrap, shares: answers.slice(0, 1) }),
        isCode(L3CryptoCode.notEnoughShares),
      );
      await assert.rejects(
        keyFromRewrap(bob.secretKey, CHAIN, epoch, rewrap),
        isCode(L3CryptoCode.notEnoughShares),
      );
      // A custodian cannot answer with another custodian's share.
      assert.throws(
        () =>
          resealShareForRecipient({
            custodianSecretKey: vals[0]!.secretKey,
            custodian: "val2",
            chainId: CHAIN,
            epoch,
            request,
          }),
        isCode(L3CryptoCode.aeadFailure),
      );
    });

    it("a faulty custodian's share is skipped when more than t arrived", async () => {
      const { key, rotation } = await buildEpochRotation({
        chainId: CHAIN,
        epoch: 1,
        parties: [holder(alice)],
        custodians: vals.map(holder),
        threshold: 2,
      });
      const epoch = {
        number: 1,
        keyId: rotation.keyId,
        threshold: 2,
        wraps: rotation.wraps,
        shares: rotation.shares,
      };
      const ctx = {
        purpose: "rewrap-share",
        chainId: CHAIN,
        recipient: "carol",
        epoch: 1,
        refId: 1,
      } as const;
      const good = vals.map((v) =>
        resealShareForRecipient({
          custodianSecretKey: v.secretKey,
          custodian: v.address,
          chainId: CHAIN,
          epoch,
          request: { id: 1, recipient: "carol", recipientX25519PublicKey: carol.publicKey },
        }),
      );
      const liar = sealTo(carol.publicKey, new Uint8Array(33).fill(1), ctx);
      const shares = [liar, good[1]!, good[2]!].map((sealed, i) => ({ custodian: `val${i + 1}`, sealed }));
      assert.deepEqual(
        await keyFromRewrap(carol.secretKey, CHAIN, epoch, { id: 1, epoch: 1, recipient: "carol", shares }),
        key,
      );
    });

    it("task digests commit to every field", () => {
      const rec = sealRecord(generateEpochKey(), 1, { chainId: CHAIN, taskId: "t", field: "prompt" }, "x");
      const base = {
        chainId: CHAIN,
        taskId: "t",
        requester: "alice",
        router: "r",
        model: "m@1",
        prompt: rec,
      };
      const d = taskDigest(base);
      assert.equal(d.length, 32);
      assert.deepEqual(taskDigest({ ...base }), d);
      for (const other of [
        { ...base, taskId: "u" },
        { ...base, router: "" },
        { ...base, completion: rec },
        { ...base, prompt: { ...rec, epoch: 2 } },
      ])
        assert.notDeepEqual(taskDigest(other), d);
    });
  });
});
