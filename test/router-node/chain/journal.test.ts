import assert from "node:assert/strict";
import { appendFile, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type JournalTask, openJournal, replayJournal } from "../../../router-node/chain/journal.js";

function task(id: string, sessionId = 1): JournalTask {
  return {
    taskId: id.padEnd(64, "0"),
    sessionId,
    receipts: [],
    reveals: [{ executor: "strata1x", output: `out ${id}`, salt: "ab".repeat(32) }],
    prompt: "{}",
    charge: "12",
    at: 1,
  };
}
const line = (v: unknown) => `${JSON.stringify(v)}\n`;

describe("router journal", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-journal-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe("replayJournal (table)", () => {
    const a = task("a");
    const b = task("b");
    const cases: [string, string, Record<string, string>][] = [
      ["a task alone is pending", line({ type: "task", task: a }), { [a.taskId]: "pending" }],
      [
        "recorded, then revealed",
        line({ type: "task", task: a }) +
          line({ type: "recorded", taskId: a.taskId, height: 7 }) +
          line({ type: "revealed", taskId: a.taskId, height: 8 }),
        { [a.taskId]: "revealed" },
      ],
      [
        "a dropped task stays dropped; a revealed one is never dropped",
        line({ type: "task", task: a }) +
          line({ type: "task", task: b }) +
          line({ type: "dropped", taskId: a.taskId, reason: "x" }) +
          line({ type: "revealed", taskId: b.taskId, height: 3 }) +
          line({ type: "dropped", taskId: b.taskId, reason: "late" }),
        { [a.taskId]: "dropped", [b.taskId]: "revealed" },
      ],
      [
        "a torn last line (crash mid-write) is skipped",
        `${line({ type: "task", task: a })}{"type":"task","task":{"taskId":"b`,
        { [a.taskId]: "pending" },
      ],
      [
        "progress about an unknown task and a duplicate task line are ignored",
        line({ type: "recorded", taskId: b.taskId, height: 1 }) +
          line({ type: "task", task: a }) +
          line({ type: "recorded", taskId: a.taskId, height: 4 }) +
          line({ type: "task", task: a }),
        { [a.taskId]: "recorded" },
      ],
      ["an empty file holds nothing", "", {}],
    ];
    for (const [name, text, want] of cases) {
      it(name, () => {
        const got = Object.fromEntries([...replayJournal(text)].map(([id, t]) => [id, t.state]));
        assert.deepEqual(got, want);
      });
    }

    it("keeps the record height", () => {
      const t = replayJournal(
        line({ type: "task", task: a }) + line({ type: "recorded", taskId: a.taskId, height: 9 }),
      );
      assert.equal(t.get(a.taskId)?.recordedHeight, 9);
    });
  });

  it("creates the file 0600, appends durably, and a reopen replays it", async () => {
    const path = join(dir, "tasks.journal");
    const { journal, tasks } = await openJournal(path);
    assert.equal(tasks.size, 0);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    // Concurrent appends share writes (group commit) and all land, in order.
    await Promise.all([
      journal.append({ type: "task", task: task("a") }),
      journal.append({ type: "task", task: task("b") }),
      journal.append({ type: "recorded", taskId: task("a").taskId, height: 5 }),
    ]);
    await journal.close();
    const again = await openJournal(path);
    assert.deepEqual(
      [...again.tasks.values()].map((t) => [t.task.taskId[0], t.state]),
      [
        ["a", "recorded"],
        ["b", "pending"],
      ],
    );
    await again.journal.close();
  });

  it("a torn tail does not corrupt the next entry", async () => {
    const path = join(dir, "tasks.journal");
    await appendFile(path, `${line({ type: "task", task: task("a") })}{"type":"task","ta`);
    const { journal, tasks } = await openJournal(path);
    assert.equal(tasks.size, 1);
    await journal.append({ type: "task", task: task("b") });
    await journal.close();
    const again = await openJournal(path);
    assert.deepEqual(
      [...again.tasks.keys()].map((k) => k[0]),
      ["a", "b"],
    );
    await again.journal.close();
  });

  it("compaction keeps only the tasks given (with their progress); appends during it are kept", async () => {
    const path = join(dir, "tasks.journal");
    const { journal } = await openJournal(path);
    for (const id of ["a", "b", "c"]) await journal.append({ type: "task", task: task(id) });
    await journal.append({ type: "recorded", taskId: task("b").taskId, height: 3 });
    const keep = [{ task: task("b"), state: "recorded" as const, recordedHeight: 3 }];
    await Promise.all([journal.compact(keep), journal.append({ type: "task", task: task("d") })]);
    assert.equal(journal.appendedSinceCompaction >= 0, true);
    await journal.close();
    const text = await readFile(path, "utf8");
    const tasks = replayJournal(text);
    assert.deepEqual(
      [...tasks.values()].map((t) => [t.task.taskId[0], t.state]),
      [
        ["b", "recorded"],
        ["d", "pending"],
      ],
    );
  });
});
