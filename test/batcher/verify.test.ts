import assert from "node:assert/strict";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { type L1BatchRecord, type L1Source, type L1Tx, verifyFromL1 } from "../../batcher/verify.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { decodeBatchHeader } from "../../chain/core/rollup/index.js";
import { createL2App } from "../../chain/l2-orchestration/index.js";
import { strata } from "../../proto/gen/strata.js";
import { ChildChain } from "../helpers/childChain.js";

const SUBMIT = "/strata.rollup.v1.MsgSubmitBatch";

/** A parent tx carrying one MsgSubmitBatch (signatures are not the rebuild's business). */
function submitTx(chainId: string, items: strata.rollup.v1.IBatchItem[]): Uint8Array {
  const msg = strata.rollup.v1.MsgSubmitBatch.encode({
    submitter: "strata1batcher",
    chainId,
    items,
  }).finish();
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: [{ typeUrl: SUBMIT, value: msg }] }),
  ).finish();
  return TxRaw.encode({
    bodyBytes,
    authInfoBytes: new Uint8Array([1]),
    signatures: [new Uint8Array(64)],
  }).finish();
}

/** A copy of the parent's data for one child chain, as plain values a test can alter. */
interface L1Copy {
  chainId: string;
  genesis: Uint8Array;
  records: L1BatchRecord[];
  blocks: Map<number, L1Tx[]>;
}

function sourceOf(copy: L1Copy): L1Source {
  return {
    genesis: async (id) => (id === copy.chainId ? copy.genesis : null),
    rollup: async (id) => (id === copy.chainId ? { lastNumber: copy.records.length, depositCount: 0 } : null),
    batches: async (_id, from, limit) => copy.records.filter((r) => r.number >= from).slice(0, limit),
    blockTxs: async (h) => copy.blocks.get(h) ?? [],
    depositAccumulator: async () => null,
  };
}

const makeApp = (chainId: string) => createL2App(chainId, nullLogger, { minGasPrices: [] }).app;

