import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { decodeBlock, encodeBlock } from "../../../../chain/core/block/index.js";
import {
  decodeCommit,
  encodeCommit,
  VoteType,
  voteSignBytes,
} from "../../../../chain/core/consensus/index.js";
import { sealBlock } from "../../../../chain/core/node/producer.js";
import {
  BatchCode,
  type BatchHeader,
  BatchHeaderSsz,
  batchHeaderRoot,
  RollupCommitmentSsz,
} from "../../../../chain/core/rollup/index.js";
import { BlockIdFlag } from "../../../../chain/core/types/index.js";
import { RollupCode } from "../../../../chain/l1/modules/rollup/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { ChildChain, emptyCommitment } from "../../../helpers/childChain.js";
import { any, PARENT_CHAIN_ID, Parent } from "./parent.js";

const v1 = strata.rollup.v1;
const R = "rollup";

function register(child: ChildChain, overrides: Partial<strata.rollup.v1.IMsgRegisterRollup> = {}) {
  return any(v1.MsgRegisterRollup, {
    creator: "",
    chainId: child.chainId,
    genesis: child.genesisBytes,
    challengeWindowBlocks: 10,
    bond: "1000000",
    ...overrides,
  });
}

function submit(parent: Parent, chainId: string, items: strata.rollup.v1.IBatchItem[]) {
  return any(v1.MsgSubmitBatch, { submitter: parent.addr("submitter"), chainId, items });
}

function withHeader(item: strata.rollup.v1.IBatchItem, edit: (h: BatchHeader) => void) {
  const h = BatchHeaderSsz.deserialize(item.header!);
  edit(h);
  return { ...item, header: BatchHeaderSsz.serialize(h) };
}

