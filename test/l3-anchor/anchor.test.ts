import assert from "node:assert/strict";
import { Batcher, type ChildChain, type ParentChain } from "../../batcher/index.js";
import { sha256 } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import {
  childValidatorsFromProto,
  childValidatorsToProto,
  decodeBatchHeader,
} from "../../chain/core/rollup/index.js";
import { strata } from "../../proto/gen/strata.js";
import { type L2Chain, marketChain, msg } from "../chain/l2-orchestration/harness.js";
import { L3Child } from "../chain/l2-orchestration/l3registry/l3Child.js";

const v1 = strata.l3registry.v1;
const Q = "/strata.l3registry.v1.Query/";

/** The L3 stand-in as the batcher reads a child. */
function childOf(l3: L3Child): ChildChain {
  return {
    chainId: async () => l3.chainId,
    latestHeight: async () => l3.blocks.length,
    block: async (h) => {
      const b = l3.blocks[h - 1]!;
      return { height: h, block: b.block, commit: b.commit, commitmentProof: b.proof };
    },
    validators: async () => {
      throw new Error("the L3 set does not change in this test");
    },
  };
}

/** L2's l3registry (the in-process app) as the batcher's parent: what `l3registryParentOverClient` reads over RPC. */
function parentOf(l2: L2Chain, submitted: number[]): ParentChain {
  return {
    async rollup(chainId) {
      const r = l2.query(`${Q}Chain`, v1.QueryChainRequest.encode({ chainId }).finish());
      if (r.code !== 0) return null;
      const c = v1.QueryChainResponse.decode(r.value).chain!;
      return {
        lastNumber: Number(c.lastNumber),
        validators: childValidatorsFromProto(c.validators!),
        depositCount: 0,
      };
    },
    async batchHeader(chainId, number) {
      const r = l2.query(`${Q}Header`, v1.QueryHeaderRequest.encode({ chainId, number }).finish());
      return r.code === 0 ? decodeBatchHeader(v1.QueryHeaderResponse.decode(r.value).header!.header!) : null;
    },
    maxItemsPerBatch: async () => 2,
    async submitBatch(chainId, items) {
      const res = l2.deliver("user", [
        msg(v1.MsgAnchorL3Headers, { submitter: l2.addr("user"), chainId, items }),
      ]);
      if (res.code !== 0) throw new Error(`${res.codespace}:${res.code} ${res.log}`);
      submitted.push(items.length);
      return { height: l2.height, txhash: "", gasUsed: BigInt(res.gasUsed), msgBytes: 0 };
    },
    deposits: async () => [],
  };
}

describe("l3-anchor: the batcher with [anchor-1] anchors an L3 on L2's l3registry", function () {
  this.timeout(60_000);
  let l3: L3Child;

  before(async () => {
    l3 = await L3Child.start("anchor-l3", 4);
    for (let i = 0; i < 5; i++) await l3.produceBlock();
    // block 6: only 2 of 4 validators sign (half the power): never anchorable
    await l3.produceBlock((i) => i < 2);
  });

  after(async () => {
    await l3?.stop();
  });

  it("posts blocks in packs of 2, refuses a pack holding an under-signed block, resumes from L2, never anchors block 6", async () => {
    const l2 = marketChain();
    l2.deliverOk("owner", [
      msg(v1.MsgRegisterL3, {
        creator: l2.addr("owner"),
        chainId: l3.chainId,
        name: "anchor",
        validators: childValidatorsToProto(l3.registeredValidators()),
        admins: [l2.addr("owner")],
        genesisSha256: sha256(l3.genesisBytes),
      }),
    ]);
    const submitted: number[] = [];
    const batcher = new Batcher(
      { chainId: l3.chainId, submitter: l2.addr("user"), noCommitment: true, relayPollMs: 0 },
      { child: childOf(l3), parent: parentOf(l2, submitted), logger: nullLogger },
    );
    assert.equal(await batcher.postOnce(), 2);
    assert.equal(await batcher.postOnce(), 2);
    // blocks 5 and 6 go in one tx: all or nothing, so neither is anchored
    await assert.rejects(batcher.postOnce(), /rollup:26 batch 6/);
    assert.deepEqual(submitted, [2, 2]);
    const lastNumber = () =>
      Number(
        v1.QueryChainResponse.decode(
          l2.query(`${Q}Chain`, v1.QueryChainRequest.encode({ chainId: "anchor" }).finish()).value,
        ).chain!.lastNumber,
      );
    assert.equal(lastNumber(), 4);
    // a fresh anchorer, one block per tx, resumes from L2's last number and header
    const again = new Batcher(
      {
        chainId: l3.chainId,
        submitter: l2.addr("user"),
        noCommitment: true,
        relayPollMs: 0,
        maxItemsPerBatch: 1,
      },
      { child: childOf(l3), parent: parentOf(l2, submitted), logger: nullLogger },
    );
    assert.equal((await again.resume()).lastNumber, 4);
    assert.equal(await again.postOnce(), 1);
    await assert.rejects(again.postOnce(), /rollup:26 batch 6/);
    assert.equal(lastNumber(), 5);
  });

  it("refuses to post for an unregistered L3, and an L3 block without [anchor-1] locally", async () => {
    const l2 = marketChain();
    const submitted: number[] = [];
    const plain = new Batcher(
      { chainId: l3.chainId, submitter: l2.addr("user"), relayPollMs: 0 },
      { child: childOf(l3), parent: parentOf(l2, submitted), logger: nullLogger },
    );
    // not registered on this L2: the batcher says so
    await assert.rejects(plain.postOnce(), /not registered/);
    l2.deliverOk("owner", [
      msg(v1.MsgRegisterL3, {
        creator: l2.addr("owner"),
        chainId: l3.chainId,
        name: "anchor",
        validators: childValidatorsToProto(l3.registeredValidators()),
        admins: [l2.addr("owner")],
        genesisSha256: sha256(l3.genesisBytes),
      }),
    ]);
    // without [anchor-1] the batcher wants a commitment record the L3 does not have: refused locally
    await assert.rejects(plain.postOnce(), /commitment record present/);
    assert.deepEqual(submitted, []);
  });
});
