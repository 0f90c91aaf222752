/**
 * `strata l3 launch --l2`, all through the CLI: a 2-validator L3 launched (detached) registers
 * itself on an L2 node and runs its anchorer as one more process of the launch (L2's `Latest` header
 * advances); `l3 status` shows the registration; `l3 stop` stops the anchorer too; launching the
 * stopped home again reuses the registration (same genesis) and anchoring resumes with no gap or
 * duplicate; another genesis under the same name is refused.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StrataClient } from "../../client/index.js";
import { isAlive } from "../../localnet/index.js";
import { strata as proto } from "../../proto/gen/strata.js";
import { x25519FromMnemonic } from "../../router-node/chain/l3/index.js";
import { addTestKeys, strata, TestNode } from "../helpers/l1Node.js";
import { strataRun } from "../helpers/strataCli.js";

async function until<T>(what: string, probe: () => Promise<T | undefined>, tries = 900): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${(last as Error).message})` : ""}`);
}

describe("e2e: strata l3 launch --l2 registers the L3 on L2 and runs its anchorer (CLI processes)", function () {
  this.timeout(300_000);
  let l2: TestNode | undefined;
  let dir = "";
  let l3Home = "";
  let otherHome = "";
  let client: StrataClient | undefined;

  const l2Flags = () => ["--key", "l2a", "--keyring-home", dir, "--keyring-backend", "test"];
  const latest = async () => {
    const { value } = await client!.query.queryAbci(
      "/strata.l3registry.v1.Query/Latest",
      proto.l3registry.v1.QueryLatestRequest.encode({ chainId: "acme" }).finish(),
    );
    return Number(proto.l3registry.v1.QueryLatestResponse.decode(value).header?.number ?? 0);
  };
  const anchorLog = async () => readFile(join(l3Home, "logs", "anchor.log"), "utf8").catch(() => "");
  const l3json = async () =>
    JSON.parse(await readFile(join(l3Home, "l3.json"), "utf8")) as {
      anchorPid?: number;
      l2?: { rpc: string };
    };

  before(async () => {
    l2 = await TestNode.create({ layer: "l2", accounts: 1, blockIntervalMs: 200, balance: 10_000_000_000n });
    dir = await mkdtemp(join(tmpdir(), "strata-l3launch-"));
    l3Home = join(dir, "acme");
    otherHome = join(dir, "acme-other");
    const admin = l2.accounts[0]!;
    const members = {
      members: [
        {
          name: "admin",
          role: "admin",
          address: admin.address,
          x25519PublicKey: Buffer.from((await x25519FromMnemonic(admin.wallet.mnemonic)).publicKey).toString(
            "base64",
          ),
        },
      ],
    };
    await writeFile(join(dir, "members.json"), JSON.stringify(members));
    await addTestKeys(dir, [["l2a", admin.wallet.mnemonic]]);
    client = await StrataClient.connect(l2.rpc);
  });

  after(async () => {
    client?.disconnect();
    for (const home of [l3Home, otherHome])
      if (home) await strata(["l3", "stop", "--home", home]).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
    await l2?.destroy();
  });

  it("registers and anchors in one launch; stop stops the anchorer; a re-launch resumes; another genesis is refused", async () => {
    const launchArgs = (home: string) => [
      "l3",
      "launch",
      "--name",
      "acme",
      "--members",
      join(dir, "members.json"),
      "--home",
      home,
      "--validators",
      "2",
      "--block-interval",
      "200",
      "--detach",
      "--l2",
      l2!.rpc,
      ...l2Flags(),
      "-o",
      "json",
    ];
    const launched = JSON.parse(await strata(launchArgs(l3Home))) as {
      chainId: string;
      l2: { registeredHeight: number; alreadyRegistered: boolean; anchoredHeight: number; submitter: string };
    };
    assert.equal(launched.chainId, "acme-l3");
    assert.equal(launched.l2.alreadyRegistered, false);
    assert.ok(launched.l2.registeredHeight > 0);
    assert.equal(launched.l2.submitter, l2!.accounts[0]!.address);
    // The launch returned only once L2 held a first header.
    assert.ok(launched.l2.anchoredHeight >= 1);
    const first = await latest();
    assert.ok(first >= 1);
    await until("L2's latest L3 header to advance", async () =>
      (await latest()) > first + 2 ? true : undefined,
    ).catch(async (err) => {
      throw new Error(`${(err as Error).message}\n${await anchorLog()}`);
    });

    const status = JSON.parse(await strata(["l3", "status", "--home", l3Home, "-o", "json"])) as {
      l2: { registered: boolean; registeredHeight: number; lastAnchoredHeight: number; anchorer: string };
    };
    assert.equal(status.l2.registered, true);
    assert.equal(status.l2.registeredHeight, launched.l2.registeredHeight);
    assert.ok(status.l2.lastAnchoredHeight > first);
    assert.equal(status.l2.anchorer, "running");

    const anchorPid = (await l3json()).anchorPid!;
    assert.ok(isAlive(anchorPid));
    const stopped = JSON.parse(await strata(["l3", "stop", "--home", l3Home, "-o", "json"])) as {
      stopped: number;
    };
    assert.equal(stopped.stopped, 5); // 2 nodes, 2 key services, the anchorer
    assert.equal(isAlive(anchorPid), false);
    assert.equal((await l3json()).anchorPid, undefined);
    const stoppedAt = await latest();

    // The stopped home starts again: the L2 link comes from l3.json, the registration is reused.
    const again = JSON.parse(
      await strata(["l3", "launch", "--name", "acme", "--home", l3Home, "--detach", "-o", "json"]),
    ) as { l2: { registeredHeight: number; alreadyRegistered: boolean } };
    assert.equal(again.l2.alreadyRegistered, true);
    assert.equal(again.l2.registeredHeight, launched.l2.registeredHeight);
    await until("anchoring resumed past the restart", async () =>
      (await latest()) > stoppedAt + 2 ? true : undefined,
    ).catch(async (err) => {
      throw new Error(`${(err as Error).message}\n${await anchorLog()}`);
    });
    // Every header from 1 to the latest is on L2, consecutive (no gap, no duplicate).
    const { value } = await client!.query.queryAbci(
      "/strata.l3registry.v1.Query/Headers",
      proto.l3registry.v1.QueryHeadersRequest.encode({ chainId: launched.chainId }).finish(),
    );
    const numbers = proto.l3registry.v1.QueryHeadersResponse.decode(value).headers.map((h) =>
      Number(h.number),
    );
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => i + 1),
    );

    // A new L3 under the same name and chain id has another genesis: refused, its home removed.
    const refused = await strataRun(launchArgs(otherHome));
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /another genesis/);
    assert.match(refused.stderr, /l3launch/);
    await assert.rejects(readFile(join(otherHome, "l3.json")));
  });
});
