import assert from "node:assert/strict";
import { ed25519FromSeed, sha256 } from "../../../../chain/core/crypto/index.js";
import { buildProof, root, treeOf } from "../../../../chain/core/rollup/merkleList.js";
import { BatchHeaderSsz } from "../../../../chain/core/rollup/types.js";
import { withdrawalLeaf, withdrawalToSsz } from "../../../../chain/core/rollup/withdrawals.js";
import { BridgeCode } from "../../../../chain/l1/modules/bridge/index.js";
import { buildL2Genesis } from "../../../../chain/l2-orchestration/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { account } from "../../core/modules/helpers.js";
import { L1Chain, msg } from "./harness.js";

const v1 = strata.bridge.v1;
const CHILD = "strata-child-g";
const key = ed25519FromSeed(sha256(new TextEncoder().encode(CHILD)));

/**
 * An L1 whose genesis holds batch 1 of a child (accepted at height 0, window 3) with a withdrawal
 * list built here: the claim rules alone, without a child chain. Withdrawal 0 is in another
 * denom (a child whose bridge denom is not L1's bond denom), withdrawal 1 in ustra.
 */
function l1WithBatch() {
  const bob = account("bob").address;
  const withdrawals = [
    {
      index: 0,
      sender: account("l2:u").address,
      recipient: bob,
      denom: "uother",
      amount: "10",
      childHeight: 3,
    },
    {
      index: 1,
      sender: account("l2:u").address,
      recipient: bob,
      denom: "ustra",
      amount: "7",
      childHeight: 3,
    },
  ];
  const leaves = withdrawals.map((w) => withdrawalLeaf(withdrawalToSsz(w)));
  const header = BatchHeaderSsz.defaultValue();
  header.chainId = new TextEncoder().encode(CHILD);
  header.number = 1n;
  header.withdrawalRoot = root(treeOf(leaves));
  header.withdrawalCount = 2n;
  const genesis = JSON.stringify(
    buildL2Genesis({
      chainId: CHILD,
      genesisTime: "2027-01-01T00:00:00Z",
      validators: [{ name: "v", pubKey: Buffer.from(key.pubKey).toString("base64"), power: "10" }],
      accounts: [],
    }),
  );
  const chain = L1Chain.create(
    { alice: 1_000_000n, bob: 1n, claimer: 1_000_000n },
    [{ chainId: CHILD, genesis, challengeWindowBlocks: 3, bond: 1_000_000n }],
    (appState, c) => {
      const r = (appState.rollup as { rollups: Record<string, unknown>[] }).rollups[0]!;
      r.lastNumber = 1;
      r.validators = [{ pubKey: Buffer.from(key.pubKey).toString("base64"), power: "10" }];
      r.batches = [
        {
          number: 1,
          header: Buffer.from(BatchHeaderSsz.serialize(header)).toString("base64"),
          parentHeight: 0,
          submitter: c.addr("alice"),
        },
      ];
    },
  );
  const claim = (index: number) =>
    msg(v1.MsgProveWithdrawal, {
      claimer: chain.addr("claimer"),
      chainId: CHILD,
      batchNumber: 1,
      withdrawal: withdrawals[index],
      proof: buildProof(leaves, index, 2),
    });
  return { chain, claim };
}

describe("L1 bridge: claims against a batch from genesis", () => {
  it("refuses a withdrawal in another denom (the escrow holds the bond denom only) and pays the ustra one", () => {
    const { chain, claim } = l1WithBatch();
    chain.deliverOk("alice", [
      msg(v1.MsgDeposit, {
        sender: chain.addr("alice"),
        chainId: CHILD,
        recipient: account("l2:u").address,
        amount: "100",
      }),
    ]);
    chain.advanceTo(2);
    chain.expectRefused(
      "claimer",
      [claim(0)],
      "bridge",
      BridgeCode.wrongDenom,
      'withdrawal 0 is in "uother", the bridge escrows ustra',
    );
    chain.deliverOk("claimer", [claim(1)]);
    assert.equal(chain.balance("bob"), 8n);
    assert.equal(chain.balance(chain.moduleAddress("bridge")), 93n);
    // The refused one is not marked claimed (its coins were never in the escrow).
    assert.equal(
      chain.query(
        "/strata.bridge.v1.Query/Claim",
        v1.QueryClaimRequest.encode({ chainId: CHILD, index: 0 }).finish(),
      ).code,
      22,
    );
  });

  it("refuses malformed claims statelessly: no withdrawal, a bad recipient, a zero amount, batch 0", () => {
    const { chain, claim } = l1WithBatch();
    const base = claim(1);
    const decoded = v1.MsgProveWithdrawal.decode(base.value);
    const with_ = (edit: (m: strata.bridge.v1.IMsgProveWithdrawal) => void) => {
      const m: strata.bridge.v1.IMsgProveWithdrawal = { ...decoded, withdrawal: { ...decoded.withdrawal! } };
      edit(m);
      return msg(v1.MsgProveWithdrawal, m);
    };
    chain.expectRefused(
      "claimer",
      [with_((m) => (m.withdrawal = null))],
      "bridge",
      BridgeCode.invalidRequest,
      "the withdrawal is missing",
    );
    chain.expectRefused(
      "claimer",
      [with_((m) => (m.withdrawal!.recipient = "strata1bad"))],
      "bridge",
      BridgeCode.invalidRequest,
      "recipient",
    );
    chain.expectRefused(
      "claimer",
      [with_((m) => (m.withdrawal!.amount = "0"))],
      "bridge",
      BridgeCode.invalidRequest,
      "positive amount",
    );
    chain.expectRefused(
      "claimer",
      [with_((m) => (m.batchNumber = 0))],
      "bridge",
      BridgeCode.invalidRequest,
      "batch_number",
    );
  });
});
