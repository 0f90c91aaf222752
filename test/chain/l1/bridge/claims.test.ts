import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { secp256k1AddressBytes, secp256k1PublicKey, toAddress } from "../../../../chain/core/crypto/index.js";
import { BatchHeaderSsz } from "../../../../chain/core/rollup/types.js";
import { BridgeCode } from "../../../../chain/l1/modules/bridge/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { type ChildAccount, ChildChain } from "../../../helpers/childChain.js";
import { eventsOf, L1Chain, msg } from "./harness.js";

const bridge = strata.bridge.v1;
const l2bridge = strata.l2bridge.v1;
const CHILD = "strata-child-bridge";
const WINDOW = 4;

function childAccount(label: string): ChildAccount {
  const priv = new Uint8Array(createHash("sha256").update(`bridge-test:${label}`).digest());
  const pub = secp256k1PublicKey(priv);
  return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)) };
}

/**
 * A real child chain (the L2 app with its bridge module, real commits) and the real L1 app that
 * registered it: deposits on L1, mints and withdrawals on L2, batches accepted by L1's rollup
 * module, claims with proofs from the L2 bridge's WithdrawalProof query.
 */
interface Link {
  child: ChildChain;
  parent: L1Chain;
  relayer: ChildAccount;
  user: ChildAccount;
  /** Batches the parent accepted so far. */
  posted: number;
  prevHeader: ReturnType<ChildChain["batchItems"]>["lastHeader"];
  held: ReturnType<ChildChain["batchItems"]>["held"];
}

async function link(): Promise<Link> {
  const relayer = childAccount("relayer");
  const user = childAccount("user");
  const child = await ChildChain.start({
    chainId: CHILD,
    accounts: [{ address: relayer.address, amount: 1_000_000n }],
    bridge: { relayers: [relayer.address], parentChainId: "strata-l1-bridge" },
  });
  const parent = L1Chain.create({ alice: 10_000_000n, bob: 1n, claimer: 1_000_000n, submitter: 1_000_000n }, [
    { chainId: CHILD, genesis: child.genesisBytes, challengeWindowBlocks: WINDOW, bond: 1_000_000n },
  ]);
  return {
    child,
    parent,
    relayer,
    user,
    posted: 0,
    prevHeader: undefined,
    held: child.registeredValidators(),
  };
}

/** Relays every parent deposit the child has not minted, in nonce order (what the batcher does). */
async function relay(l: Link): Promise<void> {
  const state = l2bridge.QueryStateResponse.decode(
    await l.child.query("/strata.l2bridge.v1.Query/State", new Uint8Array()),
  ).state!;
  const { deposits } = l.parent.queryOk(
    "/strata.bridge.v1.Query/Deposits",
    bridge.QueryDepositsRequest.encode({
      chainId: CHILD,
      fromNonce: Number(state.depositCursor) + 1,
    }).finish(),
    (b) => bridge.QueryDepositsResponse.decode(b),
  );
  if (deposits.length === 0) return;
  await l.child.broadcast(l.relayer, [
    msg(l2bridge.MsgMintDeposits, {
      relayer: l.relayer.address,
      deposits: deposits.map((d) => ({
        nonce: d.nonce,
        sender: d.sender,
        recipient: d.recipient,
        amount: d.amount,
        parentHeight: d.parentHeight,
        denom: d.denom,
      })),
    }),
  ]);
}

/** Posts every produced child block the parent has not accepted, in one MsgSubmitBatch. */
function post(l: Link): number {
  const to = l.child.height;
  const built = l.child.batchItems(l.posted + 1, to, { prevHeader: l.prevHeader, held: l.held });
  l.parent.deliverOk("submitter", [
    msg(strata.rollup.v1.MsgSubmitBatch, {
      submitter: l.parent.addr("submitter"),
      chainId: CHILD,
      items: built.items,
    }),
  ]);
  l.posted = to;
  l.prevHeader = built.lastHeader;
  l.held = built.held;
  return l.parent.height;
}

