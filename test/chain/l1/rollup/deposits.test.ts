import assert from "node:assert/strict";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { BatchCode, type BatchHeader, BatchHeaderSsz } from "../../../../chain/core/rollup/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { ChildChain } from "../../../helpers/childChain.js";
import { any, Parent } from "./parent.js";

const v1 = strata.rollup.v1;
const bridge = strata.bridge.v1;

// [batch-10] end to end with the real bridge modules: a deposit locked by L1's bridge, minted by
// the child's bridge (MsgMintDeposits from its relayer), then the child's batches on L1. The
// rollup module reads the deposit facts through the bridge keeper (its DepositsReader).
describe("L1 rollup with L1's bridge: batches carry the child's deposit cursor and accumulator", function () {
  this.timeout(60_000);

  async function setup(chainId: string) {
    const child = await ChildChain.start({ chainId });
    const parent = Parent.create(
      ["alice", "submitter"],
      [{ chainId: child.chainId, genesis: child.genesisBytes, challengeWindowBlocks: 5, bond: 1_000_000n }],
    );
    const r = parent.deliverOk("alice", [
      any(bridge.MsgDeposit, {
        sender: parent.addr("alice"),
        chainId: child.chainId,
        recipient: child.delegator.address,
        amount: "5000",
      }),
    ]);
    assert.equal(bridge.MsgDepositResponse.decode(TxMsgData.decode(r.data).msgResponses[0]!.value).nonce, 1);
    return {
      child,
      parent,
      deposit: {
        nonce: 1,
        sender: parent.addr("alice"),
        recipient: child.delegator.address,
        amount: "5000",
        parentHeight: parent.height,
        denom: "ustra",
      },
    };
  }

  function accumulatorOf(parent: Parent, chainId: string, nonce: number): Uint8Array {
    const d = bridge.QueryDepositResponse.decode(
      parent.query(
        "/strata.bridge.v1.Query/Deposit",
        bridge.QueryDepositRequest.encode({ chainId, nonce }).finish(),
      ),
    ).deposit!;
    return d.accumulator!;
  }

  it("accepts the batches of a child that minted the parent's deposit 1: header 3 carries cursor 1 and acc[1]", async () => {
    const { child, parent, deposit } = await setup("child-dep-ok");
    try {
      assert.equal(parent.rollup(child.chainId).depositCount, 1);
      await child.produceBlock();
      await child.mintDeposits([deposit]);
      await child.produceBlocks(2); // block 2 mints; the state after it is block 3's appHash
      assert.deepEqual(await child.txResults(2), [{ code: 0, codespace: "", log: "" }]);
      const { items } = child.batchItems(1, 3, { prevHeader: undefined, held: child.registeredValidators() });
      const headers: BatchHeader[] = items.map((i) => BatchHeaderSsz.deserialize(i.header!));
      assert.deepEqual(
        headers.map((h) => h.depositCursor),
        [0n, 0n, 1n],
      );
      assert.deepEqual(
        Buffer.from(headers[2]!.depositAccumulator),
        Buffer.from(accumulatorOf(parent, child.chainId, 1)),
      );
      parent.deliverOk("submitter", [
        any(v1.MsgSubmitBatch, { submitter: parent.addr("submitter"), chainId: child.chainId, items }),
      ]);
      assert.equal(parent.rollup(child.chainId).lastNumber, 3);
    } finally {
      await child.stop();
    }
  });

  it("refuses the batch of a child that minted a changed deposit (another amount), accepting the ones before", async () => {
    const { child, parent, deposit } = await setup("child-dep-bad");
    try {
      await child.produceBlock();
      await child.mintDeposits([{ ...deposit, amount: "50000" }]);
      await child.produceBlocks(2);
      const { items } = child.batchItems(1, 3, { prevHeader: undefined, held: child.registeredValidators() });
      const submit = (list: typeof items) =>
        any(v1.MsgSubmitBatch, { submitter: parent.addr("submitter"), chainId: child.chainId, items: list });
      parent.expectRefused(
        "submitter",
        [submit(items)],
        "rollup",
        BatchCode.depositMismatch,
        "batch 3: deposit accumulator at cursor 1",
      );
      parent.deliverOk("submitter", [submit(items.slice(0, 2))]);
      parent.expectRefused(
        "submitter",
        [submit(items.slice(2))],
        "rollup",
        BatchCode.depositMismatch,
        "batch 3",
      );
      assert.equal(parent.rollup(child.chainId).lastNumber, 2);
    } finally {
      await child.stop();
    }
  });

  it("refuses the batch of a child that minted a deposit the parent never locked (nonce 2)", async () => {
    const { child, parent, deposit } = await setup("child-dep-extra");
    try {
      await child.mintDeposits([deposit, { ...deposit, nonce: 2 }]);
      await child.produceBlocks(2);
      const { items } = child.batchItems(1, 2, { prevHeader: undefined, held: child.registeredValidators() });
      parent.expectRefused(
        "submitter",
        [any(v1.MsgSubmitBatch, { submitter: parent.addr("submitter"), chainId: child.chainId, items })],
        "rollup",
        BatchCode.depositMismatch,
        "deposit cursor 2 is beyond the 1 deposits locked",
      );
    } finally {
      await child.stop();
    }
  });
});