describe("L1 rollup: registration and batches of a real one-validator child chain", function () {
  this.timeout(60_000);
  let child: ChildChain;
  let parent: Parent;
  // The header and held set after the last accepted batch, as a batcher tracks them.
  let lastHeader: BatchHeader | undefined;
  let held: ReturnType<ChildChain["registeredValidators"]>;

  before(async () => {
    child = await ChildChain.start({ chainId: "child-one" });
    await child.produceBlocks(4);
    // Block 5 carries a transfer (its data is what [batch-6] checks); blocks 6 and 7 follow.
    await child.broadcast(child.delegator, [
      {
        typeUrl: MsgSend.typeUrl,
        value: MsgSend.encode({
          fromAddress: child.delegator.address,
          toAddress: child.operators[0]!.address,
          amount: [{ denom: "ustra", amount: "5" }],
        }).finish(),
      },
    ]);
    await child.produceBlocks(3);
    assert.equal(decodeBlock(child.blocks[4]!.block).txs.length, 1);
    parent = Parent.create(["creator", "submitter", "poor"]);
    held = child.registeredValidators();
  });

  after(async () => {
    await child?.stop();
  });

  it("registers the child from its genesis bytes: validators of height 1, bond in the rollup module account", () => {
    const before = parent.balance("creator");
    const r = parent.deliverOk("creator", [register(child, { creator: parent.addr("creator") })]);
    assert.ok(r.events.some((e) => e.type === "rollup_register"));
    const rollup = parent.rollup(child.chainId);
    assert.equal(rollup.lastNumber, 0);
    assert.equal(rollup.challengeWindowBlocks, 10);
    assert.equal(rollup.validators.length, 1);
    assert.deepEqual(Buffer.from(rollup.validators[0]!.pubKey!), Buffer.from(child.keys[0]!.pubKey));
    assert.equal(parent.balance("creator"), before - 1_000_000n);
    assert.equal(parent.balance(parent.moduleAddress("rollup")), 1_000_000n);
    // The bond account is blocked for bank sends (sdk unauthorized, code 4).
    parent.expectRefused(
      "creator",
      [
        {
          typeUrl: MsgSend.typeUrl,
          value: MsgSend.encode({
            fromAddress: parent.addr("creator"),
            toAddress: parent.moduleAddress("rollup"),
            amount: [{ denom: "ustra", amount: "1" }],
          }).finish(),
        },
      ],
      "sdk",
      4,
      "not allowed to receive funds",
    );
    const g = v1.QueryGenesisResponse.decode(
      parent.query(
        "/strata.rollup.v1.Query/Genesis",
        v1.QueryGenesisRequest.encode({ chainId: child.chainId }).finish(),
      ),
    );
    assert.deepEqual(Buffer.from(g.genesis), Buffer.from(child.genesisBytes));
  });

  it("refuses a second registration, the parent's own id, a foreign genesis, a low bond, a short window, an unfunded creator", async () => {
    const creator = parent.addr("creator");
    parent.expectRefused(
      "creator",
      [register(child, { creator })],
      R,
      RollupCode.alreadyRegistered,
      "is registered",
    );
    parent.expectRefused(
      "creator",
      [register(child, { creator, chainId: PARENT_CHAIN_ID })],
      R,
      RollupCode.alreadyRegistered,
      "own id",
    );
    parent.expectRefused(
      "creator",
      [register(child, { creator, chainId: "other-chain" })],
      R,
      RollupCode.invalidChildGenesis,
      "not other-chain",
    );
    parent.expectRefused(
      "creator",
      [register(child, { creator, chainId: "x", genesis: new TextEncoder().encode("{") })],
      R,
      RollupCode.invalidChildGenesis,
    );
    const other = await ChildChain.start({ chainId: "child-two" });
    try {
      const reg = (o: Partial<strata.rollup.v1.IMsgRegisterRollup>) =>
        register(other, { creator: parent.addr("creator"), ...o });
      parent.expectRefused("creator", [reg({ bond: "999999" })], R, RollupCode.bondTooLow);
      parent.expectRefused("creator", [reg({ challengeWindowBlocks: 0 })], R, RollupCode.windowTooShort);
      parent.expectRefused("creator", [reg({ bond: "1e6" })], R, RollupCode.invalidRequest);
      // [reg-2] a child whose blocks could outgrow one parent tx
      const doc = JSON.parse(new TextDecoder().decode(other.genesisBytes));
      assert.equal(
        doc.consensusParams.block.maxBytes,
        768 * 1024,
        "an L2 genesis defaults to postable blocks",
      );
      doc.consensusParams.block.maxBytes = 768 * 1024 + 1;
      parent.expectRefused(
        "creator",
        [reg({ genesis: new TextEncoder().encode(JSON.stringify(doc)) })],
        R,
        RollupCode.invalidChildGenesis,
        "one parent tx",
      );
      parent.expectRefused(
        "poor",
        [reg({ creator: parent.addr("poor"), bond: (10n ** 13n).toString() })],
        "sdk",
        5,
      );
    } finally {
      await other.stop();
    }
  });

  it("accepts batch 1 alone, then 2..4 packed in one message, and stores each record", () => {
    const one = child.batchItems(1, 1, { prevHeader: undefined, held });
    const r1 = parent.deliverOk("submitter", [submit(parent, child.chainId, one.items)]);
    const ev = r1.events.find((e) => e.type === "rollup_batch")!;
    const attr = (k: string) => ev.attributes.find((a) => a.key === k)!;
    assert.equal(attr("chain_id").value, child.chainId);
    assert.equal(attr("chain_id").index, true);
    assert.equal(attr("number").value, "1");
    assert.equal(attr("state_root").index, false);
    assert.equal(parent.rollup(child.chainId).lastNumber, 1);
    // The child's bridge module wrote the commitment of no deposits and no withdrawals.
    const h1 = BatchHeaderSsz.deserialize(one.items[0]!.header!);
    assert.deepEqual(
      RollupCommitmentSsz.serialize({ ...h1 }),
      RollupCommitmentSsz.serialize(emptyCommitment()),
    );
    // Gas: the tx's own cost plus 5,000 per item and 1,000 per signature.
    const pack = child.batchItems(2, 4, { prevHeader: one.lastHeader, held: one.held });
    const r2 = parent.deliverOk("submitter", [submit(parent, child.chainId, pack.items)]);
    assert.equal(r2.events.filter((e) => e.type === "rollup_batch").length, 3);
    assert.ok(r2.gasUsed > r1.gasUsed + 2n * 6_000n, `${r2.gasUsed} vs ${r1.gasUsed}`);
    const resp = v1.MsgSubmitBatchResponse.decode(TxMsgData.decode(r2.data).msgResponses[0]!.value);
    assert.equal(resp.lastNumber, 4);
    assert.equal(parent.rollup(child.chainId).lastNumber, 4);
    const batch = v1.QueryBatchResponse.decode(
      parent.query(
        "/strata.rollup.v1.Query/Batch",
        v1.QueryBatchRequest.encode({ chainId: child.chainId, number: 3 }).finish(),
      ),
    ).batch as strata.rollup.v1.BatchRecord;
    assert.equal(batch.parentHeight, parent.height);
    assert.equal(batch.submitter, parent.addr("submitter"));
    const header = BatchHeaderSsz.deserialize(batch.header);
    assert.equal(header.number, 3n);
    assert.deepEqual(Buffer.from(batch.headerRoot), Buffer.from(batchHeaderRoot(header)));
    assert.deepEqual(
      Buffer.from(header.stateRoot),
      Buffer.from(decodeBlock(child.blocks[2]!.block).header.appHash),
    );
    const list = v1.QueryBatchesResponse.decode(
      parent.query(
        "/strata.rollup.v1.Query/Batches",
        v1.QueryBatchesRequest.encode({
          chainId: child.chainId,
          fromNumber: 2,
          pagination: { limit: 2 },
        }).finish(),
      ),
    );
    assert.deepEqual(
      list.batches.map((b) => b.number),
      [2, 3],
    );
    lastHeader = pack.lastHeader;
    held = pack.held;
  });

  it("refuses a gap, a replay, a wrong prevHeaderRoot and a tampered header field, naming the batch", () => {
    const next = () => child.batchItems(5, 5, { prevHeader: lastHeader, held }).items[0]!;
    const gap = child.batchItems(6, 6, {
      prevHeader: child.batchItems(5, 5, { prevHeader: lastHeader, held }).lastHeader,
      held,
    }).items;
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, gap)],
      R,
      BatchCode.gap,
      "expected batch 5, got 6",
    );
    const replay = child.batchItems(4, 4, {
      prevHeader: BatchHeaderSsz.deserialize(
        v1.QueryBatchResponse.decode(
          parent.query(
            "/strata.rollup.v1.Query/Batch",
            v1.QueryBatchRequest.encode({ chainId: child.chainId, number: 3 }).finish(),
          ),
        ).batch!.header!,
      ),
      held,
    }).items;
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, replay)],
      R,
      BatchCode.replay,
      "batch 4 already accepted",
    );
    const wrongPrev = withHeader(next(), (h) => {
      h.prevHeaderRoot = new Uint8Array(32).fill(9);
    });
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, [wrongPrev])],
      R,
      BatchCode.wrongPrevHeader,
      "batch 5",
    );
    for (const [field, edit] of [
      ["stateRoot", (h: BatchHeader) => (h.stateRoot = new Uint8Array(32).fill(1))],
      ["withdrawalCount", (h: BatchHeader) => (h.withdrawalCount = 3n)],
      ["timeNs", (h: BatchHeader) => (h.timeNs += 1n)],
      ["txRoot", (h: BatchHeader) => (h.txRoot = new Uint8Array(32))],
    ] as const) {
      parent.expectRefused(
        "submitter",
        [submit(parent, child.chainId, [withHeader(next(), edit)])],
        R,
        BatchCode.headerMismatch,
        `header field ${field}`,
      );
    }
    // A good item after a bad one in the same message: all or nothing.
    const good = next();
    const bad6 = withHeader(
      child.batchItems(6, 6, { prevHeader: BatchHeaderSsz.deserialize(good.header!), held }).items[0]!,
      (h) => {
        h.depositCursor = 1n;
      },
    );
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, [good, bad6])],
      R,
      BatchCode.headerMismatch,
      "batch 6",
    );
    assert.equal(parent.rollup(child.chainId).lastNumber, 4);
  });

  it("refuses signatures of ≤ 2/3 of the power, altered data, a bad commitment proof", () => {
    const item = child.batchItems(5, 5, { prevHeader: lastHeader, held }).items[0]!;
    // No signature at all (the one validator's entry absent): 0 of 10.
    const unsigned = { ...item, commit: child.signCommit(5, () => false) };
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, [unsigned])],
      R,
      BatchCode.invalidCommit,
      "2/3 or less",
    );
    // A forged signature.
    const commit = decodeCommit(item.commit!);
    commit.signatures[0]!.signature = new Uint8Array(64).fill(3);
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, [{ ...item, commit: encodeCommit(commit) }])],
      R,
      BatchCode.invalidCommit,
      "does not verify",
    );
    // One byte of a tx altered in the posted data: the commit signed the block's bytes.
    const block = decodeBlock(item.block!);
    block.txs[0]![10]! ^= 1;
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, [{ ...item, block: encodeBlock(block) }])],
      R,
      BatchCode.invalidCommit,
      "another block",
    );
    // A block whose validators signed txs that do not hash to its dataHash ([batch-6]).
    const sealed = sealBlock(block);
    const key = child.keys[0]!;
    const vote = {
      type: VoteType.precommit,
      height: 5,
      round: 0,
      blockId: sealed.blockId,
      timestamp: block.header.timeNs + 1_000_000n,
      validatorAddress: key.address,
      validatorIndex: 0,
    };
    const forged = encodeCommit({
      height: 5,
      round: 0,
      blockId: sealed.blockId,
      signatures: [
        {
          blockIdFlag: BlockIdFlag.commit,
          validatorAddress: key.address,
          timestamp: vote.timestamp,
          signature: key.sign(voteSignBytes(child.chainId, vote)),
        },
      ],
    });
    parent.expectRefused(
      "submitter",
      [submit(parent, child.chainId, [{ ...item, block: sealed.encoded, commit: forged }])],
      R,
      BatchCode.dataMismatch,
      "dataHash",
    );
    // Commitment proof: a flipped node byte, a changed value, another key.
    const proof = item.commitmentProof!;
    const flipped = proof.nodes!.map((n) => Uint8Array.from(n));
    flipped[flipped.length - 1]![5]! ^= 1;
    for (const bad of [
      { ...proof, nodes: flipped },
      { ...proof, value: RollupCommitmentSsz.serialize({ ...emptyCommitment(), withdrawalCount: 1n }) },
      { ...proof, key: new TextEncoder().encode("bridge/\x02") },
      { ...proof, nodes: proof.nodes!.slice(1) },
    ]) {
      parent.expectRefused(
        "submitter",
        [submit(parent, child.chainId, [{ ...item, commitmentProof: bad }])],
        R,
        BatchCode.invalidCommitment,
      );
    }
    // next_validators when the set does not change.
    parent.expectRefused(
      "submitter",
      [
        submit(parent, child.chainId, [
          { ...item, nextValidators: [{ pubKey: child.keys[0]!.pubKey, power: 10 }] },
        ]),
      ],
      R,
      BatchCode.wrongNextValidators,
    );
  });

  it("refuses an unregistered chain and an empty batch; then accepts 5..7 after the refusals", () => {
    const items = child.batchItems(5, 7, { prevHeader: lastHeader, held }).items;
    parent.expectRefused("submitter", [submit(parent, "not-registered", items)], R, RollupCode.notRegistered);
    parent.expectRefused("submitter", [submit(parent, child.chainId, [])], R, RollupCode.tooManyItems);
    parent.deliverOk("submitter", [submit(parent, child.chainId, items)]);
    assert.equal(parent.rollup(child.chainId).lastNumber, 7);
  });

  it("round-trips its genesis: export, import into a fresh L1 app, same app hash; the import accepts the next batch", async () => {
    const exported = parent.exportGenesis();
    const imported = Parent.fromExport(parent, exported);
    assert.equal(imported.appHash(), parent.appHash());
    assert.deepEqual(imported.exportGenesis().rollup, exported.rollup);
    await child.produceBlock();
    const prev = BatchHeaderSsz.deserialize(
      v1.QueryBatchResponse.decode(
        imported.query(
          "/strata.rollup.v1.Query/Batch",
          v1.QueryBatchRequest.encode({ chainId: child.chainId, number: 7 }).finish(),
        ),
      ).batch!.header!,
    );
    const items = child.batchItems(8, 8, { prevHeader: prev, held }).items;
    imported.deliverOk("submitter", [submit(imported, child.chainId, items)]);
    assert.equal(imported.rollup(child.chainId).lastNumber, 8);
  });
});