async function withdrawalProof(l: Link, index: number, count: number) {
  return l2bridge.QueryWithdrawalProofResponse.decode(
    await l.child.query(
      "/strata.l2bridge.v1.Query/WithdrawalProof",
      l2bridge.QueryWithdrawalProofRequest.encode({ index, count }).finish(),
    ),
  );
}

function claim(
  l: Link,
  batchNumber: number,
  p: strata.l2bridge.v1.IQueryWithdrawalProofResponse,
  edit: (w: strata.bridge.v1.IWithdrawal) => void = () => {},
) {
  const w = { ...p.withdrawal! };
  edit(w);
  return msg(bridge.MsgProveWithdrawal, {
    claimer: l.parent.addr("claimer"),
    chainId: CHILD,
    batchNumber,
    withdrawal: w,
    proof: p.proof!,
  });
}

/** The child's ustra supply. */
async function childSupply(l: Link): Promise<bigint> {
  const raw = await l.child.query(
    "/cosmos.bank.v1beta1.Query/SupplyOf",
    QuerySupplyOfRequest.encode({ denom: "ustra" }).finish(),
  );
  return BigInt(QuerySupplyOfResponse.decode(raw).amount!.amount);
}

/**
 * ROLLUP.md "Conservation", from both chains' own records: the L1 escrow (held by the bridge
 * module account) = Σ deposits − Σ claims = (minted − burned) + (burned − claimed) + (deposited − minted),
 * with each term non-negative, and the child's supply moved by exactly minted − burned.
 */
async function checkConservation(l: Link, childGenesisSupply: bigint): Promise<void> {
  const escrow = l.parent.queryOk(
    "/strata.bridge.v1.Query/Escrow",
    bridge.QueryEscrowRequest.encode({ chainId: CHILD }).finish(),
    (b) => bridge.QueryEscrowResponse.decode(b),
  );
  const s = l2bridge.QueryStateResponse.decode(
    await l.child.query("/strata.l2bridge.v1.Query/State", new Uint8Array()),
  ).state!;
  const [escrowed, deposited, claimed] = [escrow.escrowed, escrow.deposited, escrow.claimed].map(BigInt);
  const [minted, burned] = [s.totalMinted!, s.totalBurned!].map(BigInt);
  assert.equal(l.parent.balance(l.parent.moduleAddress("bridge")), escrowed!);
  assert.equal(escrowed, deposited! - claimed!);
  assert.ok(minted! <= deposited! && burned! <= minted! && claimed! <= burned!, "a term went negative");
  assert.equal(escrowed, minted! - burned! + (burned! - claimed!) + (deposited! - minted!));
  assert.equal((await childSupply(l)) - childGenesisSupply, minted! - burned!);
}

