import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nullLogger } from "../../chain/core/log/index.js";
import { readConfig } from "../../chain/core/node/index.js";
import {
  isAlive,
  type Localnet,
  LocalnetError,
  LocalnetErrorCode,
  localnetUp,
  readManifest,
  waitForHeight,
} from "../../localnet/index.js";

// The in-process supervisor (`localnet up` in the foreground): Ctrl-C during start-up, resuming,
// and restarting a crashed process on the ports it had.
describe("localnet supervisor", function () {
  this.timeout(180_000);
  let home: string;
  let net: Localnet | undefined;

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-supervisor-"));
  });

  after(async () => {
    await net?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it("Ctrl-C while waiting for the nodes stops every process started, and the next up resumes", async () => {
    const abort = new AbortController();
    const lines: string[] = [];
    await assert.rejects(
      localnetUp({
        home,
        detach: false,
        accounts: 1,
        router: false,
        blockIntervalMs: 200,
        logger: nullLogger,
        signal: abort.signal,
        progress: (line) => {
          lines.push(line);
          // Ctrl-C once both chains' nodes were spawned and are being awaited.
          if (line.startsWith("started l2 validator-0")) abort.abort();
        },
      }),
      (err: unknown) => {
        assert.ok(err instanceof LocalnetError);
        assert.equal(err.code, LocalnetErrorCode.interrupted);
        assert.match(err.message, /every process started was stopped; the localnet in .* is kept/);
        return true;
      },
    );
    const pids = lines.filter((l) => l.startsWith("started ")).map((l) => Number(/\(pid (\d+)/.exec(l)![1]));
    assert.equal(pids.length, 2, lines.join("\n"));
    for (const pid of pids) assert.equal(isAlive(pid), false, `pid ${pid} was stopped`);
    assert.ok(
      lines.some((l) => /^stopping l1 validator-0 \(pid \d+\), l2 validator-0/.test(l)),
      lines.join("\n"),
    );
    const manifest = await readManifest(home);
    assert.ok(manifest.chains.l1.nodes.every((n) => n.pid === undefined));

    // Re-running on the home an interrupted first start left works, on the same ports.
    const ports = [...manifest.chains.l1.nodes, ...manifest.chains.l2!.nodes].map((n) => [
      n.rpcPort,
      n.p2pPort,
    ]);
    const resumed: string[] = [];
    net = await localnetUp({
      home,
      detach: false,
      router: false,
      logger: nullLogger,
      progress: (l) => resumed.push(l),
    });
    assert.ok(resumed.some((l) => l.includes("existing chain state is kept")));
    assert.deepEqual(
      [...net.manifest.chains.l1.nodes, ...net.manifest.chains.l2!.nodes].map((n) => [n.rpcPort, n.p2pPort]),
      ports,
    );
  });

  it("restarts a crashed node on the ports it had; it continues its chain", async () => {
    const node = net!.manifest.chains.l2!.nodes[0]!;
    const { rpc, rpcPort, p2pPort } = node;
    const oldPid = node.pid!;
    const height = await waitForHeight(rpc, 3, 30_000, () => false);
    process.kill(oldPid, "SIGKILL");
    // The supervisor restarts it after a second and records the new pid in localnet.json.
    let pid: number | undefined;
    for (let i = 0; i < 600 && (pid === undefined || pid === oldPid); i++) {
      await new Promise((r) => setTimeout(r, 100));
      pid = (await readManifest(home)).chains.l2!.nodes[0]!.pid;
    }
    assert.notEqual(pid, oldPid);
    assert.ok(pid && isAlive(pid));
    const onDisk = (await readManifest(home)).chains.l2!.nodes[0]!;
    assert.equal(onDisk.rpc, rpc);
    assert.equal(onDisk.rpcPort, rpcPort);
    assert.equal(onDisk.p2pPort, p2pPort);
    assert.ok((await waitForHeight(rpc, height + 1, 30_000, () => false)) > height);
    const config = await readConfig(node.home);
    assert.equal(config.rpc.port, rpcPort);
    assert.equal(config.p2p.port, p2pPort);
  });
});