describe("strata l2 verify: rebuild a child chain from the parent's data (in process)", function () {
  this.timeout(60_000);
  let child: ChildChain;
  let copy: L1Copy;

  before(async () => {
    child = await ChildChain.start({ chainId: "verify-child-1", validators: 2 });
    await child.produceBlocks(2);
    // A staking tx: executed in block 3, the set changes from height 5 ([batch-9] on the way).
    await child.delegate(1, 25_000_000n);
    await child.produceBlocks(7);
    assert.equal(child.height, 9);
    // Batches 1..6 in one parent tx at parent height 20, 7..9 at 21, next to a refused tx that
    // carries a tampered copy of batch 7 (its data was never accepted: the rebuild must skip it).
    const first = child.batchItems(1, 6, { prevHeader: undefined, held: child.registeredValidators() });
    const second = child.batchItems(7, 9, { prevHeader: first.lastHeader, held: first.held });
    const records: L1BatchRecord[] = [];
    const all = [...first.items, ...second.items];
    for (const [i, item] of all.entries())
      records.push({ number: i + 1, header: item.header as Uint8Array, parentHeight: i < 6 ? 20 : 21 });
    assert.ok(
      all.some((it) => (it.nextValidators ?? []).length > 0),
      "a batch carries the new validator set",
    );
    const forged = second.items.map((it) => ({ ...it, block: Uint8Array.from(it.block as Uint8Array) }));
    forged[0]!.block![100] ^= 0xff;
    copy = {
      chainId: child.chainId,
      genesis: child.genesisBytes,
      records,
      blocks: new Map([
        [20, [{ tx: submitTx(child.chainId, first.items), code: 0 }]],
        [
          21,
          [
            { tx: submitTx(child.chainId, forged), code: 26 },
            { tx: submitTx(child.chainId, second.items), code: 0 },
          ],
        ],
      ]),
    };
  });

  after(async () => {
    await child?.stop();
  });

  it("rebuilds every block and matches every root, through a validator-set change", async () => {
    const seen: number[] = [];
    const report = await verifyFromL1(sourceOf(copy), {
      chainId: child.chainId,
      makeApp,
      onBlock: (h) => seen.push(h),
    });
    assert.equal(report.mismatch, null, JSON.stringify(report.mismatch));
    assert.equal(report.ok, true);
    assert.equal(report.verifiedTo, 9);
    assert.deepEqual(seen, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(report.txs, 1);
    // The root after 8 was checked against batch 9; --to 8 checks it against batch 9 explicitly.
    const to8 = await verifyFromL1(sourceOf(copy), { chainId: child.chainId, makeApp, to: 8 });
    assert.equal(to8.ok, true);
    assert.equal(
      to8.stateRoot,
      Buffer.from(decodeBatchHeader(copy.records[8]!.header).stateRoot).toString("hex"),
    );
  });

  it("fails naming the height when one byte of a posted batch is altered", async () => {
    for (const [height, offset] of [
      [4, 100],
      [8, 40],
    ] as const) {
      // Alter one byte of block `height`'s data inside the accepted parent tx.
      const tampered: L1Copy = { ...copy, blocks: new Map(copy.blocks) };
      const parentHeight = copy.records[height - 1]!.parentHeight;
      tampered.blocks.set(
        parentHeight,
        copy.blocks.get(parentHeight)!.map(({ tx, code }) => {
          if (code !== 0) return { tx, code };
          const body = TxBody.decode(TxRaw.decode(tx).bodyBytes);
          const msg = strata.rollup.v1.MsgSubmitBatch.decode(body.messages[0]!.value);
          for (const item of msg.items) {
            if (Number(decodeBatchHeader(item.header as Uint8Array).number) !== height) continue;
            const bytes = Uint8Array.from(item.block as Uint8Array);
            bytes[offset]! ^= 0x01;
            item.block = bytes;
          }
          return { tx: submitTx(copy.chainId, msg.items), code };
        }),
      );
      const report = await verifyFromL1(sourceOf(tampered), { chainId: copy.chainId, makeApp });
      assert.equal(report.ok, false);
      assert.ok(report.mismatch, "a mismatch is reported");
      assert.equal(report.mismatch.height, height, JSON.stringify(report.mismatch));
      assert.equal(report.verifiedTo, height - 1);
      assert.match(report.mismatch.message, new RegExp(`height ${height}`));
    }
  });

  it("fails naming the height when a batch's data is missing from the parent's txs", async () => {
    const missing: L1Copy = { ...copy, blocks: new Map(copy.blocks) };
    missing.blocks.set(
      21,
      copy.blocks.get(21)!.filter((t) => t.code !== 0),
    );
    missing.blocks.set(21, []);
    const report = await verifyFromL1(sourceOf(missing), { chainId: copy.chainId, makeApp });
    assert.equal(report.ok, false);
    assert.equal(report.mismatch?.height, 7);
    assert.equal(report.mismatch?.field, "data");
  });

  it("fails at height 0 when the registered genesis is not the chain's", async () => {
    const doc = JSON.parse(Buffer.from(copy.genesis).toString("utf8"));
    doc.appState.bank.balances[0].coins[0].amount = String(
      BigInt(doc.appState.bank.balances[0].coins[0].amount) + 1n,
    );
    // the supply follows the balance, so the genesis itself stays valid
    const supply = doc.appState.bank.supply?.find((c: { denom: string }) => c.denom === "ustra");
    if (supply) supply.amount = String(BigInt(supply.amount) + 1n);
    const other: L1Copy = { ...copy, genesis: new TextEncoder().encode(JSON.stringify(doc)) };
    const report = await verifyFromL1(sourceOf(other), { chainId: copy.chainId, makeApp });
    assert.equal(report.ok, false);
    assert.equal(report.mismatch?.height, 0, JSON.stringify(report.mismatch));
    assert.equal(report.mismatch?.field, "stateRoot");
  });
});
