import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { addressBytes } from "../../../../chain/core/crypto/index.js";
import { drawGuards } from "../../../../chain/l2-orchestration/modules/scores/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { lastBlockHashOf, msg, nodeKey } from "../harness.js";
import { Market, MODEL, STAKE } from "../lifecycle/market.js";

const { Role } = strata.nodes.v1;

function ticket(hash: Uint8Array, taskId: string, operator: string): string {
  return createHash("sha256")
    .update(Buffer.concat([hash, Buffer.from(taskId, "hex"), addressBytes(operator)]))
    .digest("hex");
}

describe("scores: guard draw", () => {
  const m = Market.create({ openSession: false });
  const operators = ["guard1", "guard2", "guard3", "exec1", "exec2"].map((l) => m.addr(l)).sort();
  const id = m.taskId(1);

  it("takes the candidates with the smallest sha256(lastBlockHash ‖ task id ‖ operator), in that order", () => {
    const hash = lastBlockHashOf(7);
    const expected = [...operators].sort((a, b) => ticket(hash, id, a).localeCompare(ticket(hash, id, b)));
    assert.deepEqual(drawGuards(hash, id, operators, 3), expected.slice(0, 3));
    assert.deepEqual(drawGuards(hash, id, operators, 99), expected);
    assert.deepEqual(drawGuards(hash, id, [], 3), []);
  });

  it("is deterministic, independent of the candidates' order, and moves with the block hash and the task", () => {
    const hash = lastBlockHashOf(7);
    const a = drawGuards(hash, id, operators, 3);
    assert.deepEqual(drawGuards(hash, id, [...operators].reverse(), 3), a);
    const draws = new Set<string>();
    for (let h = 1; h <= 20; h++) draws.add(drawGuards(lastBlockHashOf(h), id, operators, 3).join());
    for (let t = 2; t <= 20; t++) draws.add(drawGuards(lastBlockHashOf(7), m.taskId(t), operators, 3).join());
    // 5 choose 3 ordered draws: many distinct outcomes, never a fixed one.
    assert.ok(draws.size > 5, `only ${draws.size} distinct draws`);
  });

  it("in the chain: never the task's router or executors, even when they are active guards", () => {
    const chain = Market.create({ modules: { scores: { params: { guardsPerTask: 10, quorum: 2 } } } });
    // The router and a fourth executor also act as guards.
    chain.chain.deliverOk("router", [
      msg(strata.nodes.v1.MsgUpdateNode, {
        operator: chain.addr("router"),
        setRoles: true,
        roles: [Role.ROLE_ROUTER, Role.ROLE_GUARD],
      }),
    ]);
    chain.chain.deliverOk("stranger", [
      msg(strata.nodes.v1.MsgRegisterNode, {
        operator: chain.addr("stranger"),
        roles: [Role.ROLE_EXECUTOR, Role.ROLE_GUARD],
        pubkey: nodeKey("stranger").pubKey,
        endpoint: "http://stranger.test",
        models: [MODEL.id],
        capacity: 1,
        pricePer_1k: "0",
        stake: STAKE.toString(),
      }),
    ]);
    const task = chain.taskId("draw");
    const executors = ["exec1", "stranger", "exec3"];
    chain.chain.deliverOk("router", [chain.record([chain.task(task, executors)])]);
    chain.chain.deliverOk("router", [
      chain.reveal(
        "router",
        executors.map((e) => chain.revealOf(task, e)),
      ),
    ]);
    const assigned = chain.getScoring(task)!.assigned;
    const guards = ["guard1", "guard2", "guard3"].map((g) => chain.addr(g)).sort();
    assert.deepEqual([...assigned].sort(), guards);
    assert.deepEqual(assigned, drawGuards(lastBlockHashOf(chain.chain.height), task, guards, 10));
    assert.equal(chain.getScoring(task)!.quorum, 2);
  });

  it("in the chain: the same history draws the same guards", () => {
    const run = () => {
      const c = Market.create({ guards: 6 });
      const t = c.taskId(1);
      c.chain.deliverOk("router", [c.record([c.task(t)])]);
      c.chain.deliverOk("router", [
        c.reveal(
          "router",
          c.executors.map((e) => c.revealOf(t, e)),
        ),
      ]);
      return c.assignedGuards(t);
    };
    const first = run();
    assert.equal(first.length, 3);
    assert.deepEqual(run(), first);
  });
});
