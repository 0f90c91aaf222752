import assert from "node:assert/strict";
import { strata } from "../../../../proto/gen/strata.js";
import { L2Chain } from "../harness.js";
import { Market } from "./market.js";

const { TaskStatus } = strata.tasks.v1;

/** A market with tasks in every state: committed, scoring with one score, settled. */
function busyMarket(): { m: Market; ids: Record<string, string> } {
  const m = Market.create();
  const ids = {
    committed: m.taskId("c"),
    scoring: m.taskId("s"),
    settled: m.taskId("d"),
    partial: m.taskId("p"),
  };
  m.chain.deliverOk("router", [
    m.record([
      m.task(ids.scoring),
      m.task(ids.settled),
      m.task(ids.partial, m.executors, { exec2: { output: "" } }),
    ]),
  ]);
  m.chain.deliverOk("router", [
    m.reveal("router", [
      ...m.executors.map((e) => m.revealOf(ids.scoring, e)),
      ...m.executors.map((e) => m.revealOf(ids.settled, e)),
      m.revealOf(ids.partial, "exec2", ""),
    ]),
  ]);
  const [g1, g2] = m.assignedGuards(ids.settled) as [string, string];
  m.chain.deliverOk(g1, [m.score(g1, [m.scoreOf(ids.settled, {})])]);
  m.chain.deliverOk(g2, [m.score(g2, [m.scoreOf(ids.settled, { exec2: 600_000 })])]);
  const s = m.assignedGuards(ids.scoring)[0]!;
  m.chain.deliverOk(s, [m.score(s, [{ ...m.scoreOf(ids.scoring, {}), note: "" }])]);
  m.chain.deliverOk("router", [m.record([m.task(ids.committed)])]);
  return { m, ids };
}

describe("tasks, scores, settlement: genesis export and init", () => {
  it("export -> init rebuilds the same app hash and exports the same genesis again", () => {
    const { m, ids } = busyMarket();
    assert.equal(m.getTask(ids.committed)!.status, TaskStatus.TASK_STATUS_COMMITTED);
    assert.equal(m.getTask(ids.scoring)!.status, TaskStatus.TASK_STATUS_SCORING);
    assert.equal(m.getTask(ids.settled)!.status, TaskStatus.TASK_STATUS_SETTLED);
    const exported = m.chain.exportGenesis();
    const copy = L2Chain.fromAppState(exported, m.chain.accounts.keys());
    assert.equal(copy.appHash(), m.chain.appHash());
    assert.deepEqual(copy.exportGenesis(), exported);
  });

  it("the copy runs on exactly like the original: the deadline queues and pending assignments were rebuilt", () => {
    const { m, ids } = busyMarket();
    const copy = L2Chain.fromAppState(m.chain.exportGenesis(), m.chain.accounts.keys());
    copy.height = m.chain.height;
    const twin = Market.over(copy, 3, 3);
    // The same late score lands in both; then every deadline passes in both.
    const g = m.assignedGuards(ids.scoring)[1]!;
    for (const market of [m, twin]) {
      market.chain.deliverOk(g, [market.score(g, [market.scoreOf(ids.scoring, {})])]);
      market.chain.advanceTo(market.chain.height + 80);
    }
    assert.equal(copy.appHash(), m.chain.appHash());
    for (const id of Object.values(ids)) {
      assert.equal(twin.getTask(id)!.status, TaskStatus.TASK_STATUS_SETTLED, id);
    }
    twin.checkInvariants();
  });

  it("refuses bad sections: params and malformed records", () => {
    const { m } = busyMarket();
    const exported = m.chain.exportGenesis() as Record<string, Record<string, unknown>>;
    const refuse = (module: string, section: Record<string, unknown>, message: RegExp) => {
      const g = structuredClone(exported);
      g[module] = { ...g[module], ...section };
      assert.throws(() => L2Chain.fromAppState(g), message);
    };
    refuse("tasks", { params: { revealBlocks: 0 } }, /revealBlocks must be a positive integer/);
    refuse("scores", { params: { quorum: 4, guardsPerTask: 3 } }, /quorum 4 exceeds guardsPerTask 3/);
    refuse("settlement", { params: { executorsBps: 1 } }, /shares sum to/);
    const tasks = (exported.tasks as { tasks: Record<string, unknown>[] }).tasks;
    refuse("tasks", { tasks: [{ ...tasks[0], id: "XY" }] }, /tasks\[0\]: bad id/);
    refuse("tasks", { tasks: [tasks[0], tasks[0]] }, /duplicate id/);
    refuse("tasks", { tasks: [{ ...tasks[0], status: "TASK_STATUS_BOGUS" }] }, /bad status/);
    const settlements = (exported.settlement as { settlements: Record<string, unknown>[] }).settlements;
    refuse(
      "settlement",
      { settlements: [{ ...settlements[0], charge: "1" }] },
      /payments sum to 600, charge 1/,
    );
  });
});
