import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryClient, setupStakingExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import OpenAI from "openai";
import { readConfig } from "../../chain/core/node/index.js";
import type { LocalnetManifest } from "../../localnet/index.js";
import { isAlive, waitForHeight } from "../../localnet/index.js";
import { bigramContinuation } from "../../router-node/index.js";
import { strata } from "../helpers/l1Node.js";
import { strataRun } from "../helpers/strataCli.js";

// The user journey of the README: localnet up --detach, keys, a transfer, queries, status, down,
// up again on the same ports.
describe("strata localnet and the user CLI", function () {
  this.timeout(180_000);
  let home: string;
  let keyHome: string;
  let manifest: LocalnetManifest;

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-localnet-"));
    keyHome = await mkdtemp(join(tmpdir(), "strata-keys-"));
    manifest = JSON.parse(
      await strata(["localnet", "up", "--home", home, "--detach", "--accounts", "3", "--output", "json"]),
    );
  });

  after(async () => {
    await strata(["localnet", "down", "--home", home]).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
    await rm(keyHome, { recursive: true, force: true });
  });

  it("writes localnet.json with both chains, denom and funded accounts", async () => {
    const onDisk = JSON.parse(await readFile(join(home, "localnet.json"), "utf8")) as LocalnetManifest;
    assert.equal(onDisk.version, 1);
    assert.equal(onDisk.denom, "ustra");
    assert.equal(onDisk.chains.l1.chainId, "strata-l1-local");
    assert.equal(onDisk.chains.l1.rpc.length, 1);
    assert.match(onDisk.chains.l1.rpc[0]!, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(onDisk.chains.l2!.chainId, "strata-l2-local");
    assert.equal(onDisk.chains.l2!.nodes.length, 1);
    assert.deepEqual(
      onDisk.chains.l2!.rpc,
      onDisk.chains.l2!.nodes.map((n) => n.rpc),
    );
    // Every port of the topology is distinct.
    const nodes = [...onDisk.chains.l1.nodes, ...onDisk.chains.l2!.nodes];
    const ports = [
      ...nodes.flatMap((n) => [n.rpcPort, n.p2pPort]),
      ...onDisk.routers.map((r) => r.port),
      ...onDisk.guards!.map((g) => g.port),
      onDisk.chains.l2!.batcher!.port,
    ];
    assert.equal(new Set(ports).size, 8);
    // Three development accounts, the routers' and the guard's operators, then each chain's
    // validator operator account.
    assert.deepEqual(
      onDisk.accounts.map((a) => a.name),
      [
        "dev0",
        "dev1",
        "dev2",
        "router-0-operator",
        "router-1-operator",
        "guard-0-operator",
        "relayer",
        "validator-0-operator",
        "l2-validator-0-operator",
      ],
    );
    // L2 is registered on L1 and settled by the batcher.
    assert.equal(onDisk.chains.l2!.l1Registration!.chainId, "strata-l2-local");
    assert.equal(onDisk.chains.l2!.l1Registration!.challengeWindowBlocks, 10);
    assert.ok(onDisk.chains.l2!.batcher!.pid && isAlive(onDisk.chains.l2!.batcher!.pid));
    for (const a of onDisk.accounts) {
      assert.match(a.address, /^strata1/);
      assert.equal(a.mnemonic.split(" ").length, 24);
    }
    assert.ok(nodes.every((n) => n.pid && isAlive(n.pid)));
    assert.deepEqual(
      onDisk.routers.map((r) => r.name),
      ["router-0", "router-1"],
    );
    assert.match(onDisk.routers[0]!.digest, /^[0-9a-f]{64}$/);
    // The development session: its key in the manifest, used through router-0.
    assert.equal(onDisk.sessions!.length, 1);
    assert.match(onDisk.sessions![0]!.apiKey, /^sk-strata-/);
    assert.equal(onDisk.sessions![0]!.router, onDisk.routers[0]!.openaiBaseUrl);
  });

  it("bonds the validator through its operator account (staking from the first block)", async () => {
    const client = QueryClient.withExtensions(
      await Comet38Client.connect(manifest.chains.l1.rpc[0]!),
      setupStakingExtension,
    );
    const { validators } = await client.staking.validators("BOND_STATUS_BONDED");
    assert.equal(validators.length, 1);
    assert.equal(validators[0]!.tokens, "10000000");
  });

  it("serves OpenAI completions from the built-in model through the router with the session key", async () => {
    const router = manifest.routers[0]!;
    const client = new OpenAI({ baseURL: router.openaiBaseUrl, apiKey: manifest.sessions![0]!.apiKey });
    const models = await client.models.list();
    assert.ok(models.data.some((m) => m.id === router.model));
    const chat = await client.chat.completions.create({
      model: router.model,
      messages: [{ role: "user", content: "hello" }],
      max_tokens: 16,
      temperature: 0,
    });
    assert.equal(chat.choices[0]!.message.content, bigramContinuation("hello", 16));
  });

  it("sends tokens with a keyring key and queries the result", async () => {
    const rpc = manifest.chains.l1.rpc[0]!;
    const [dev0, dev1] = manifest.accounts;
    const mnemonicFile = join(keyHome, "m.txt");
    await writeFile(mnemonicFile, dev0!.mnemonic);
    const added = JSON.parse(
      await strata([
        "keys",
        "add",
        "alice",
        "--recover",
        "--mnemonic-file",
        mnemonicFile,
        "--keyring-backend",
        "test",
        "--home",
        keyHome,
        "--output",
        "json",
      ]),
    );
    assert.equal(added.address, dev0!.address);

    const before = BigInt(
      JSON.parse(
        await strata(["query", "bank", "balances", dev1!.address, "--node", rpc, "--output", "json"]),
      ).balances[0].amount,
    );
    const sent = JSON.parse(
      await strata([
        "tx",
        "bank",
        "send",
        "alice",
        dev1!.address,
        "1234ustra",
        "--node",
        rpc,
        "--keyring-backend",
        "test",
        "--home",
        keyHome,
        "--output",
        "json",
      ]),
    );
    assert.equal(sent.code, 0);
    assert.match(sent.txhash, /^[0-9A-F]{64}$/);

    const balances = JSON.parse(
      await strata(["query", "bank", "balances", dev1!.address, "--node", rpc, "--output", "json"]),
    );
    assert.deepEqual(balances.balances, [{ denom: "ustra", amount: String(before + 1234n) }]);

    const tx = JSON.parse(await strata(["query", "tx", sent.txhash, "--node", rpc, "--output", "json"]));
    assert.equal(tx.height, sent.height);
    assert.ok(tx.events.some((e: { type: string }) => e.type === "transfer"));

    const status = JSON.parse(await strata(["status", "--node", rpc, "--output", "json"]));
    assert.equal(status.chainId, "strata-l1-local");
    assert.ok(status.latestBlockHeight >= sent.height);
  });

  it("lists the built-in model on L2 with `strata query models list`", async () => {
    const l2 = manifest.chains.l2!.rpc[0]!;
    const text = await strata(["query", "models", "list", "--node", l2]);
    assert.match(
      text,
      new RegExp(`^tiny@1 +VERIFIED +in 1000 / out 2000 ustra per 1k +${manifest.accounts[0]!.address}`, "m"),
    );
    const model = JSON.parse(await strata(["query", "models", "show", "tiny@1", "--node", l2, "-o", "json"]));
    assert.equal(model.weightsSha256, manifest.routers[0]!.digest);
  });

  it("reports status, refuses a second up, and stops with down", async () => {
    const status = JSON.parse(await strata(["localnet", "status", "--home", home, "--output", "json"]));
    assert.deepEqual(
      status.map((s: { kind: string; running: boolean }) => [s.kind, s.running]),
      [
        ["l1", true],
        ["l2", true],
        ["batcher", true],
        ["router", true],
        ["router", true],
        ["guard", true],
        ["explorer", true],
      ],
    );
    await assert.rejects(strata(["localnet", "up", "--home", home, "--detach"]), /already running/);
    const down = await strataRun(["localnet", "down", "--home", home, "--output", "json"]);
    assert.equal(JSON.parse(down.stdout).stopped, 7);
    assert.match(down.stderr, /stopping l2 validator-0 \(pid \d+\)/);
    const after = JSON.parse(await strata(["localnet", "status", "--home", home, "--output", "json"]));
    assert.ok(after.every((s: { running: boolean }) => !s.running));
  });

  it("refuses another --validators / --l2-validators on the existing localnet, naming what it has", async () => {
    const r = await strataRun(["localnet", "up", "--home", home, "--detach", "--l2-validators", "2"]);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /error \[localnet:5\]: the localnet in .* was created with --l2-validators 1; 2 was asked for/,
    );
    const zero = await strataRun(["localnet", "up", "--home", home, "--detach", "--validators", "0"]);
    assert.equal(zero.code, 1);
    assert.match(zero.stderr, /error \[localnet:4\]: --validators must be a whole number ≥ 1, got 0/);
  });

  it("starts again on the same ports, and moves only a port that was taken meanwhile (printing the new URL)", async () => {
    const taken = manifest.chains.l1.nodes[0]!.rpcPort!;
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(taken, "127.0.0.1", () => r()));
    try {
      const up = await strataRun(["localnet", "up", "--home", home, "--detach", "--output", "json"]);
      assert.equal(up.code, 0, up.stderr);
      const again = JSON.parse(up.stdout) as LocalnetManifest;
      const l1 = again.chains.l1.nodes[0]!;
      assert.notEqual(l1.rpcPort, taken);
      assert.match(
        up.stderr,
        new RegExp(`l1 validator-0: RPC port ${taken} is in use; it moves to ${l1.rpcPort} \\(${l1.rpc}\\)`),
      );
      assert.match(up.stderr, /waiting for its first block at/);
      // Everything else kept its ports.
      assert.equal(l1.p2pPort, manifest.chains.l1.nodes[0]!.p2pPort);
      assert.deepEqual(again.chains.l2, {
        ...manifest.chains.l2!,
        nodes: again.chains.l2!.nodes.map((n, i) => ({ ...manifest.chains.l2!.nodes[i]!, pid: n.pid })),
        batcher: { ...manifest.chains.l2!.batcher!, pid: again.chains.l2!.batcher!.pid },
      });
      // The L2 nodes' production gate follows L1's moved RPC port.
      assert.equal((await readConfig(again.chains.l2!.nodes[0]!.home)).rollup!.l1Rpc, l1.rpc);
      assert.equal(again.routers[0]!.url, manifest.routers[0]!.url);
      assert.ok(await waitForHeight(l1.rpc, 1, 30_000, () => false));
    } finally {
      await new Promise((r) => blocker.close(r));
      await strata(["localnet", "down", "--home", home]);
    }
  });
});
