import assert from "node:assert/strict";
import { QueryClient } from "@cosmjs/stargate";
import type { CometClient } from "@cosmjs/tendermint-rpc";
import {
  fetchTaskReport,
  ModelStatus,
  NodeStatus,
  Role,
  setupModelsExtension,
  setupNodesExtension,
  setupScoresExtension,
  setupSessionsExtension,
  setupSettlementExtension,
  setupTasksExtension,
} from "../../client/index.js";
import { strata } from "../../proto/gen/strata.js";

type Handler = (data: Uint8Array) => Uint8Array;

/**
 * A QueryClient whose ABCI queries are answered in process by `handlers` (by gRPC path), as a
 * node's query router would; an unknown path fails like the node does.
 */
function fakeQueryClient(handlers: Record<string, Handler>, calls: string[] = []) {
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
    setupModelsExtension,
    setupNodesExtension,
    setupSessionsExtension,
    setupTasksExtension,
    setupScoresExtension,
    setupSettlementExtension,
  );
}

const notFound = (what: string) => {
  throw new Error(`rpc error: code = NotFound desc = ${what} not found`);
};

describe("client query extensions", () => {
  const m = strata.models.v1;
  const model = {
    id: "tiny@1",
    name: "tiny",
    version: "1",
    status: ModelStatus.MODEL_STATUS_VERIFIED,
    publishedHeight: 3,
  };

  it("models: model by id over /strata.models.v1.Query/Model, null on NotFound, plain fields", async () => {
    const calls: string[] = [];
    const q = fakeQueryClient(
      {
        "/strata.models.v1.Query/Model": (data) => {
          const { id } = m.QueryModelRequest.decode(data);
          return id === "tiny@1" ? m.QueryModelResponse.encode({ model }).finish() : notFound(`model ${id}`);
        },
      },
      calls,
    );
    const found = await q.models.model("tiny@1");
    assert.ok(found);
    assert.equal(found.id, "tiny@1");
    assert.equal(found.publishedHeight, 3);
    // Every field present as an own property (defaults included), u64s as numbers.
    assert.equal(found.verifiedHeight, 0);
    assert.deepEqual(found.storageUris, []);
    assert.ok(Object.hasOwn(found, "owner"));
    assert.equal(await q.models.model("nope@1"), null);
    assert.deepEqual(calls, ["/strata.models.v1.Query/Model", "/strata.models.v1.Query/Model"]);
  });

  it("models: other errors are not mapped to null", async () => {
    const q = fakeQueryClient({});
    await assert.rejects(q.models.model("tiny@1"), /unknown query path \/strata.models.v1.Query\/Model/);
  });

  it("models: list passes the status filter and pagination; history", async () => {
    let seen: strata.models.v1.QueryModelsRequest | undefined;
    const q = fakeQueryClient({
      "/strata.models.v1.Query/Models": (data) => {
        seen = m.QueryModelsRequest.decode(data);
        return m.QueryModelsResponse.encode({
          models: [model],
          pagination: { nextKey: Uint8Array.of(1, 2), total: 9 },
        }).finish();
      },
      "/strata.models.v1.Query/ModelHistory": (data) =>
        m.QueryModelHistoryResponse.encode({
          models: [{ ...model, name: m.QueryModelHistoryRequest.decode(data).name }],
        }).finish(),
    });
    const r = await q.models.list({
      status: ModelStatus.MODEL_STATUS_VERIFIED,
      page: { limit: 5, countTotal: true },
    });
    assert.equal(seen?.status, ModelStatus.MODEL_STATUS_VERIFIED);
    assert.equal(Number(seen?.pagination?.limit), 5);
    assert.equal(seen?.pagination?.countTotal, true);
    assert.deepEqual(r.page, { nextKey: Uint8Array.of(1, 2), total: 9 });
    assert.deepEqual(
      r.models.map((x) => x.id),
      ["tiny@1"],
    );
    const last = await fakeQueryClient({
      "/strata.models.v1.Query/Models": () => m.QueryModelsResponse.encode({ models: [] }).finish(),
    }).models.list();
    assert.deepEqual(last, { models: [], page: { nextKey: null, total: 0 } });
    assert.equal((await q.models.history("other"))[0]!.name, "other");
  });

  it("nodes: node, filtered list, params", async () => {
    const n = strata.nodes.v1;
    let filter: strata.nodes.v1.QueryNodesRequest | undefined;
    const q = fakeQueryClient({
      "/strata.nodes.v1.Query/Node": (data) => {
        const { operator } = n.QueryNodeRequest.decode(data);
        return operator === "op1"
          ? n.QueryNodeResponse.encode({
              node: {
                operator,
                roles: [Role.ROLE_GUARD],
                pubkey: new Uint8Array(32).fill(1),
                reputation: 500000,
              },
            }).finish()
          : notFound(`node ${operator}`);
      },
      "/strata.nodes.v1.Query/Nodes": (data) => {
        filter = n.QueryNodesRequest.decode(data);
        return n.QueryNodesResponse.encode({ nodes: [{ operator: "op1" }] }).finish();
      },
      "/strata.nodes.v1.Query/Params": () =>
        n.QueryParamsResponse.encode({ params: { minStake: "1000000", unbondingBlocks: 100 } }).finish(),
    });
    const node = await q.nodes.node("op1");
    assert.deepEqual(node?.roles, [Role.ROLE_GUARD]);
    assert.deepEqual(node?.pubkey, new Uint8Array(32).fill(1));
    assert.equal(node?.reputation, 500000);
    assert.equal(await q.nodes.node("op2"), null);
    await q.nodes.list({ role: Role.ROLE_EXECUTOR, model: "tiny@1", status: NodeStatus.NODE_STATUS_ACTIVE });
    assert.equal(filter?.role, Role.ROLE_EXECUTOR);
    assert.equal(filter?.model, "tiny@1");
    assert.equal(filter?.status, NodeStatus.NODE_STATUS_ACTIVE);
    assert.deepEqual(await q.nodes.params(), {
      minStake: "1000000",
      unbondingBlocks: 100,
      initialReputation: 0,
      reputationAlpha: 0,
      jailBlocks: 0,
    });
  });

  it("sessions: session by numeric id, list by owner", async () => {
    const s = strata.sessions.v1;
    let owner = "";
    const q = fakeQueryClient({
      "/strata.sessions.v1.Query/Session": (data) => {
        const id = Number(s.QuerySessionRequest.decode(data).id);
        return id === 4
          ? s.QuerySessionResponse.encode({ session: { id, balance: "10" } }).finish()
          : notFound(`session ${id}`);
      },
      "/strata.sessions.v1.Query/Sessions": (data) => {
        owner = s.QuerySessionsRequest.decode(data).owner;
        return s.QuerySessionsResponse.encode({ sessions: [{ id: 4 }, { id: 9 }] }).finish();
      },
    });
    assert.equal((await q.sessions.session(4))?.balance, "10");
    assert.equal(await q.sessions.session(5), null);
    const r = await q.sessions.list({ owner: "alice" });
    assert.equal(owner, "alice");
    assert.deepEqual(
      r.sessions.map((x) => x.id),
      [4, 9],
    );
  });

  it("task report: task + scoring + settlement in one object; null for an unknown task", async () => {
    const t = strata.tasks.v1;
    const sc = strata.scores.v1;
    const st = strata.settlement.v1;
    const id = "e".repeat(64);
    const q = fakeQueryClient({
      "/strata.tasks.v1.Query/Task": (data) =>
        t.QueryTaskRequest.decode(data).id === id
          ? t.QueryTaskResponse.encode({
              task: {
                id,
                sessionId: 4,
                router: "router1",
                model: "tiny@1",
                receipts: [
                  { executor: "ex1", inputTokens: 10, outputTokens: 20, commitment: "c1" },
                  { executor: "ex2", inputTokens: 10, outputTokens: 21, commitment: "c2" },
                ],
                reveals: [{ executor: "ex1", output: "hi", salt: "s1" }],
                missedReveals: ["ex2"],
                status: t.TaskStatus.TASK_STATUS_SETTLED,
                recordedHeight: 10,
                revealDeadline: 30,
                settledHeight: 44,
              },
            }).finish()
          : notFound(`task`),
      "/strata.scores.v1.Query/TaskScoring": () =>
        sc.QueryTaskScoringResponse.encode({
          scoring: {
            taskId: id,
            assigned: ["g1", "g2"],
            quorum: 2,
            deadline: 80,
            scores: [
              {
                guard: "g1",
                height: 35,
                score: {
                  taskId: id,
                  method: sc.Method.METHOD_REEXECUTION,
                  scores: [{ executor: "ex1", score: 900000 }],
                  note: "ok",
                },
              },
            ],
            verdict: sc.Verdict.VERDICT_ACCEPTED,
            finalScores: [{ executor: "ex1", score: 900000 }, { executor: "ex2" }],
            verdictHeight: 44,
          },
        }).finish(),
      "/strata.settlement.v1.Query/Settlement": () =>
        st.QuerySettlementResponse.encode({
          settlement: {
            taskId: id,
            charge: "100",
            refunded: "50",
            payments: [
              {
                recipient: "ex1",
                role: st.PaymentRole.PAYMENT_ROLE_EXECUTOR,
                amount: "80",
                reason: "executor share",
              },
              {
                recipient: "t",
                role: st.PaymentRole.PAYMENT_ROLE_TREASURY,
                amount: "20",
                reason: "remainder",
              },
            ],
            slashes: [{ node: "ex2", amount: "10000", reason: "missed_reveal" }],
            height: 44,
          },
        }).finish(),
    });
    const report = await fetchTaskReport(q, id);
    assert.ok(report);
    assert.equal(report.status, "SETTLED");
    assert.deepEqual(
      report.receipts.map((r) => [r.executor, r.served, r.revealed]),
      [
        ["ex1", true, true],
        ["ex2", false, false],
      ],
    );
    assert.deepEqual(report.reveals, [{ executor: "ex1", output: "hi", salt: "s1" }]);
    assert.deepEqual(report.missedReveals, ["ex2"]);
    assert.deepEqual(report.guards, ["g1", "g2"]);
    assert.deepEqual(report.scores, [
      {
        guard: "g1",
        method: "REEXECUTION",
        height: 35,
        note: "ok",
        scores: [{ executor: "ex1", score: 900000 }],
      },
    ]);
    assert.equal(report.verdict, "ACCEPTED");
    assert.deepEqual(report.finalScores, [
      { executor: "ex1", score: 900000 },
      { executor: "ex2", score: 0 },
    ]);
    assert.equal(report.settlement?.charge, "100");
    assert.deepEqual(report.payments, [
      { recipient: "ex1", role: "EXECUTOR", amount: "80", reason: "executor share" },
      { recipient: "t", role: "TREASURY", amount: "20", reason: "remainder" },
    ]);
    assert.deepEqual(report.slashes, [
      { node: "ex2", amount: "10000", reason: "missed_reveal", jailed: false },
    ]);
    assert.equal(await fetchTaskReport(q, "f".repeat(64)), null);
  });

  it("task report of a task still committed: no scoring, no settlement", async () => {
    const t = strata.tasks.v1;
    const id = "a".repeat(64);
    const q = fakeQueryClient({
      "/strata.tasks.v1.Query/Task": () =>
        t.QueryTaskResponse.encode({
          task: { id, receipts: [{ executor: "ex1" }], status: t.TaskStatus.TASK_STATUS_COMMITTED },
        }).finish(),
      "/strata.scores.v1.Query/TaskScoring": () => notFound("scoring"),
      "/strata.settlement.v1.Query/Settlement": () => notFound("settlement"),
    });
    const report = await fetchTaskReport(q, id);
    assert.equal(report?.status, "COMMITTED");
    assert.equal(report?.verdict, null);
    assert.equal(report?.settlement, null);
    assert.deepEqual(report?.payments, []);
    assert.deepEqual(report?.scores, []);
  });
});
