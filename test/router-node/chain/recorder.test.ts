import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nullLogger } from "../../../chain/core/log/index.js";
import { TxRefusedError } from "../../../client/index.js";
import { type JournalTask, openJournal } from "../../../router-node/chain/journal.js";
import type { L2Port, RevealToSend, TaskToRecord } from "../../../router-node/chain/l2Link.js";
import { createRecorder, type Recorder } from "../../../router-node/chain/recorder.js";

function task(n: number, sessionId = 1): JournalTask {
  return {
    taskId: n.toString(16).padStart(64, "0"),
    sessionId,
    receipts: [],
    reveals: [
      { executor: "strata1a", output: `a${n}`, salt: "11".repeat(32) },
      { executor: "strata1b", output: `b${n}`, salt: "22".repeat(32) },
    ],
    prompt: `{"n":${n}}`,
    charge: "4",
    at: 0,
  };
}

const refused = (codespace: string, code: number, log = "refused") =>
  new TxRefusedError({ codespace, code, log, stage: "simulate" });

/**
 * An in-memory chain behind the recorder's L2 port: blocks advance with each transaction,
 * records and reveals follow the tasks module's rules the recorder relies on, and failures can
 * be scripted (an outage, a refused session).
 */
class FakeChain {
  height = 10;
  tasks = new Map<string, { recordedHeight: number; reveals: RevealToSend[] }>();
  recordCalls: number[] = [];
  revealCalls: number[] = [];
  down = false;
  /** Sessions whose tasks the chain refuses (e.g. closed: tasks:7). */
  refusedSessions = new Set<number>();
  maxTasksPerMsg = 3;

  port(): L2Port {
    const fail = () => {
      if (this.down) throw new Error("connect ECONNREFUSED 127.0.0.1:26657");
    };
    const check = (tasks: readonly TaskToRecord[]) => {
      for (const t of tasks) {
        if (this.tasks.has(t.taskId))
          throw refused("tasks", 4, `task ${t.taskId} recorded before: duplicate task`);
        if (this.refusedSessions.has(t.sessionId))
          throw refused("tasks", 7, `session ${t.sessionId} is CLOSED`);
      }
    };
    return {
      chainId: "test",
      operator: "strata1router",
      sessionByKeyHash: async () => null,
      session: async () => null,
      // Blocks keep coming: each look at the tip finds a new one.
      height: async () => {
        fail();
        return ++this.height;
      },
      model: async () => null,
      models: async () => [],
      executors: async () => [],
      node: async () => null,
      taskLimits: async () => ({
        maxTasksPerMsg: this.maxTasksPerMsg,
        maxOutputBytes: 16384,
        maxPromptBytes: 65536,
      }),
      task: async (id) => {
        fail();
        const t = this.tasks.get(id);
        // biome-ignore lint/suspicious/noExplicitAny: only the fields the recorder reads
        return t ? ({ id, recordedHeight: t.recordedHeight, reveals: t.reveals } as any) : null;
      },
      taskReport: async () => null,
      recordTasks: async (tasks) => {
        fail();
        check(tasks);
        this.height++;
        this.recordCalls.push(tasks.length);
        for (const t of tasks) this.tasks.set(t.taskId, { recordedHeight: this.height, reveals: [] });
        return { height: this.height };
      },
      simulateRecord: async (tasks) => {
        fail();
        check(tasks);
      },
      revealResults: async (reveals) => {
        fail();
        for (const r of reveals) {
          const t = this.tasks.get(r.taskId)!;
          if (this.height + 1 <= t.recordedHeight) throw refused("tasks", 16, "reveal too early");
          if (t.reveals.some((x) => x.executor === r.executor))
            throw refused("tasks", 19, "already revealed");
        }
        this.height++;
        this.revealCalls.push(new Set(reveals.map((r) => r.taskId)).size);
        for (const r of reveals) this.tasks.get(r.taskId)!.reveals.push(r);
        return { height: this.height };
      },
    };
  }
}

