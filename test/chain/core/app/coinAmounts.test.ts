import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { parseCoins } from "../../../../chain/core/app/coins.js";
import { SdkError } from "../../../../chain/core/app/errors.js";
import { any, TestChain } from "../modules/helpers.js";
import { signDirect } from "../tx/helpers.js";

describe("coin amounts have one spelling", () => {
  for (const amount of ["01", "00", "007", "+1", "1_000", "0x10", " 1", "1e3"]) {
    it(`refuses ${JSON.stringify(amount)} with invalid coins (10)`, () => {
      assert.throws(
        () => parseCoins([{ denom: "ustra", amount }]),
        (err: unknown) => err instanceof SdkError && err.code === 10 && /invalid amount/.test(err.message),
      );
    });
  }

  it("accepts canonical decimals", () => {
    assert.deepEqual(parseCoins([{ denom: "ustra", amount: "10" }]), [{ denom: "ustra", amount: 10n }]);
    assert.deepEqual(parseCoins([{ denom: "ustra", amount: "1" }]), [{ denom: "ustra", amount: 1n }]);
  });

  it('a MsgSend of amount "01" is refused at CheckTx with code 10', () => {
    const chain = TestChain.create({ accounts: { alice: 1_000_000n, bob: 0n } });
    const alice = chain.acct("alice");
    const send = any(MsgSend, {
      fromAddress: alice.address,
      toAddress: chain.acct("bob").address,
      amount: [{ denom: "ustra", amount: "01" }],
    });
    const r = chain.app.checkTx(chain.store, chain.info(1), signDirect(chain.chainId, alice, [send]));
    assert.deepEqual([r.codespace, r.code], ["sdk", 10], r.log);
  });
});
