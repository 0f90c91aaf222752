import assert from "node:assert/strict";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateKeyFile, loadKeyFile } from "../../../../chain/core/node/index.js";

describe("node key files hold secrets: mode 0600", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-keys-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("a new key file is 0600", async () => {
    const path = join(dir, "priv_validator_key.json");
    const key = await generateKeyFile(path);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual((await loadKeyFile(path)).pubKey, key.pubKey);
  });

  it("a key written over a readable file (init --overwrite) is 0600 too", async () => {
    const path = join(dir, "node_key.json");
    await writeFile(path, "{}", { mode: 0o644 });
    assert.equal((await stat(path)).mode & 0o777, 0o644);
    const key = await generateKeyFile(path);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual((await loadKeyFile(path)).pubKey, key.pubKey);
  });
});
