import assert from "node:assert/strict";
import { QueryClient } from "@cosmjs/stargate";
import type { CometClient } from "@cosmjs/tendermint-rpc";
import { BatchHeaderSsz } from "../../chain/core/rollup/types.js";
import {
  acceptedBatch,
  BatchFinder,
  type BatchRecord,
  ClientError,
  ClientErrorCode,
  type StrataQueryClient,
  setupBridgeExtension,
  setupL2BridgeExtension,
  setupRollupExtension,
} from "../../client/index.js";
import { strata } from "../../proto/gen/strata.js";

type Handler = (data: Uint8Array) => Uint8Array;

/** A QueryClient whose ABCI queries are answered in process by `handlers` (by gRPC path). */
function queryClient(handlers: Record<string, Handler>, calls: string[] = []) {
  const comet = {
    abciQuery: async ({ path, data }: { path: string; data: Uint8Array }) => {
      calls.push(path);
      const handler = handlers[path];
      if (!handler)
        return { code: 6, codespace: "sdk", log: `unknown query path ${path}`, value: new Uint8Array() };
      try {
        return { code: 0, codespace: "", value: handler(data), key: new Uint8Array(), height: 5 };
      } catch (err) {
        return { code: 22, codespace: "sdk", log: (err as Error).message, value: new Uint8Array() };
      }
    },
  } as unknown as CometClient;
  return QueryClient.withExtensions(
    comet,
    setupRollupExtension,
    setupBridgeExtension,
    setupL2BridgeExtension,
  );
}

/** A batch record as L1 stores it, with an SSZ header of the given withdrawal count and root. */
function record(number: number, withdrawalCount: number, root: number): BatchRecord {
  const header = BatchHeaderSsz.defaultValue();
  header.chainId = new TextEncoder().encode("strata-l2-test");
  header.number = BigInt(number);
  header.withdrawalCount = BigInt(withdrawalCount);
  header.withdrawalRoot = new Uint8Array(32).fill(root);
  return strata.rollup.v1.BatchRecord.create({
    chainId: "strata-l2-test",
    number,
    header: BatchHeaderSsz.serialize(header),
    headerRoot: BatchHeaderSsz.hashTreeRoot(header),
    parentHeight: 40 + number,
    submitter: "strata1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu",
  });
}

