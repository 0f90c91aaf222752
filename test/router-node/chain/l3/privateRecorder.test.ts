import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { TxRefusedError } from "../../../../client/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import {
  createPrivateTasks,
  type L3Port,
  openPrivateRecorder,
  type PrivateRecorder,
  replayPrivateJournal,
} from "../../../../router-node/chain/l3/index.js";
import { L3_TEST_CHAIN_ID, L3Chain, msg } from "../../../chain/l3-privacy/harness.js";

const v1 = strata.l3.v1;

/** The router's L3 port over the in-process L3 app, with faults a test switches on. */
function faultyPort(l3: L3Chain, label: string) {
  const faults = { down: false, loseAnswer: false, sends: 0 };
  const port: L3Port = {
    chainId: L3_TEST_CHAIN_ID,
    async member(address) {
      const r = l3.query("/strata.l3.v1.Query/Member", v1.QueryMemberRequest.encode({ address }).finish());
      return r.code === 0 ? (v1.QueryMemberResponse.decode(r.value).member ?? null) : null;
    },
    async currentEpoch() {
      return l3.epoch();
    },
    async recordTasks(tasks) {
      if (faults.down) throw new Error("connect ECONNREFUSED 127.0.0.1:26657");
      faults.sends++;
      const r = l3.deliver(label, [msg(v1.MsgRecordTasks, { sender: l3.addr(label), tasks })]);
      if (r.code !== 0)
        throw new TxRefusedError({
          codespace: r.codespace ?? "",
          code: r.code,
          log: r.log ?? "",
          stage: "deliver",
        });
      // the block is in, but the answer never reaches the router (a timeout)
      if (faults.loseAnswer) throw new Error("timed out waiting for the tx's block");
      return { height: l3.height };
    },
    async task(taskId) {
      if (faults.down) throw new Error("connect ECONNREFUSED 127.0.0.1:26657");
      const r = l3.query("/strata.l3.v1.Query/Task", v1.QueryTaskRequest.encode({ taskId }).finish());
      return r.code === 0 ? (v1.QueryTaskResponse.decode(r.value).task ?? null) : null;
    },
  };
  return { port, faults };
}

/** Resolves once `check` holds, polling the recorder's loop (no timed assertion: mocha's timeout bounds it). */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 5));
}

describe("router L3: private task records are journaled and retried until the L3 holds them", function () {
  this.timeout(30_000);
  let l3: L3Chain;
  let home: string;
  const open: PrivateRecorder[] = [];

  before(async () => {
    l3 = await L3Chain.create({
      parties: { admin: "ADMIN", alice: "MEMBER", router: "ROUTER" },
      custodians: ["c1", "c2"],
      others: ["outsider"],
    });
  });
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-l3j-"));
  });
  afterEach(async () => {
    for (const r of open.splice(0)) await r.close();
    await rm(home, { recursive: true, force: true });
  });

  function setup(label = "router") {
    const { port, faults } = faultyPort(l3, label);
    const tasks = createPrivateTasks(
      { router: l3.addr(label), x25519: l3.x25519(label) },
      { port, logger: nullLogger },
    );
    const start = async () => {
      const r = await openPrivateRecorder(
        join(home, "l3-journal.jsonl"),
        { minBackoffMs: 1, maxBackoffMs: 5 },
        { target: { submit: (t) => tasks.submit(t), stored: (id) => tasks.stored(id) }, logger: nullLogger },
      );
      open.push(r);
      return r;
    };
    return { tasks, faults, port, start };
  }

  const input = (taskId: string) => ({
    taskId,
    requester: l3.addr("alice"),
    model: "strata/tiny@1.0",
    prompt: `secret prompt of ${taskId}`,
    completion: `secret completion of ${taskId}`,
  });

  it("an unreachable L3: the record is durable (ciphertext only) before the answer, and lands once when the L3 is back", async () => {
    const { tasks, faults, port, start } = setup();
    const rec = await start();
    faults.down = true;
    const sealed = await tasks.seal(input("down-1"));
    await rec.add(sealed, "down-1");
    // on disk before add resolved, and holding no plaintext
    const text = await readFile(join(home, "l3-journal.jsonl"), "utf8");
    assert.equal(replayPrivateJournal(text).get("down-1")?.state, "pending");
    assert.equal(text.includes("secret"), false);
    await until(() => rec.counts().lastError !== null);
    faults.down = false;
    rec.wake();
    await until(() => rec.state("down-1")?.state === "recorded");
    const stored = (await port.task("down-1"))!;
    assert.deepEqual(Buffer.from(stored.digest!), Buffer.from(sealed.digest));
    assert.equal(faults.sends, 1);
  });

  it("a lost answer: the retry is reconciled by querying the task, the record lands exactly once", async () => {
    const { tasks, faults, start } = setup();
    const rec = await start();
    faults.loseAnswer = true;
    await rec.add(await tasks.seal(input("lost-1")), "lost-1");
    // the L3 took it, the router heard an error (a retry may already have reconciled it)
    await until(() => faults.sends === 1);
    faults.loseAnswer = false;
    rec.wake();
    await until(() => rec.state("lost-1")?.state === "recorded");
    // one send reached the L3; the retry asked the L3 and found it there (no duplicate tx)
    assert.equal(faults.sends, 1);
    const text = await readFile(join(home, "l3-journal.jsonl"), "utf8");
    assert.equal(text.split("\n").filter((l) => l.includes('"l3recorded"')).length, 1);
  });

  it("a restart replays the journal: pending records are sent, records the L3 already holds are not sent again", async () => {
    const { tasks, faults, start } = setup();
    let rec = await start();
    faults.down = true;
    await rec.add(await tasks.seal(input("replay-1")), "replay-1");
    // replay-2 reaches the L3 but the router crashes before journaling it as recorded
    faults.down = false;
    faults.loseAnswer = true;
    const s0 = faults.sends;
    await rec.add(await tasks.seal(input("replay-2")), "replay-2");
    await until(() => faults.sends > s0);
    faults.down = true;
    await until(() => rec.counts().lastError !== null);
    await rec.close();
    open.splice(open.indexOf(rec), 1);
    assert.equal(replayPrivateJournal(await readFile(join(home, "l3-journal.jsonl"), "utf8")).size, 2);

    faults.down = false;
    faults.loseAnswer = false;
    const sendsBefore = faults.sends;
    rec = await start();
    await until(
      () => rec.state("replay-1")?.state === "recorded" && rec.state("replay-2")?.state === "recorded",
    );
    assert.ok(faults.sends - sendsBefore <= 1, "only the missing record is sent again");
    const r1 = l3.query(
      "/strata.l3.v1.Query/Task",
      v1.QueryTaskRequest.encode({ taskId: "replay-1" }).finish(),
    );
    assert.equal(r1.code, 0);
  });

  it("a refusal retrying cannot cure (another task holds the id) drops it with a reason, the others land", async () => {
    const { tasks, start } = setup();
    const rec = await start();
    // "taken" is already recorded with other content
    await tasks.record(input("taken"));
    await rec.add(await tasks.seal({ ...input("taken"), completion: "other" }), "taken");
    await rec.add(await tasks.seal(input("fine-1")), "fine-1");
    await until(() => rec.state("taken")?.state === "dropped" && rec.state("fine-1")?.state === "recorded");
    assert.match(rec.state("taken")!.reason!, /another task/);
    assert.equal(rec.counts().pending, 0);
  });
});
