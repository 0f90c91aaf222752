import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { any } from "../../core/modules/helpers.js";
import { L2Chain } from "../harness.js";

describe("L2 test harness", () => {
  it("funds accounts, delivers a transfer in the next block and tracks heights", () => {
    const chain = L2Chain.create({ accounts: { alice: 5_000_000n, bob: 0n } });
    assert.equal(chain.balance("alice"), 5_000_000n);
    const before = chain.appHash();
    const r = chain.deliver("alice", [
      any(MsgSend, {
        fromAddress: chain.addr("alice"),
        toAddress: chain.addr("bob"),
        amount: [{ denom: "ustra", amount: "1000" }],
      }),
    ]);
    assert.equal(r.code, 0, r.log);
    assert.equal(chain.height, 1);
    assert.equal(chain.balance("bob"), 1000n);
    assert.notEqual(chain.appHash(), before);
    chain.nextBlock();
    assert.equal(chain.height, 2);
    assert.equal(chain.supply(), 5_000_000n);
  });
});