describe("client bridge helpers", () => {
  it("acceptedBatch decodes the header fields a withdrawal needs", () => {
    const r = record(7, 3, 9);
    const b = acceptedBatch(r);
    assert.equal(b.number, 7);
    assert.equal(b.parentHeight, 47);
    assert.equal(b.withdrawalCount, 3);
    assert.deepEqual(b.withdrawalRoot, new Uint8Array(32).fill(9));
    assert.equal(b.record, r);
  });

  it("acceptedBatch refuses a header that is not SSZ BatchHeader bytes", () => {
    const r = { ...record(1, 0, 0), header: new Uint8Array([1, 2, 3]) } as BatchRecord;
    assert.throws(() => acceptedBatch(r));
  });

  it("client error codes for the bridge keep their numbers", () => {
    assert.equal(ClientErrorCode.notFound, 6);
    assert.equal(ClientErrorCode.notInBatch, 7);
    const err = new ClientError(ClientErrorCode.notInBatch, "withdrawal 3 is in no batch accepted on L1 yet");
    assert.equal(err.codespace, "client");
    assert.equal(err.code, 7);
  });

  describe("BatchFinder over the rollup queries", () => {
    const r = strata.rollup.v1;
    // Withdrawal counts of batches 1..9 (they never go down).
    const counts = [0, 0, 1, 1, 1, 3, 3, 4, 6];
    const handlers = (calls: string[]) =>
      queryClient(
        {
          "/strata.rollup.v1.Query/Rollup": (data) => {
            const req = r.QueryRollupRequest.decode(data);
            if (req.chainId !== "strata-l2-test")
              throw new Error(`rpc error: code = NotFound desc = rollup ${req.chainId} not found`);
            return r.QueryRollupResponse.encode({
              rollup: { chainId: req.chainId, lastNumber: counts.length, challengeWindowBlocks: 10 },
            }).finish();
          },
          "/strata.rollup.v1.Query/Batch": (data) => {
            const req = r.QueryBatchRequest.decode(data);
            assert.equal(req.chainId, "strata-l2-test");
            const n = Number(req.number);
            if (n < 1 || n > counts.length)
              throw new Error("rpc error: code = NotFound desc = batch not found");
            return r.QueryBatchResponse.encode({ batch: record(n, counts[n - 1]!, n) }).finish();
          },
        },
        calls,
      ) as unknown as StrataQueryClient;

    it("finds the first batch whose withdrawal count covers each index, in few queries", async () => {
      const calls: string[] = [];
      const finder = new BatchFinder(handlers(calls), "strata-l2-test");
      const first = (i: number) => counts.findIndex((c) => c > i) + 1;
      for (const index of [0, 1, 2, 3, 4, 5]) {
        const b = await finder.covering(index);
        assert.equal(b?.number, first(index), `index ${index}`);
        assert.equal(b!.withdrawalCount > index, true);
      }
      assert.equal(await finder.covering(6), null, "no batch holds index 6 yet");
      assert.equal(await finder.challengeWindow(), 10);
      // One registration read, and each batch read at most once (binary search, cached).
      assert.equal(calls.filter((c) => c.endsWith("/Rollup")).length, 1);
      assert.ok(calls.filter((c) => c.endsWith("/Batch")).length <= counts.length);
    });

    it("names an unregistered chain", async () => {
      const finder = new BatchFinder(handlers([]), "nope");
      await assert.rejects(finder.covering(0), (err: unknown) => {
        assert.ok(err instanceof ClientError);
        assert.equal(err.code, ClientErrorCode.notFound);
        assert.match(err.message, /chain nope is not registered on this L1/);
        return true;
      });
    });
  });

  it("the bridge and l2bridge queries send their fields and decode plain records", async () => {
    const b = strata.bridge.v1;
    const l = strata.l2bridge.v1;
    const q = queryClient({
      "/strata.bridge.v1.Query/Deposits": (data) => {
        const req = b.QueryDepositsRequest.decode(data);
        assert.deepEqual([req.chainId, req.address, Number(req.fromNonce)], ["c", "strata1x", 2]);
        return b.QueryDepositsResponse.encode({
          deposits: [{ chainId: "c", nonce: 2, sender: "strata1x", recipient: "strata1x", amount: "5" }],
        }).finish();
      },
      "/strata.bridge.v1.Query/Claim": () => {
        throw new Error("rpc error: code = NotFound desc = claim not found");
      },
      "/strata.bridge.v1.Query/Escrow": () =>
        b.QueryEscrowResponse.encode({ escrowed: "3", deposited: "5", claimed: "2" }).finish(),
      "/strata.l2bridge.v1.Query/WithdrawalProof": (data) => {
        const req = l.QueryWithdrawalProofRequest.decode(data);
        assert.deepEqual([Number(req.index), Number(req.count)], [1, 4]);
        return l.QueryWithdrawalProofResponse.encode({
          withdrawal: { index: 1, amount: "7" },
          proof: [new Uint8Array(32).fill(1)],
          root: new Uint8Array(32).fill(2),
        }).finish();
      },
    });
    const { deposits } = await q.bridge.deposits("c", { address: "strata1x", fromNonce: 2 });
    assert.equal(deposits[0]!.nonce, 2);
    assert.equal(deposits[0]!.amount, "5");
    assert.equal(await q.bridge.claim("c", 0), null);
    assert.deepEqual({ ...(await q.bridge.escrow("c")) }, { escrowed: "3", deposited: "5", claimed: "2" });
    const proof = await q.l2bridge.withdrawalProof(1, 4);
    assert.equal(proof.withdrawal?.amount, "7");
    assert.deepEqual(proof.proof, [new Uint8Array(32).fill(1)]);
  });
});
