import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GuardError, loadGuardState, openGuardHome, saveGuardState } from "../../../guard-node/index.js";

describe("guard: home (node key, state.json)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-guard-home-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("creates the node key (mode 0600) once and reuses it", async () => {
    const home = join(dir, "guard");
    const first = await openGuardHome(home);
    assert.equal((await stat(first.paths.nodeKey)).mode & 0o777, 0o600);
    assert.equal((await stat(home)).mode & 0o777, 0o700);
    const again = await openGuardHome(home);
    assert.deepEqual(Buffer.from(again.key.pubKey), Buffer.from(first.key.pubKey));
  });

  it("loads a fresh state, saves and reloads it; another operator's state is not reused", async () => {
    const { paths } = await openGuardHome(dir);
    const fresh = await loadGuardState(paths, "strata1me");
    assert.deepEqual(fresh, { version: 1, guard: "strata1me", lastHeight: 0, sent: {}, refusedModels: {} });
    const state = { ...fresh, lastHeight: 42, sent: { ["ab".repeat(32)]: { height: 40, txhash: "AA" } } };
    await saveGuardState(paths, state);
    assert.equal((await stat(paths.state)).mode & 0o777, 0o600);
    assert.deepEqual(await loadGuardState(paths, "strata1me"), state);
    assert.equal((await loadGuardState(paths, "strata1other")).lastHeight, 0);
    assert.deepEqual(JSON.parse(await readFile(paths.state, "utf8")), state);
  });

  it("refuses a state file it cannot read (guard:6)", async () => {
    const { paths } = await openGuardHome(dir);
    for (const text of [
      "not json",
      JSON.stringify({ version: 2 }),
      JSON.stringify({ version: 1, lastHeight: "x" }),
    ]) {
      await writeFile(paths.state, text);
      await assert.rejects(loadGuardState(paths, "strata1me"), (err: unknown) => {
        assert.ok(err instanceof GuardError);
        assert.equal(err.code, 6);
        return true;
      });
    }
  });
});