describe("L1 rollup: [batch-10] deposits a child claims must exist on the parent", function () {
  this.timeout(60_000);

  for (const [name, commitment, logPart] of [
    [
      "a cursor beyond the parent's deposits",
      { ...emptyCommitment(), depositCursor: 1n, depositAccumulator: new Uint8Array(32).fill(4) },
      "beyond the 0 deposits",
    ],
    [
      "an accumulator that is not the parent's",
      { ...emptyCommitment(), depositAccumulator: new Uint8Array(32).fill(4) },
      "accumulator at cursor 0",
    ],
  ] as const) {
    it(`refuses ${name}`, async () => {
      const child = await ChildChain.start({ chainId: "child-deposits", genesisCommitment: commitment });
      try {
        await child.produceBlocks(1);
        const parent = Parent.create(
          ["creator", "submitter"],
          [
            {
              chainId: child.chainId,
              genesis: child.genesisBytes,
              challengeWindowBlocks: 5,
              bond: 1_000_000n,
            },
          ],
        );
        const items = child.batchItems(1, 1, {
          prevHeader: undefined,
          held: child.registeredValidators(),
        }).items;
        parent.expectRefused(
          "submitter",
          [submit(parent, child.chainId, items)],
          R,
          BatchCode.depositMismatch,
          logPart,
        );
      } finally {
        await child.stop();
      }
    });
  }
});
