import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "mocha";
import {
  anchorLogPath,
  L3LaunchError,
  type L3Manifest,
  localnetL2Defaults,
  recordL3InLocalnet,
  startL3Anchorer,
} from "../../../localnet/l3/index.js";

describe("L3 launch: the L2 link's localnet defaults and manifest entries", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-l3-l2link-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const localnet = (extra: Record<string, unknown>) =>
    writeFile(
      join(dir, "localnet.json"),
      JSON.stringify({
        version: 1,
        chains: {
          l1: { rpc: ["http://127.0.0.1:1"] },
          l2: { rpc: ["http://127.0.0.1:2", "http://127.0.0.1:3"] },
        },
        routers: [],
        denom: "ustra",
        keyringHome: join(dir, "keyring"),
        accounts: ["dev0", "dev9", "relayer", "dev10", "dev2"].map((name) => ({
          name,
          mnemonic: "m",
          address: "a",
        })),
        ...extra,
      }),
    );

  it("defaults --l2 to the localnet's first L2 node and the key to its highest-numbered dev account", async () => {
    await localnet({});
    assert.deepEqual(await localnetL2Defaults(dir), {
      rpc: "http://127.0.0.1:2",
      keyringHome: join(dir, "keyring"),
      keyringBackend: "test",
      key: "dev10",
    });
  });

  it("refuses a localnet without L2 or without a localnet.json (l3launch:3)", async () => {
    await localnet({ chains: { l1: { rpc: ["http://127.0.0.1:1"] } } });
    await assert.rejects(
      localnetL2Defaults(dir),
      (e) => e instanceof L3LaunchError && e.code === 3 && /has no L2/.test(e.message),
    );
    await assert.rejects(
      localnetL2Defaults(join(dir, "none")),
      (e) => e instanceof L3LaunchError && e.code === 3 && /--localnet/.test(e.message),
    );
  });

  it("records the anchorer (L2, key, log, pid) in the localnet's l3Chains entry; refuses an unlinked anchorer", async () => {
    await localnet({});
    const m: L3Manifest = {
      version: 1,
      name: "acme",
      chainId: "acme-l3",
      home: "/x",
      custodyThreshold: 2,
      adminThreshold: 1,
      members: [],
      validators: [{ rpc: "http://127.0.0.1:5" }] as L3Manifest["validators"],
    };
    await assert.rejects(
      async () => startL3Anchorer(m, true),
      (e) => e instanceof L3LaunchError && /not linked to an L2/.test(e.message),
    );
    await recordL3InLocalnet(dir, {
      ...m,
      anchorPid: 4242,
      l2: {
        rpc: "http://127.0.0.1:2",
        key: "dev10",
        keyringHome: join(dir, "keyring"),
        keyringBackend: "test",
        submitter: "strata1submitter",
        registeredHeight: 7,
        anchorLog: anchorLogPath("/x"),
      },
    });
    const written = JSON.parse(await readFile(join(dir, "localnet.json"), "utf8"));
    assert.deepEqual(written.l3Chains[0].anchor, {
      l2: "http://127.0.0.1:2",
      key: "dev10",
      submitter: "strata1submitter",
      registeredHeight: 7,
      log: "/x/logs/anchor.log",
      pid: 4242,
    });
    assert.equal(written.keyringHome, join(dir, "keyring"));
  });
});
