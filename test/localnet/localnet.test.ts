import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryClient, setupStakingExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import OpenAI from "openai";
import type { LocalnetManifest } from "../../localnet/index.js";
import { isAlive } from "../../localnet/index.js";
import { bigramContinuation } from "../../router-node/index.js";
import { strata } from "../helpers/l1Node.js";

// The user journey of the README: localnet up --detach, keys, a transfer, queries, status, down.
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

  it("writes localnet.json with chains, denom and funded accounts", async () => {
    const onDisk = JSON.parse(await readFile(join(home, "localnet.json"), "utf8")) as LocalnetManifest;
    assert.equal(onDisk.version, 1);
    assert.equal(onDisk.denom, "ustra");
    assert.equal(onDisk.chains.l1.chainId, "strata-l1-local");
    assert.equal(onDisk.chains.l1.rpc.length, 1);
    assert.match(onDisk.chains.l1.rpc[0]!, /^http:\/\/127\.0\.0\.1:\d+$/);
    // Three development accounts, then the validator's operator account.
    assert.deepEqual(
      onDisk.accounts.map((a) => a.name),
      ["dev0", "dev1", "dev2", "validator-0-operator"],
    );
    for (const a of onDisk.accounts) {
      assert.match(a.address, /^strata1/);
      assert.equal(a.mnemonic.split(" ").length, 24);
    }
    assert.ok(onDisk.chains.l1.nodes.every((n) => n.pid && isAlive(n.pid)));
    assert.equal(onDisk.routers.length, 1);
    assert.match(onDisk.routers[0]!.digest, /^[0-9a-f]{64}$/);
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

  it("serves OpenAI completions from the built-in model through the router", async () => {
    const router = manifest.routers[0]!;
    const client = new OpenAI({ baseURL: router.openaiBaseUrl, apiKey: "unused" });
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
    assert.deepEqual(balances.balances, [{ denom: "ustra", amount: String(1_000_000_000_000n + 1234n) }]);

    const tx = JSON.parse(await strata(["query", "tx", sent.txhash, "--node", rpc, "--output", "json"]));
    assert.equal(tx.height, sent.height);
    assert.ok(tx.events.some((e: { type: string }) => e.type === "transfer"));

    const status = JSON.parse(await strata(["status", "--node", rpc, "--output", "json"]));
    assert.equal(status.chainId, "strata-l1-local");
    assert.ok(status.latestBlockHeight >= sent.height);
  });

  it("reports status, refuses a second up, and stops with down", async () => {
    const status = JSON.parse(await strata(["localnet", "status", "--home", home, "--output", "json"]));
    assert.deepEqual(
      status.map((s: { kind: string; running: boolean }) => [s.kind, s.running]),
      [
        ["l1", true],
        ["router", true],
      ],
    );
    await assert.rejects(strata(["localnet", "up", "--home", home, "--detach"]), /already running/);
    const down = JSON.parse(await strata(["localnet", "down", "--home", home, "--output", "json"]));
    assert.equal(down.stopped, 2);
    const after = JSON.parse(await strata(["localnet", "status", "--home", home, "--output", "json"]));
    assert.ok(after.every((s: { running: boolean }) => !s.running));
  });
});
