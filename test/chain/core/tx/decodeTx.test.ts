import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SdkError } from "../../../../chain/core/app/errors.js";
import { sha256 } from "../../../../chain/core/crypto/index.js";
import { decodeTx } from "../../../../chain/core/tx/index.js";
import { any, TestChain } from "../modules/helpers.js";

interface Vectors {
  validTxHash: string;
  vectors: { name: string; tx: string; reject: { code: number; log: string } | null }[];
}

const golden = JSON.parse(
  readFileSync(new URL("./vectors/malleability.json", import.meta.url), "utf8"),
) as Vectors;

const MAX = 1 << 20;

describe("decodeTx: canonical TxRaw and unknown fields (golden vectors)", () => {
  it("the canonical vector has its pinned hash", () => {
    const tx = decodeTx(Buffer.from(golden.vectors[0]!.tx, "hex"), MAX);
    assert.equal(Buffer.from(tx.hash).toString("hex").toUpperCase(), golden.validTxHash);
  });

  for (const v of golden.vectors) {
    it(`${v.reject ? "rejects" : "accepts"}: ${v.name}`, () => {
      const bytes = Buffer.from(v.tx, "hex");
      if (!v.reject) {
        assert.doesNotThrow(() => decodeTx(bytes, MAX));
        return;
      }
      const { code, log } = v.reject;
      assert.throws(
        () => decodeTx(bytes, MAX),
        (err: unknown) =>
          err instanceof SdkError &&
          err.codespace === "sdk" &&
          err.code === code &&
          err.message.includes(log) &&
          err.message.endsWith("tx parse error"),
      );
    });
  }

  it("rejects truncated and overlong varints without throwing anything but a tx parse error", () => {
    const valid = Buffer.from(golden.vectors[0]!.tx, "hex");
    for (const bytes of [
      valid.subarray(0, valid.length - 1),
      Buffer.concat([valid, Buffer.from([0x28])]),
      Buffer.concat([valid, Buffer.from([0x28, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])]),
      Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    ]) {
      assert.throws(
        () => decodeTx(bytes, MAX),
        (err: unknown) => err instanceof SdkError && err.code === 2,
      );
    }
  });
});

describe("CheckTx refuses a malleated copy of a signed tx", () => {
  it("the copy with an appended TxRaw field gets code 2; the original is admitted and commits", () => {
    const chain = TestChain.create({ accounts: { alice: 1_000_000n, bob: 0n } });
    const send = any(MsgSend, {
      fromAddress: chain.acct("alice").address,
      toAddress: chain.acct("bob").address,
      amount: [{ denom: "ustra", amount: "1234" }],
    });
    const original = chain.sign("alice", [send]);
    // field 4, wire type bytes, 3 bytes: not covered by the signature, so it keeps verifying
    const malleated = Buffer.concat([original, Buffer.from([0x22, 0x03, 1, 2, 3])]);
    assert.notDeepEqual(sha256(malleated), sha256(original));

    const next = chain.info(chain.height + 1);
    const refused = chain.app.checkTx(chain.store, next, malleated);
    assert.equal(refused.code, 2);
    assert.equal(refused.codespace, "sdk");
    assert.match(refused.log, /unknown field 4 \(wire type bytes\) in cosmos\.tx\.v1beta1\.TxRaw/);

    const admitted = chain.app.checkTx(chain.store, next, original);
    assert.equal(admitted.code, 0, admitted.log);
    const executed = chain.block([original]);
    assert.equal(executed.txResults[0]!.code, 0, executed.txResults[0]!.log);
    assert.equal(chain.balance(chain.acct("bob").address), 1234n);
    // A block proposer that includes the copy anyway gets it refused at execution as well.
    assert.equal(chain.block([malleated]).txResults[0]!.code, 2);
  });
});