describe("L1 bridge: withdrawals claimed with proofs against accepted batches [wd-2]", function () {
  this.timeout(60_000);
  let l: Link;
  let supply0: bigint;

  before(async () => {
    l = await link();
    supply0 = await childSupply(l);
  });
  after(async () => {
    await l?.child.stop();
  });

  it("deposits on L1 are minted on L2 in order, and L1 accepts the batches that carry the cursor", async () => {
    l.parent.deliverOk("alice", [
      msg(bridge.MsgDeposit, {
        sender: l.parent.addr("alice"),
        chainId: CHILD,
        recipient: l.user.address,
        amount: "1000",
      }),
    ]);
    l.parent.deliverOk("alice", [
      msg(bridge.MsgDeposit, {
        sender: l.parent.addr("alice"),
        chainId: CHILD,
        recipient: l.user.address,
        amount: "500",
      }),
    ]);
    await checkConservation(l, supply0);
    await relay(l);
    await l.child.produceBlock(); // block 1: the mint
    await checkConservation(l, supply0);
    // block 2: withdrawal 0 (300 to bob); block 3: withdrawals 1 (200 to bob) and 2 (5 to L1's rollup module account)
    await l.child.broadcast(l.user, [
      msg(l2bridge.MsgWithdraw, { sender: l.user.address, recipient: l.parent.addr("bob"), amount: "300" }),
    ]);
    await l.child.produceBlock();
    await l.child.broadcast(l.user, [
      msg(l2bridge.MsgWithdraw, { sender: l.user.address, recipient: l.parent.addr("bob"), amount: "200" }),
    ]);
    await l.child.broadcast(l.user, [
      msg(l2bridge.MsgWithdraw, {
        sender: l.user.address,
        recipient: l.parent.moduleAddress("rollup"),
        amount: "5",
      }),
    ]);
    await l.child.produceBlock();
    await l.child.produceBlock(); // block 4: its header's state root holds the state after block 3
    await checkConservation(l, supply0);
    // [batch-10]: the parent accepts headers whose deposit cursor and accumulator are its own.
    post(l);
    const rollup = l.parent.queryOk(
      "/strata.rollup.v1.Query/Rollup",
      strata.rollup.v1.QueryRollupRequest.encode({ chainId: CHILD }).finish(),
      (b) => strata.rollup.v1.QueryRollupResponse.decode(b).rollup!,
    );
    assert.equal(Number(rollup.lastNumber), 4);
    const batch = (n: number) =>
      l.parent.queryOk(
        "/strata.rollup.v1.Query/Batch",
        strata.rollup.v1.QueryBatchRequest.encode({ chainId: CHILD, number: n }).finish(),
        (b) => strata.rollup.v1.QueryBatchResponse.decode(b),
      );
    const header = (n: number) => BatchHeaderSsz.deserialize(batch(n).batch!.header!);
    // Batch 2 carries the state after the mint: cursor 2; batch 4 the three withdrawals.
    assert.equal(header(1).depositCursor, 0n);
    assert.equal(header(2).depositCursor, 2n);
    assert.equal(header(3).withdrawalCount, 1n);
    assert.equal(header(4).withdrawalCount, 3n);
  });

  it("refuses a claim before the window, against the wrong root, with a tampered amount, beyond the count, of an unknown batch", async () => {
    const { parent } = l;
    const accepted = parent.height; // batches 1..4 were accepted in this block
    const p0 = await withdrawalProof(l, 0, 1); // batch 3: the state after block 2 (one withdrawal)
    const p0of3 = await withdrawalProof(l, 0, 3); // batch 4: the state after block 3 (three)
    parent.expectRefused(
      "claimer",
      [claim(l, 3, p0)],
      "bridge",
      BridgeCode.notClaimableYet,
      `claimable after height ${accepted + WINDOW - 1} (from height ${accepted + WINDOW}), this is height ${accepted + 1}`,
    );
    parent.advanceTo(accepted + WINDOW - 1);
    // A proof for the list of 1 does not rebuild batch 4's root (3 withdrawals).
    parent.expectRefused(
      "claimer",
      [claim(l, 4, p0)],
      "bridge",
      BridgeCode.proofMismatch,
      "proof does not match the withdrawal root of batch 4",
    );
    parent.expectRefused(
      "claimer",
      [claim(l, 3, p0, (w) => (w.amount = "301"))],
      "bridge",
      BridgeCode.proofMismatch,
      "proof does not match the withdrawal root of batch 3",
    );
    parent.expectRefused(
      "claimer",
      [claim(l, 3, p0, (w) => (w.recipient = parent.addr("claimer")))],
      "bridge",
      BridgeCode.proofMismatch,
    );
    const p1 = await withdrawalProof(l, 1, 3);
    parent.expectRefused(
      "claimer",
      [claim(l, 3, p1)],
      "bridge",
      BridgeCode.indexBeyondCount,
      "withdrawal 1 is not among the 1 withdrawals of batch 3",
    );
    parent.expectRefused("claimer", [claim(l, 2, p0)], "bridge", BridgeCode.indexBeyondCount);
    parent.expectRefused(
      "claimer",
      [claim(l, 9, p0)],
      "bridge",
      BridgeCode.batchNotAccepted,
      "batch 9 of strata-child-bridge is not accepted",
    );
    parent.expectRefused(
      "claimer",
      [claim(l, 3, { ...p0, proof: p0.proof!.slice(1) })],
      "bridge",
      BridgeCode.invalidRequest,
      "proof must be 32 hashes",
    );
    // The same withdrawal proven against batch 4 with batch 4's count is valid (claimed in the next test).
    assert.equal(p0of3.proof!.length, 32);
    await checkConservation(l, supply0);
  });

  it("a claim releases exactly the amount to the recipient, once; the proof against a later batch works too", async () => {
    const { parent } = l;
    const bob = parent.balance("bob");
    const claimer = parent.balance("claimer");
    const escrow = parent.balance(parent.moduleAddress("bridge"));
    const p0 = await withdrawalProof(l, 0, 1);
    const r = parent.deliverOk("claimer", [claim(l, 3, p0)]);
    assert.deepEqual(eventsOf(r.events, "bridge_claim"), [
      { chain_id: CHILD, index: "0", recipient: parent.addr("bob"), amount: "300" },
    ]);
    assert.equal(parent.balance("bob"), bob + 300n);
    assert.equal(parent.balance("claimer"), claimer, "the claimer is not paid");
    assert.equal(parent.balance(parent.moduleAddress("bridge")), escrow - 300n);
    const c = parent.queryOk(
      "/strata.bridge.v1.Query/Claim",
      bridge.QueryClaimRequest.encode({ chainId: CHILD, index: 0 }).finish(),
      (b) => bridge.QueryClaimResponse.decode(b).claim!,
    );
    assert.equal(Number(c.batchNumber), 3);
    assert.equal(Number(c.parentHeight), parent.height);
    // A second claim, with the same proof or one against batch 4, is refused.
    parent.expectRefused(
      "claimer",
      [claim(l, 3, p0)],
      "bridge",
      BridgeCode.alreadyClaimed,
      "withdrawal 0 of strata-child-bridge was claimed at height",
    );
    parent.expectRefused(
      "claimer",
      [claim(l, 4, await withdrawalProof(l, 0, 3))],
      "bridge",
      BridgeCode.alreadyClaimed,
    );
    // Withdrawal 1 against batch 4 (count 3); its window is over too.
    parent.deliverOk("claimer", [claim(l, 4, await withdrawalProof(l, 1, 3))]);
    assert.equal(parent.balance("bob"), bob + 500n);
    // Withdrawal 2 pays L1's rollup module account: refused, it stays in escrow.
    parent.expectRefused(
      "claimer",
      [claim(l, 4, await withdrawalProof(l, 2, 3))],
      "bridge",
      BridgeCode.recipientBlocked,
      "a module account that cannot receive funds",
    );
    await checkConservation(l, supply0);
  });

  it("the L1 genesis round trip keeps deposits, claims and batches: same app hash and export; a claim of an unknown batch is refused at import", () => {
    const { parent } = l;
    const exported = parent.exportGenesis();
    const copy = L1Chain.fromExport(parent, exported);
    assert.equal(copy.appHash(), parent.appHash());
    assert.deepEqual(copy.exportGenesis(), exported);
    const g = exported.bridge as { deposits: unknown[]; claims: { index: number; batchNumber: number }[] };
    assert.equal(g.deposits.length, 2);
    assert.deepEqual(
      g.claims.map((c) => [c.index, c.batchNumber]),
      [
        [0, 3],
        [1, 4],
      ],
    );
    // A claim recorded for a batch the rollup genesis does not hold is refused at import.
    const bad = JSON.parse(JSON.stringify(exported));
    bad.bridge.claims[1].batchNumber = 7;
    assert.throws(
      () => L1Chain.fromExport(parent, bad),
      /claims\[1\]: batch 7 of strata-child-bridge is not accepted/,
    );
  });
});