/** Polls until `cond()` holds (bounded); fails with `what`. */
async function until(what: string, cond: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("router recorder (in-memory chain)", () => {
  let dir: string;
  let recorder: Recorder | undefined;
  let closeJournal: (() => Promise<void>) | undefined;
  const events = { recorded: [] as string[], revealed: [] as string[], dropped: [] as string[], errors: 0 };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-recorder-"));
    events.recorded = [];
    events.revealed = [];
    events.dropped = [];
    events.errors = 0;
  });
  afterEach(async () => {
    await recorder?.close();
    await closeJournal?.();
    recorder = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  async function start(chain: FakeChain, opts = {}) {
    const { journal, tasks } = await openJournal(join(dir, "tasks.journal"));
    closeJournal = () => journal.close();
    recorder = createRecorder(
      tasks,
      { minBackoffMs: 5, maxBackoffMs: 40, batchDelayMs: 5, ...opts },
      {
        link: chain.port(),
        journal,
        logger: nullLogger,
        events: {
          recorded: (t) => events.recorded.push(t.taskId),
          revealed: (t) => events.revealed.push(t.taskId),
          dropped: (t) => events.dropped.push(t.taskId),
          error: () => events.errors++,
        },
      },
    );
    recorder.start();
    return { journal, recorder };
  }

  async function submit(
    r: Recorder,
    journal: Awaited<ReturnType<typeof openJournal>>["journal"],
    t: JournalTask,
  ) {
    r.track(t);
    await journal.append({ type: "task", task: t });
    r.durable(t.taskId);
  }

  it("records in batches of at most max_tasks_per_msg, then reveals in a later block", async () => {
    const chain = new FakeChain();
    const { journal, recorder: r } = await start(chain);
    const list = [1, 2, 3, 4, 5, 6, 7].map((n) => task(n));
    // Seven tasks answered before the loop wakes: batches of 3, 3, 1.
    for (const t of list) r.track(t);
    await Promise.all(list.map((t) => journal.append({ type: "task", task: t })));
    for (const t of list) r.durable(t.taskId);
    await until("all revealed", () => events.revealed.length === 7);
    assert.ok(chain.recordCalls.every((n) => n <= 3));
    assert.equal(
      chain.recordCalls.reduce((a, b) => a + b, 0),
      7,
    );
    for (const t of list) {
      const onChain = chain.tasks.get(t.taskId)!;
      assert.deepEqual(
        onChain.reveals.map((x) => x.executor),
        ["strata1a", "strata1b"],
      );
      // The request goes with the first reveal only.
      assert.equal(onChain.reveals[0]!.prompt, t.prompt);
      assert.equal(onChain.reveals[1]!.prompt, undefined);
    }
    assert.deepEqual(r.counts().pending + r.counts().recorded, 0);
  });

  it("an L2 outage delays recording with back-off; the work is done once it returns", async () => {
    const chain = new FakeChain();
    chain.down = true;
    const { journal, recorder: r } = await start(chain);
    await submit(r, journal, task(1));
    await until("a few failed attempts", () => events.errors >= 3);
    assert.equal(r.counts().pending, 1);
    assert.match(r.counts().lastError ?? "", /ECONNREFUSED/);
    chain.down = false;
    r.wake();
    await until("revealed after the outage", () => events.revealed.length === 1);
    assert.equal(r.counts().lastError, null);
  });

  it("a task the chain refuses (closed session) is dropped without holding back its batch", async () => {
    const chain = new FakeChain();
    chain.refusedSessions.add(9);
    const { journal, recorder: r } = await start(chain);
    const good = [task(1), task(2)];
    const bad = task(3, 9);
    for (const t of [...good, bad]) r.track(t);
    await Promise.all([...good, bad].map((t) => journal.append({ type: "task", task: t })));
    for (const t of [...good, bad]) r.durable(t.taskId);
    await until("good ones revealed", () => events.revealed.length === 2);
    assert.deepEqual(events.dropped, [bad.taskId]);
    assert.equal(r.state(bad.taskId)?.state, "dropped");
    assert.match(r.state(bad.taskId)?.reason ?? "", /CLOSED/);
  });

  it("a restart resumes from the journal; a task already on chain is not recorded twice", async () => {
    const chain = new FakeChain();
    chain.down = true;
    const first = await start(chain);
    await submit(first.recorder, first.journal, task(1));
    await submit(first.recorder, first.journal, task(2));
    // The process "dies"; meanwhile task 1 had reached the chain (a broadcast before the crash).
    await first.recorder.close();
    await first.journal.close();
    recorder = undefined;
    chain.down = false;
    chain.tasks.set(task(1).taskId, { recordedHeight: 5, reveals: [] });
    const second = await start(chain);
    await until("both revealed", () => events.revealed.length === 2);
    assert.deepEqual(chain.recordCalls, [1], "only task 2 was recorded");
    assert.equal(chain.tasks.get(task(1).taskId)!.reveals.length, 2);
    await second.recorder.close();
    await second.journal.close();
    recorder = undefined;
    // A third start finds nothing left to do.
    const third = await start(chain);
    assert.deepEqual(third.recorder.counts().pending + third.recorder.counts().recorded, 0);
  });

  it("a duplicate refusal in a batch records the rest (reconciled by query)", async () => {
    const chain = new FakeChain();
    const { journal, recorder: r } = await start(chain);
    chain.tasks.set(task(2).taskId, { recordedHeight: 3, reveals: [] });
    const list = [task(1), task(2), task(3)];
    for (const t of list) r.track(t);
    await Promise.all(list.map((t) => journal.append({ type: "task", task: t })));
    for (const t of list) r.durable(t.taskId);
    await until("all revealed", () => events.revealed.length === 3);
    assert.deepEqual(chain.recordCalls, [2]);
  });
});
