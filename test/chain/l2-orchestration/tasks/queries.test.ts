import assert from "node:assert/strict";
import { withNumbers } from "../../../../chain/l2-orchestration/shared/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { Market } from "../lifecycle/market.js";

const v1 = strata.tasks.v1;
const P = "/strata.tasks.v1.Query/";

describe("tasks: queries", () => {
  let m: Market;
  let ids: string[];
  let second: number;
  before(() => {
    m = Market.create();
    second = m.openSession({ redundancy: 3, deposit: 1_000_000n });
    ids = [1, 2, 3, 4].map((i) => m.taskId(i));
    m.chain.deliverOk("router", [m.record([m.task(ids[0]!), m.task(ids[1]!), m.task(ids[2]!)])]);
    m.chain.deliverOk("router", [m.record([m.task(ids[3]!, m.executors, {}, second)])]);
    m.chain.deliverOk("router", [
      m.reveal(
        "router",
        m.executors.map((e) => m.revealOf(ids[1]!, e)),
      ),
    ]);
  });

  function tasks(req: strata.tasks.v1.IQueryTasksRequest) {
    return m.chain.queryOk(`${P}Tasks`, v1.QueryTasksRequest.encode(req).finish(), (b) =>
      withNumbers(v1.QueryTasksResponse.decode(b)),
    );
  }

  it("Task returns a stored task; NotFound for an unknown id; InvalidArgument for a malformed one", () => {
    const got = m.chain.queryOk(`${P}Task`, v1.QueryTaskRequest.encode({ id: ids[0] }).finish(), (b) =>
      withNumbers(v1.QueryTaskResponse.decode(b)),
    );
    assert.equal(got.task!.id, ids[0]);
    assert.equal(got.task!.receipts!.length, 3);
    const missing = m.chain.query(`${P}Task`, v1.QueryTaskRequest.encode({ id: m.taskId(99) }).finish());
    assert.equal(missing.codespace, "sdk");
    assert.equal(missing.code, 22);
    assert.match(missing.log, /NotFound desc = task .* not found/);
    const bad = m.chain.query(`${P}Task`, v1.QueryTaskRequest.encode({ id: "nope" }).finish());
    assert.equal(bad.code, 18);
    assert.match(bad.log, /InvalidArgument/);
  });

  it("Tasks lists in id order, filters by session and status, and pages", () => {
    const sorted = [...ids].sort();
    assert.deepEqual(
      tasks({}).tasks!.map((t) => t.id),
      sorted,
    );
    assert.deepEqual(
      tasks({ sessionId: second }).tasks!.map((t) => t.id),
      [ids[3]],
    );
    assert.deepEqual(
      tasks({ sessionId: m.sessionId }).tasks!.map((t) => t.id),
      [ids[0], ids[1], ids[2]].sort(),
    );
    assert.deepEqual(
      tasks({ status: v1.TaskStatus.TASK_STATUS_SCORING }).tasks!.map((t) => t.id),
      [ids[1]],
    );
    assert.deepEqual(tasks({ sessionId: 99 }).tasks, []);
    const page1 = tasks({ pagination: { limit: 3, countTotal: true } });
    assert.equal(page1.tasks!.length, 3);
    assert.equal(page1.pagination!.total, 4);
    const page2 = tasks({ pagination: { key: page1.pagination!.nextKey, limit: 3 } });
    assert.deepEqual(
      page2.tasks!.map((t) => t.id),
      [sorted[3]],
    );
  });

  it("Params returns the defaults (RULES.md)", () => {
    const { params } = m.chain.queryOk(`${P}Params`, new Uint8Array(), (b) =>
      withNumbers(v1.QueryParamsResponse.decode(b)),
    );
    assert.deepEqual(
      { ...params },
      { revealBlocks: 20, maxTasksPerMsg: 200, maxOutputBytes: 16384, maxPromptBytes: 65536 },
    );
  });
});
