import assert from "node:assert/strict";
import { SessionsCode } from "../../../../chain/l2-orchestration/modules/sessions/index.js";
import { RECEIPT_VERIFY_GAS, TasksCode } from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { eventsOf, msg, nodeKey, responses } from "../harness.js";
import { hex, Market, MODEL, STAKE } from "../lifecycle/market.js";

const { TaskStatus } = strata.tasks.v1;
const T = "tasks";

describe("tasks: MsgRecordTasks", () => {
  let m: Market;
  beforeEach(() => {
    m = Market.create();
  });

  /** After a refusal, a valid batch still records. */
  function stillWorks(label = "after") {
    const r = m.chain.deliver("router", [m.record([m.task(m.taskId(label))])]);
    assert.equal(r.code, 0, r.log);
  }

  describe("records a batch", () => {
    it("stores each task COMMITTED with its receipts, reservation and reveal deadline", () => {
      const ids = [m.taskId(1), m.taskId(2)];
      const r = m.chain.deliver("router", [m.record(ids.map((id) => m.task(id)))]);
      assert.equal(r.code, 0, r.log);
      assert.equal(strata.tasks.v1.MsgRecordTasksResponse.decode(responses(r)[0]!.value).recorded, 2);
      for (const id of ids) {
        const task = m.getTask(id)!;
        assert.equal(task.status, TaskStatus.TASK_STATUS_COMMITTED);
        assert.equal(task.router, m.addr("router"));
        assert.equal(task.model, MODEL.id);
        assert.equal(task.recordedHeight, m.chain.height);
        assert.equal(task.revealDeadline, m.chain.height + 20);
        assert.deepEqual(
          task.receipts.map((x) => x.executor),
          m.executors.map((e) => m.addr(e)),
        );
        // unit = floor((100 · 1000 + 50 · 2000) / 1000) = 200; reserved = 3 · 200
        assert.equal(task.reserved, "600");
      }
      const session = m.session();
      assert.equal(session.reserved, "1200");
      assert.equal(Number(session.openTasks), 2);
      assert.deepEqual(
        eventsOf(r.events, "record_task").map((e) => e.id),
        ids,
      );
      m.checkInvariants();
    });

    it("reserves with the served (first) receipt's token counts, rounding the unit down", () => {
      const id = m.taskId("tokens");
      const runs = {
        exec1: { inputTokens: 7, outputTokens: 3 },
        exec2: { inputTokens: 999, outputTokens: 999 },
      };
      m.chain.deliverOk("router", [m.record([m.task(id, m.executors, runs)])]);
      // floor((7 · 1000 + 3 · 2000) / 1000) = 13; 3 · 13
      assert.equal(m.getTask(id)!.reserved, "39");
    });

    it("charges gas for every receipt signature it verifies", () => {
      const one = Market.create({ redundancy: 1 });
      const a = one.chain.deliver("router", [one.record([one.task(one.taskId(1), ["exec1"])])]);
      const b = m.chain.deliver("router", [m.record([m.task(m.taskId(1))])]);
      assert.equal(a.code, 0, a.log);
      assert.equal(b.code, 0, b.log);
      // Two more receipts: two more verifications plus the bytes they add to the stored task.
      assert.ok(b.gasUsed - a.gasUsed >= 2n * RECEIPT_VERIFY_GAS, `${b.gasUsed} vs ${a.gasUsed}`);
      const tight = m.chain.sign("router", [m.record([m.task(m.taskId(2))])], b.gasUsed - 1000n);
      const r = m.chain.nextBlock([tight]).txResults[0]!;
      assert.equal(r.codespace, "sdk");
      assert.equal(r.code, 11, r.log);
    });

    it("accepts a router listed by the session", () => {
      const listed = Market.create({ sessionRouters: ["router2"] });
      const r = listed.chain.deliver("router2", [listed.record([listed.task(listed.taskId(1))], "router2")]);
      assert.equal(r.code, 0, r.log);
    });
  });

  describe("refuses", () => {
    it("a receipt signed by the wrong key", () => {
      const forged = m.task(m.taskId(1), m.executors, { exec2: { signer: "exec3" } });
      m.expectRefused(
        "router",
        [m.record([forged])],
        T,
        TasksCode.badSignature,
        /receipt 1 .*signature does not verify/,
      );
      stillWorks();
    });

    it("a receipt whose fields were changed after signing", () => {
      const task = m.task(m.taskId(1));
      task.receipts![0]!.outputTokens = 1;
      m.expectRefused("router", [m.record([task])], T, TasksCode.badSignature, /signature does not verify/);
    });

    it("a receipt for another model digest", () => {
      const other = m.task(m.taskId(1), m.executors, { exec1: { modelSha256: hex("other weights") } });
      m.expectRefused(
        "router",
        [m.record([other])],
        T,
        TasksCode.wrongModel,
        /model_sha256 .* is not llama@1's/,
      );
      stillWorks();
    });

    it("a task id recorded before", () => {
      const id = m.taskId(1);
      m.chain.deliverOk("router", [m.record([m.task(id)])]);
      m.expectRefused("router", [m.record([m.task(id)])], T, TasksCode.duplicateTask, /already recorded/);
      stillWorks();
    });

    it("a task id twice in one message", () => {
      const id = m.taskId(1);
      m.expectRefused(
        "router",
        [m.record([m.task(id), m.task(id)])],
        T,
        TasksCode.duplicateTask,
        /twice in the message/,
      );
      stillWorks();
    });

    it("a task id recorded by an earlier message of the same tx", () => {
      const id = m.taskId(1);
      m.expectRefused(
        "router",
        [m.record([m.task(id)]), m.record([m.task(id)])],
        T,
        TasksCode.duplicateTask,
        /already recorded/,
      );
      stillWorks();
    });

    it("a receipt count other than the session's redundancy", () => {
      const two = m.task(m.taskId(1), ["exec1", "exec2"]);
      m.expectRefused(
        "router",
        [m.record([two])],
        T,
        TasksCode.wrongReceipts,
        /has 2 receipts; session 1 needs 3/,
      );
      stillWorks();
    });

    it("the same executor twice in a task", () => {
      const dup = m.task(m.taskId(1), ["exec1", "exec2", "exec1"]);
      m.expectRefused("router", [m.record([dup])], T, TasksCode.wrongReceipts, /has two receipts/);
    });

    it("an executor that does not serve the session's model", () => {
      m.chain.deliverOk("stranger", [
        msg(strata.nodes.v1.MsgRegisterNode, {
          operator: m.addr("stranger"),
          roles: [strata.nodes.v1.Role.ROLE_EXECUTOR],
          pubkey: nodeKey("stranger").pubKey,
          endpoint: "http://stranger.test",
          models: [],
          capacity: 1,
          pricePer_1k: "0",
          stake: STAKE.toString(),
        }),
      ]);
      const task = m.task(m.taskId(1), ["exec1", "exec2", "stranger"]);
      m.expectRefused(
        "router",
        [m.record([task])],
        T,
        TasksCode.executorNotEligible,
        /not an active executor serving llama@1/,
      );
      stillWorks();
    });

    it("a receipt from a node that is not an executor", () => {
      const task = m.task(m.taskId(1), ["exec1", "exec2", "guard1"]);
      m.expectRefused(
        "router",
        [m.record([task])],
        T,
        TasksCode.executorNotEligible,
        /guard1|not an active executor/,
      );
    });

    it("a receipt from an executor that left (unbonding)", () => {
      m.chain.deliverOk("exec3", [msg(strata.nodes.v1.MsgUnbondNode, { operator: m.addr("exec3") })]);
      m.expectRefused(
        "router",
        [m.record([m.task(m.taskId(1))])],
        T,
        TasksCode.executorNotEligible,
        /receipt 2/,
      );
    });

    it("a signer that is not a registered router", () => {
      m.expectRefused(
        "stranger",
        [m.record([m.task(m.taskId(1))], "stranger")],
        T,
        TasksCode.notActiveRouter,
        /not an active router/,
      );
      m.expectRefused(
        "exec1",
        [m.record([m.task(m.taskId(1))], "exec1")],
        T,
        TasksCode.notActiveRouter,
        /not an active router/,
      );
      stillWorks();
    });

    it("a router not in the session's list", () => {
      const listed = Market.create({ sessionRouters: ["router2"] });
      listed.expectRefused(
        "router",
        [listed.record([listed.task(listed.taskId(1))])],
        T,
        TasksCode.routerNotAllowed,
        /is not among session 1's routers/,
      );
    });

    it("an unknown session", () => {
      const task = m.task(m.taskId(1), m.executors, {}, 99);
      m.expectRefused("router", [m.record([task])], T, TasksCode.sessionNotFound, /session 99/);
    });

    it("an expired session (height ≥ expires_height)", () => {
      const short = Market.create({ durationBlocks: 3 });
      const expires = short.session().expiresHeight;
      short.chain.advanceTo(expires - 1);
      // The next block is the expiry height itself: no more tasks.
      short.expectRefused(
        "router",
        [short.record([short.task(short.taskId(1))])],
        T,
        TasksCode.sessionNotOpen,
        /expired at height/,
      );
    });

    it("a closed session", () => {
      m.chain.deliverOk("user", [
        msg(strata.sessions.v1.MsgCloseSession, { owner: m.addr("user"), id: m.sessionId }),
      ]);
      m.expectRefused(
        "router",
        [m.record([m.task(m.taskId(1))])],
        T,
        TasksCode.sessionNotOpen,
        /session 1 is closed/,
      );
    });

    it("work beyond the session's deposit", () => {
      const poor = Market.create({ deposit: 9000n });
      const big = poor.task(poor.taskId(1), poor.executors, { exec1: { inputTokens: 10_000 } });
      // sessions' own code (insufficient deposit), from its reserve.
      poor.expectRefused(
        "router",
        [poor.record([big])],
        "sessions",
        SessionsCode.insufficientDeposit,
        /free, the task needs 30300/,
      );
      const ok = poor.chain.deliver("router", [poor.record([poor.task(poor.taskId(2))])]);
      assert.equal(ok.code, 0, ok.log);
    });

    it("a batch whose later task goes beyond the deposit, wholly", () => {
      const poor = Market.create({ deposit: 9000n });
      const tasks = Array.from({ length: 16 }, (_, i) => poor.task(poor.taskId(i)));
      // 15 tasks of 600 fit in 9000; the 16th does not, and nothing of the batch stays.
      poor.expectRefused(
        "router",
        [poor.record(tasks)],
        "sessions",
        SessionsCode.insufficientDeposit,
        /0ustra free, the task needs 600/,
      );
      assert.equal(poor.getTask(poor.taskId(0)), undefined);
    });

    it("an empty batch and a batch above max_tasks_per_msg", () => {
      m.expectRefused("router", [m.record([])], T, TasksCode.invalidRequest, /no tasks/);
      const small = Market.create({ modules: { tasks: { params: { maxTasksPerMsg: 2 } } } });
      const tasks = [1, 2, 3].map((i) => small.task(small.taskId(i)));
      small.expectRefused(
        "router",
        [small.record(tasks)],
        T,
        TasksCode.invalidRequest,
        /3 tasks in one message; at most 2/,
      );
    });

    it("malformed task ids and receipts", () => {
      const bad = m.task(m.taskId(1));
      bad.taskId = "AB".repeat(32);
      m.expectRefused("router", [m.record([bad])], T, TasksCode.invalidTaskId, /not 64 lowercase hex/);
      const other = m.task(m.taskId(1));
      other.receipts![1] = m.receipt(m.taskId(2), "exec2");
      m.expectRefused("router", [m.record([other])], T, TasksCode.invalidReceipt, /receipt 1 is for task/);
      const prompt = m.task(m.taskId(1), m.executors, { exec3: { prompt: "another prompt" } });
      m.expectRefused("router", [m.record([prompt])], T, TasksCode.invalidReceipt, /prompt_sha256 differs/);
      const commitment = m.task(m.taskId(1));
      commitment.receipts![0]!.commitment = "xyz";
      m.expectRefused(
        "router",
        [m.record([commitment])],
        T,
        TasksCode.invalidReceipt,
        /commitment is not a digest/,
      );
      const none = { taskId: m.taskId(1), sessionId: 1, receipts: [] };
      m.expectRefused("router", [m.record([none])], T, TasksCode.wrongReceipts, /has no receipts/);
      stillWorks();
    });
  });
});
