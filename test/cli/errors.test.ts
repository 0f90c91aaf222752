import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { homeLockPath } from "../../chain/core/node/index.js";
import { freePort } from "../../localnet/index.js";
import { TestL1Node } from "../helpers/l1Node.js";
import { strataRun } from "../helpers/strataCli.js";

/** A pid no process has: a child that already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

// Errors users hit with the CLI, each naming what failed and what to check.
describe("strata CLI: errors a user can act on", function () {
  this.timeout(120_000);
  let node: TestL1Node;
  let address = "";

  before(async () => {
    node = await TestL1Node.create({ accounts: 1, blockIntervalMs: 200 });
    address = node.accounts[0]!.address;
  });

  after(async () => {
    await node?.destroy();
  });

  it("an unreachable --node names the URL it tried, why, and what to check", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    for (const args of [
      ["query", "bank", "balances", address, "--node", url],
      ["status", "--node", url],
      ["query", "models", "list", "--node", url],
    ]) {
      const r = await strataRun(args);
      assert.equal(r.code, 1, args.join(" "));
      assert.match(r.stderr, new RegExp(`error \\[cli:31\\]: cannot reach node at ${url}`));
      assert.match(r.stderr, /check that a strata node is running and that --node is its RPC address/);
      assert.doesNotMatch(r.stderr, /^error: fetch failed$/m);
    }
    const refused = await strataRun(["query", "bank", "balances", address, "--node", url]);
    assert.match(refused.stderr, /ECONNREFUSED/, "the cause is named");
  });

  it("--node without a scheme means http://, and tcp:// (CometBFT's rpc_address) too", async () => {
    const hostPort = node.rpc.replace("http://", "");
    for (const given of [hostPort, `tcp://${hostPort}`]) {
      const r = await strataRun(["status", "--node", given, "-o", "json"]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).chainId, node.chainId);
    }
    const balances = await strataRun([
      "query",
      "bank",
      "balances",
      address,
      "--node",
      hostPort,
      "-o",
      "json",
    ]);
    assert.equal(balances.code, 0, balances.stderr);
    assert.doesNotMatch(balances.stderr, /ws:\/\//);
    const closed = `127.0.0.1:${await freePort()}`;
    const r = await strataRun(["status", "--node", closed]);
    assert.match(r.stderr, new RegExp(`cannot reach node at http://${closed}`));
    assert.doesNotMatch(r.stderr, /ws:\/\/|wss:\/\//, "no websocket complaint for an http node");
  });

  it("a --node that is no URL a node could have is refused as a bad flag", async () => {
    const r = await strataRun(["status", "--node", "ftp://127.0.0.1:26657"]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /option '--node <url>' argument 'ftp:\/\/127\.0\.0\.1:26657' is invalid/);
    assert.match(
      r.stderr,
      /unsupported scheme ftp:\/\/ in "ftp:\/\/127\.0\.0\.1:26657"; use http:\/\/, https:\/\/, ws:\/\/ or wss:\/\//,
    );
  });

  it("a home held by a running node: start and replay say which pid holds it", async () => {
    const pid = node.child!.pid!;
    assert.equal((await readFile(homeLockPath(node.home), "utf8")).trim(), String(pid));
    const start = await strataRun(["start", "--home", node.home, "--rpc-port", "0", "--p2p-port", "0"]);
    assert.equal(start.code, 1);
    assert.match(
      start.stderr,
      new RegExp(`error \\[node:6\\]: node home ${node.home} is in use by a running node \\(pid ${pid}\\)`),
    );
    assert.match(start.stderr, new RegExp(`kill ${pid}`));
    assert.doesNotMatch(start.stderr, /Database failed to open/);
    const replay = await strataRun(["replay", "--home", node.home]);
    assert.equal(replay.code, 1);
    assert.match(replay.stderr, new RegExp(`in use by a running node \\(pid ${pid}\\)`));
    // The refused start left the running node's pid file alone.
    assert.equal((await readFile(homeLockPath(node.home), "utf8")).trim(), String(pid));
  });

  it("the pid file goes away on a clean stop, and a stale one (killed node) does not block a start", async () => {
    await node.stop();
    assert.equal(existsSync(homeLockPath(node.home)), false, "removed on stop");
    await writeFile(homeLockPath(node.home), `${await deadPid()}\n`);
    await node.start(1);
    assert.equal((await readFile(homeLockPath(node.home), "utf8")).trim(), String(node.child!.pid));
    // SIGKILL leaves the file behind; the next start replaces it.
    await node.stop("SIGKILL");
    assert.equal(existsSync(homeLockPath(node.home)), true);
    await node.start(1);
    assert.equal((await readFile(homeLockPath(node.home), "utf8")).trim(), String(node.child!.pid));
  });
});
