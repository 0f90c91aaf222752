import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnStrata } from "../../localnet/index.js";
import { type LocalnetManifest, manifestPath, writeManifest } from "../../localnet/manifest.js";

/** Permission bits of a file. */
async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe("localnet files holding secrets are private (mode 0600)", () => {
  let home: string;

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-secrets-"));
  });

  after(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("localnet.json, also when a world-readable temp file was left behind", async () => {
    await writeFile(`${manifestPath(home)}.tmp`, "{}", { mode: 0o644 });
    const manifest = {
      version: 1,
      chains: { l1: { chainId: "strata-l1-local", rpc: [], nodes: [] } },
      routers: [],
      denom: "ustra",
      accounts: [{ name: "dev0", mnemonic: "abandon ".repeat(23).concat("art"), address: "strata1x" }],
    } as unknown as LocalnetManifest;
    await writeManifest(home, manifest);
    assert.equal(await modeOf(manifestPath(home)), 0o600);
  });

  it("a process log, also when the file existed with a wider mode", async () => {
    const log = join(home, "node.log");
    await writeFile(log, "", { mode: 0o644 });
    const child = spawnStrata(["--version"], log, false);
    await once(child, "exit");
    assert.equal(await modeOf(log), 0o600);
  });
});
