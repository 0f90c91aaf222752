import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  CommitStore,
  computeStateRoot,
  type Database,
  openDatabase,
} from "../../../../chain/core/store/index.js";
import { blockKey, stateAt, writeHeight } from "./fixtures/workload.js";
import { hex, tempDir } from "./helpers.js";

const CHILD = fileURLToPath(new URL("./fixtures/crashChild.ts", import.meta.url));

/**
 * Runs the child until it has finished `minCommits` commits, then SIGKILLs it a random moment
 * after it announces the start of a commit. Resolves with the last height it reported done.
 */
function runAndKill(dbPath: string, minCommits: number): Promise<{ lastDone: number; delayMs: number }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", CHILD, dbPath], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let lastDone = 0;
    let commits = 0;
    let armed = false;
    let buffered = "";
    let stderr = "";
    const delayMs = Math.floor(Math.random() * 25);
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout!.on("data", (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const [what, h] = line.split(" ");
        if (what === "done") {
          lastDone = Number(h);
          commits++;
        } else if (what === "begin" && commits >= minCommits && !armed) {
          armed = true;
          // a random moment from the start of a commit: before, during or after its batch
          setTimeout(() => child.kill("SIGKILL"), delayMs);
        }
      }
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
      else resolve({ lastDone, delayMs });
    });
  });
}

describe("store/CommitStore crash safety (SIGKILL, LevelDB)", function () {
  this.timeout(60_000);

  it("after SIGKILL at a random moment, reopens at the last full commit and keeps committing", async () => {
    const dir = await tempDir("crash");
    let db: Database | undefined;
    try {
      let atLeast = 0;
      for (let round = 0; round < 2; round++) {
        const { lastDone, delayMs } = await runAndKill(dir.path, 3);
        const context = `round ${round}, kill ${delayMs} ms after a commit began, last done ${lastDone}`;
        assert.ok(lastDone >= atLeast + 3, context);

        db = await openDatabase(dir.path);
        const store = await CommitStore.open(db, { verify: true });
        const h = store.lastHeight;
        // "done h" is printed after the batch is written, so h or h+1 (written, not yet printed)
        assert.ok(h === lastDone || h === lastDone + 1, `${context}: reopened at ${h}`);

        // the state is exactly that of height h, and the root is its root
        const expected = stateAt(h);
        const actual = [...store.committed().iterate(new Uint8Array(0))];
        const want = [...expected.iterate(new Uint8Array(0))];
        assert.equal(actual.length, want.length, context);
        assert.deepEqual(
          actual.map(([k, v]) => hex(k) + hex(v)),
          want.map(([k, v]) => hex(k) + hex(v)),
          context,
        );
        const root = computeStateRoot(want);
        assert.equal(hex(store.lastRoot), hex(root), context);
        assert.equal(hex((await store.rootAt(h))!), hex(root), context);

        // the block written with height h is there, none for h + 1
        assert.notEqual(await db.get(blockKey(h)), undefined, context);
        assert.equal(await db.get(blockKey(h + 1)), undefined, context);

        // and committing continues from there
        writeHeight(store.working(), h + 1);
        const next = await store.commit(h + 1, [
          { type: "put", key: blockKey(h + 1), value: Uint8Array.of(1) },
        ]);
        assert.equal(hex(next), hex(computeStateRoot(stateAt(h + 1).iterate(new Uint8Array(0)))), context);
        atLeast = h + 1;
        await db.close();
        db = undefined;
      }
    } finally {
      await db?.close();
      await dir.remove();
    }
  });
});
