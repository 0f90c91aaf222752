import assert from "node:assert/strict";
import {
  DEFAULT_TASKS_PARAMS,
  parseTasksParams,
  TasksCode,
} from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { Market } from "../lifecycle/market.js";

const { TaskStatus } = strata.tasks.v1;
const T = "tasks";

// RULES.md, tasks, "Reveal": a reveal may carry the request (`prompt`) the receipts' prompt_sha256
// commits to, so guards can re-execute the task.
describe("tasks: the request revealed with a result (Reveal.prompt)", () => {
  let m: Market;
  let id: string;
  /** The fixture's receipts commit to sha256("prompt of <task id>"). */
  const promptOf = (taskId: string) => `prompt of ${taskId}`;

  beforeEach(() => {
    m = Market.create();
    id = m.taskId(1);
    m.chain.deliverOk("router", [m.record([m.task(id)])]);
  });

  it("accepts the request whose sha256 is the receipts' prompt_sha256 and stores it with that reveal only", () => {
    const r = m.chain.deliver("router", [
      m.reveal("router", [{ ...m.revealOf(id, "exec1"), prompt: promptOf(id) }, m.revealOf(id, "exec2")]),
    ]);
    assert.equal(r.code, 0, r.log);
    const task = m.getTask(id)!;
    assert.equal(task.status, TaskStatus.TASK_STATUS_COMMITTED);
    assert.deepEqual(
      task.reveals.map((x) => [x.executor, x.prompt]),
      [
        [m.addr("exec1"), promptOf(id)],
        [m.addr("exec2"), ""],
      ],
    );
    // An executor may reveal its own result with the request too.
    const own = m.chain.deliver("exec3", [
      m.reveal("exec3", [{ ...m.revealOf(id, "exec3"), prompt: promptOf(id) }]),
    ]);
    assert.equal(own.code, 0, own.log);
    assert.equal(m.getTask(id)!.status, TaskStatus.TASK_STATUS_SCORING);
  });

  it("genesis export carries a revealed request, and omits the field when none was revealed", () => {
    m.chain.deliverOk("router", [
      m.reveal("router", [{ ...m.revealOf(id, "exec1"), prompt: promptOf(id) }, m.revealOf(id, "exec2")]),
    ]);
    const tasks = (m.chain.exportGenesis().tasks as { tasks: { reveals: Record<string, unknown>[] }[] })
      .tasks;
    const reveals = tasks[0]!.reveals;
    assert.equal(reveals[0]!.prompt, promptOf(id));
    assert.equal("prompt" in reveals[1]!, false);
  });

  it("refuses a request whose sha256 differs from prompt_sha256 (state unchanged)", () => {
    m.chain.nextBlock();
    m.expectRefused(
      "router",
      [m.reveal("router", [{ ...m.revealOf(id, "exec1"), prompt: "another request" }])],
      T,
      TasksCode.promptMismatch,
      /sha256 of the request revealed with .* differs from the receipts' prompt_sha256/,
    );
    // The whole message is refused: an honest reveal beside it left nothing either.
    m.expectRefused(
      "router",
      [
        m.reveal("router", [
          m.revealOf(id, "exec2"),
          { ...m.revealOf(id, "exec1"), prompt: `${promptOf(id)} ` },
        ]),
      ],
      T,
      TasksCode.promptMismatch,
      /prompt_sha256/,
    );
    assert.deepEqual(m.getTask(id)!.reveals, []);
  });

  it("refuses a request over max_prompt_bytes (UTF-8 bytes)", () => {
    const small = Market.create({ modules: { tasks: { params: { maxPromptBytes: 8 } } } });
    const t = small.taskId(1);
    // The fixture's prompt "é…" is 5 characters, 10 UTF-8 bytes.
    const runs = Object.fromEntries(small.executors.map((e) => [e, { prompt: "ééééé" }]));
    small.chain.deliverOk("router", [small.record([small.task(t, small.executors, runs)])]);
    small.expectRefused(
      "router",
      [small.reveal("router", [{ ...small.revealOf(t, "exec1"), prompt: "ééééé" }])],
      T,
      TasksCode.invalidReveal,
      /request of 10 bytes exceeds max_prompt_bytes 8/,
    );
  });

  it("max_prompt_bytes defaults to 64 KiB and must be a positive u32", () => {
    assert.equal(DEFAULT_TASKS_PARAMS.maxPromptBytes, 65536);
    assert.equal(parseTasksParams({}).maxPromptBytes, 65536);
    assert.equal(parseTasksParams({ maxPromptBytes: 10 }).maxPromptBytes, 10);
    assert.throws(
      () => parseTasksParams({ maxPromptBytes: 0 }),
      /params.maxPromptBytes must be a positive integer/,
    );
    assert.throws(() => parseTasksParams({ maxPromptBytes: 2 ** 32 }), /maxPromptBytes exceeds u32/);
  });
});
