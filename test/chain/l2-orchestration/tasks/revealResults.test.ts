import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  outputCommitment,
  TasksCode,
  TasksKey,
} from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { eventsOf } from "../harness.js";
import { Market } from "../lifecycle/market.js";

const { TaskStatus } = strata.tasks.v1;
const { Verdict } = strata.scores.v1;
const T = "tasks";

describe("tasks: MsgRevealResults and the reveal phase", () => {
  let m: Market;
  let id: string;
  beforeEach(() => {
    m = Market.create();
    id = m.taskId(1);
    m.chain.deliverOk("router", [m.record([m.task(id)])]);
  });

  /** Entries of the reveal queue (deadline, task id). */
  function queue(): string[] {
    return [...m.chain.source().kv("tasks").iterate(Uint8Array.of(TasksKey.revealQueue))].map(([k]) =>
      Buffer.from(k).toString("hex"),
    );
  }

  describe("accepts", () => {
    it("reveals by the router and by an executor, in receipt order, and stays COMMITTED until all are in", () => {
      const r1 = m.chain.deliver("exec3", [m.reveal("exec3", [m.revealOf(id, "exec3")])]);
      assert.equal(r1.code, 0, r1.log);
      const r2 = m.chain.deliver("router", [m.reveal("router", [m.revealOf(id, "exec1")])]);
      assert.equal(r2.code, 0, r2.log);
      const task = m.getTask(id)!;
      assert.equal(task.status, TaskStatus.TASK_STATUS_COMMITTED);
      assert.deepEqual(
        task.reveals.map((r) => r.executor),
        [m.addr("exec1"), m.addr("exec3")],
      );
      assert.equal(task.reveals[0]!.output, m.honestOutput(id));
      assert.deepEqual(eventsOf(r2.events, "reveal_result"), [{ task: id, executor: m.addr("exec1") }]);
      assert.equal(queue().length, 1);
    });

    it("the last reveal closes the phase at once: SCORING, off the queue, guards assigned", () => {
      const r = m.chain.deliver("router", [
        m.reveal(
          "router",
          m.executors.map((e) => m.revealOf(id, e)),
        ),
      ]);
      assert.equal(r.code, 0, r.log);
      const task = m.getTask(id)!;
      assert.equal(task.status, TaskStatus.TASK_STATUS_SCORING);
      assert.deepEqual(task.missedReveals, []);
      assert.deepEqual(queue(), []);
      const scoring = m.getScoring(id)!;
      assert.equal(scoring.assigned.length, 3);
      assert.equal(scoring.assignedHeight, m.chain.height);
      assert.equal(eventsOf(r.events, "close_reveal_phase").length, 1);
      assert.equal(eventsOf(r.events, "assign_guards").length, 1);
    });

    it("reveals up to and including the deadline block", () => {
      const task = m.getTask(id)!;
      m.chain.advanceTo(task.revealDeadline - 1);
      const r = m.chain.deliver("router", [m.reveal("router", [m.revealOf(id, "exec1")])]);
      assert.equal(r.code, 0, r.log);
      assert.equal(m.chain.height, task.revealDeadline);
    });

    it("an empty output when that is what was committed", () => {
      const empty = m.taskId("empty");
      m.chain.deliverOk("router", [m.record([m.task(empty, m.executors, { exec1: { output: "" } })])]);
      const r = m.chain.deliver("router", [m.reveal("router", [m.revealOf(empty, "exec1", "")])]);
      assert.equal(r.code, 0, r.log);
    });
  });

  describe("at the reveal deadline (end-block)", () => {
    it("closes the phase with the missing executors in missed_reveals and only touches the tasks due", () => {
      m.chain.deliverOk("router", [m.reveal("router", [m.revealOf(id, "exec1"), m.revealOf(id, "exec3")])]);
      const later = m.taskId(2);
      m.chain.deliverOk("router", [m.record([m.task(later)])]);
      const deadline = m.getTask(id)!.revealDeadline;
      m.chain.advanceTo(deadline - 1);
      assert.equal(m.getTask(id)!.status, TaskStatus.TASK_STATUS_COMMITTED);
      const block = m.chain.nextBlock();
      const task = m.getTask(id)!;
      assert.equal(task.status, TaskStatus.TASK_STATUS_SCORING);
      assert.deepEqual(task.missedReveals, [m.addr("exec2")]);
      assert.equal(eventsOf(block.blockEvents, "close_reveal_phase").length, 1);
      // The later task is still waiting, alone on the queue.
      assert.equal(m.getTask(later)!.status, TaskStatus.TASK_STATUS_COMMITTED);
      assert.equal(queue().length, 1);
    });

    it("a task nobody revealed expires and is settled with a full refund", () => {
      const deadline = m.getTask(id)!.revealDeadline;
      m.chain.advanceTo(deadline);
      const task = m.getTask(id)!;
      assert.equal(task.status, TaskStatus.TASK_STATUS_SETTLED);
      assert.deepEqual(
        task.missedReveals,
        m.executors.map((e) => m.addr(e)),
      );
      assert.equal(m.getScoring(id)!.verdict, Verdict.VERDICT_EXPIRED);
      assert.equal(m.session().reserved, "0");
      assert.equal(m.session().balance, "10000000");
      m.checkInvariants();
    });
  });

  describe("refuses", () => {
    it("a reveal that does not match its commitment", () => {
      m.chain.nextBlock();
      m.expectRefused(
        "router",
        [m.reveal("router", [m.revealOf(id, "exec1", "a different output")])],
        T,
        TasksCode.commitmentMismatch,
        /differs from its receipt's commitment/,
      );
      const wrongSalt = { ...m.revealOf(id, "exec1"), salt: m.salt(id, "exec2") };
      m.expectRefused(
        "router",
        [m.reveal("router", [wrongSalt])],
        T,
        TasksCode.commitmentMismatch,
        /commitment/,
      );
      assert.equal(m.chain.deliver("router", [m.reveal("router", [m.revealOf(id, "exec1")])]).code, 0);
    });

    it("a reveal in the same block as the record", () => {
      const other = m.taskId(2);
      const block = m.chain.nextBlock([
        m.chain.sign("router", [m.record([m.task(other)])]),
        m.chain.sign("router", [m.reveal("router", [m.revealOf(other, "exec1")])]),
      ]);
      assert.equal(block.txResults[0]!.code, 0);
      const r = block.txResults[1]!;
      assert.equal(r.codespace, T);
      assert.equal(r.code, TasksCode.revealTooEarly, r.log);
      assert.match(r.log, /reveal from height/);
      // The record stands; the reveal left nothing.
      assert.deepEqual(m.getTask(other)!.reveals, []);
      assert.equal(m.getTask(other)!.status, TaskStatus.TASK_STATUS_COMMITTED);
    });

    it("a late reveal (after reveal_deadline)", () => {
      m.chain.deliverOk("router", [m.reveal("router", [m.revealOf(id, "exec1")])]);
      m.chain.advanceTo(m.getTask(id)!.revealDeadline);
      m.expectRefused(
        "router",
        [m.reveal("router", [m.revealOf(id, "exec2")])],
        T,
        TasksCode.revealTooLate,
        /reveals closed at height/,
      );
    });

    it("a reveal by a stranger (neither the router nor that executor)", () => {
      m.chain.nextBlock();
      m.expectRefused(
        "stranger",
        [m.reveal("stranger", [m.revealOf(id, "exec1")])],
        T,
        TasksCode.unauthorizedRevealer,
        /neither/,
      );
      m.expectRefused(
        "exec2",
        [m.reveal("exec2", [m.revealOf(id, "exec1")])],
        T,
        TasksCode.unauthorizedRevealer,
        /neither/,
      );
      m.expectRefused(
        "router2",
        [m.reveal("router2", [m.revealOf(id, "exec1")])],
        T,
        TasksCode.unauthorizedRevealer,
        /neither/,
      );
    });

    it("a reveal for an executor without a receipt, a second reveal, an unknown task", () => {
      m.chain.nextBlock();
      m.expectRefused(
        "router",
        [m.reveal("router", [m.revealOf(id, "guard1")])],
        T,
        TasksCode.notTaskExecutor,
        /no receipt/,
      );
      m.chain.deliverOk("exec1", [m.reveal("exec1", [m.revealOf(id, "exec1")])]);
      m.expectRefused(
        "router",
        [m.reveal("router", [m.revealOf(id, "exec1")])],
        T,
        TasksCode.alreadyRevealed,
        /already revealed/,
      );
      m.expectRefused(
        "router",
        [m.reveal("router", [m.revealOf(m.taskId(9), "exec1")])],
        T,
        TasksCode.taskNotFound,
        /task /,
      );
    });

    it("a malformed salt, an output over max_output_bytes, an empty message", () => {
      const small = Market.create({ modules: { tasks: { params: { maxOutputBytes: 8 } } } });
      const t = small.taskId(1);
      small.chain.deliverOk("router", [
        small.record([small.task(t, small.executors, { exec1: { output: "ééééé" } })]),
      ]);
      // 5 characters, 10 UTF-8 bytes.
      small.expectRefused(
        "router",
        [small.reveal("router", [small.revealOf(t, "exec1", "ééééé")])],
        T,
        TasksCode.invalidReveal,
        /output of 10 bytes exceeds max_output_bytes 8/,
      );
      const salt = { ...small.revealOf(t, "exec2"), salt: "zz" };
      small.expectRefused(
        "router",
        [small.reveal("router", [salt])],
        T,
        TasksCode.invalidReveal,
        /salt must be 64/,
      );
      small.expectRefused("router", [small.reveal("router", [])], T, TasksCode.invalidRequest, /no reveals/);
    });

    it("a reveal after the phase closed early", () => {
      m.chain.deliverOk("router", [
        m.reveal(
          "router",
          m.executors.map((e) => m.revealOf(id, e)),
        ),
      ]);
      m.expectRefused(
        "exec1",
        [m.reveal("exec1", [m.revealOf(id, "exec1")])],
        T,
        TasksCode.alreadyRevealed,
        /already revealed/,
      );
    });
  });

  it("commitments are sha256(utf8(output) ‖ salt bytes)", () => {
    const salt = `${"00".repeat(31)}ff`;
    const expected = createHash("sha256")
      .update(Buffer.concat([Buffer.from("héllo", "utf8"), Buffer.from(salt, "hex")]))
      .digest("hex");
    assert.equal(outputCommitment("héllo", salt), expected);
  });
});
