/**
 * `strata l3 launch` → `strata l3 register` → `strata l3 anchor`, all through the CLI: a 2-validator
 * L3 launched (detached), registered on an L2 node, and its headers anchored there by the anchor
 * process; then the anchor process is stopped and a new one resumes from L2's last header.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StrataClient } from "../../client/index.js";
import { STRATA_BIN } from "../../localnet/index.js";
import { strata as proto } from "../../proto/gen/strata.js";
import { x25519FromMnemonic } from "../../router-node/chain/l3/index.js";
import { addTestKeys, stopProcess, strata, TestNode } from "../helpers/l1Node.js";

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

describe("e2e: strata l3 launch, register on L2, anchor (CLI processes)", function () {
  this.timeout(300_000);
  let l2: TestNode | undefined;
  let dir = "";
  let l3Home = "";
  let anchorProc: ChildProcess | undefined;
  let anchorErr = "";
  let client: StrataClient | undefined;

  const anchorArgs = (l3Rpc: string) => [
    STRATA_BIN,
    "l3",
    "anchor",
    "--l3",
    l3Rpc,
    "--l2",
    l2!.rpc,
    "--key",
    "l2a",
    "--keyring-home",
    dir,
    "--keyring-backend",
    "test",
    "--poll-ms",
    "100",
  ];
  const latest = async () => {
    const { value } = await client!.query.queryAbci(
      "/strata.l3registry.v1.Query/Latest",
      proto.l3registry.v1.QueryLatestRequest.encode({ chainId: "acme" }).finish(),
    );
    return Number(proto.l3registry.v1.QueryLatestResponse.decode(value).header?.number ?? 0);
  };

  before(async () => {
    l2 = await TestNode.create({ layer: "l2", accounts: 1, blockIntervalMs: 200, balance: 10_000_000_000n });
    dir = await mkdtemp(join(tmpdir(), "strata-l3launch-"));
    l3Home = join(dir, "acme");
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
    await stopProcess(anchorProc, "SIGTERM");
    client?.disconnect();
    if (l3Home) await strata(["l3", "stop", "--home", l3Home]).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
    await l2?.destroy();
  });

  it("registers the launched L3 on L2 and anchors its headers; a restarted anchorer resumes", async () => {
    const launched = JSON.parse(
      await strata([
        "l3",
        "launch",
        "--name",
        "acme",
        "--members",
        join(dir, "members.json"),
        "--home",
        l3Home,
        "--validators",
        "2",
        "--block-interval",
        "200",
        "--detach",
        "-o",
        "json",
      ]),
    ) as { chainId: string; validators: { rpc: string }[] };
    const l3Rpc = launched.validators[0]!.rpc;
    const reg = JSON.parse(
      await strata([
        "l3",
        "register",
        "--home",
        l3Home,
        "--l2",
        l2!.rpc,
        "--key",
        "l2a",
        "--keyring-home",
        dir,
        "--keyring-backend",
        "test",
        "-o",
        "json",
      ]),
    ) as { chainId: string; name: string };
    assert.equal(reg.chainId, launched.chainId);
    assert.equal(reg.name, "acme");

    const start = () => {
      anchorErr = "";
      const p = spawn(process.execPath, anchorArgs(l3Rpc), { stdio: ["ignore", "ignore", "pipe"] });
      p.stderr.on("data", (d: Buffer) => {
        anchorErr = (anchorErr + d.toString()).slice(-5000);
      });
      return p;
    };
    anchorProc = start();
    const first = await until("3 anchored headers", async () =>
      (await latest()) >= 3 ? latest() : undefined,
    ).catch((err) => {
      throw new Error(`${(err as Error).message}\n${anchorErr}`);
    });
    assert.ok(first >= 3);
    await stopProcess(anchorProc, "SIGTERM");
    const stoppedAt = await latest();
    anchorProc = start();
    await until("anchoring resumed past the restart", async () =>
      (await latest()) > stoppedAt + 2 ? true : undefined,
    ).catch((err) => {
      throw new Error(`${(err as Error).message}\n${anchorErr}`);
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
  });
});
