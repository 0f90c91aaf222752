import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { signDirect } from "../../tx/helpers.js";
import { any, TestChain } from "../helpers.js";

// The SDK's ValidateMemoDecorator compares Go's len(memo), i.e. UTF-8 bytes, with
// MaxMemoCharacters (default 256).
describe("memo length is counted in UTF-8 bytes, as the SDK does", () => {
  const run = (memo: string) => {
    const chain = TestChain.create({ accounts: { alice: 1_000_000n, bob: 0n } });
    const alice = chain.acct("alice");
    const send = any(MsgSend, {
      fromAddress: alice.address,
      toAddress: chain.acct("bob").address,
      amount: [{ denom: "ustra", amount: "1" }],
    });
    return chain.app.checkTx(chain.store, chain.info(1), signDirect(chain.chainId, alice, [send], { memo }));
  };

  it("admits 256 bytes: 256 ASCII characters or 128 two-byte characters", () => {
    assert.equal(run("a".repeat(256)).code, 0);
    assert.equal(run("é".repeat(128)).code, 0);
  });

  it("refuses 129 two-byte characters (258 bytes, 129 UTF-16 units) with memo too large (12)", () => {
    const r = run("é".repeat(129));
    assert.deepEqual([r.codespace, r.code], ["sdk", 12], r.log);
    assert.match(r.log, /maximum number of characters is 256 but received 258 characters/);
  });

  it("refuses 65 four-byte emoji (260 bytes, 130 UTF-16 units)", () => {
    assert.equal(run("🦀".repeat(65)).code, 12);
  });
});
