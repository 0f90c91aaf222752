/**
 * End to end: `strata l3 launch` starts a 3-validator L3 (custody threshold 2) as separate
 * processes; members write encrypted prompts through the CLI; a member is removed (new epoch) and
 * decrypts every record before its removal and none after; a validator is killed and restarted,
 * keeps its share and answers a new member's re-wrap; the audit log lists it all in order.
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { after, before, describe, it } from "mocha";
import {
  createL3Queries,
  fetchEpochKey,
  L3TypeUrl,
  registerL3Types,
} from "../../../chain/l3-privacy/client/index.js";
import {
  deriveMemberX25519,
  keyFromRewrap,
  L3CryptoError,
  openEpochKey,
  openRecordText,
  sealRecord,
} from "../../../chain/l3-privacy/crypto/index.js";
import { connectStrata } from "../../../client/index.js";
import { terminate, waitForHeight } from "../../../localnet/index.js";
import { type L3Manifest, readL3Manifest, startValidator } from "../../../localnet/l3/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { addTestKeys } from "../../helpers/l1Node.js";
import { strataRun } from "../../helpers/strataCli.js";

const NAMES = ["admin", "alice", "bob", "router", "carol"] as const;

async function x25519Of(mnemonic: string) {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath("m/44'/118'/0'/0/0"));
  return deriveMemberX25519(privkey);
}

describe("L3 privacy chain (e2e: launch, membership, epochs, custody, restart)", function () {
  this.timeout(600_000);
  let dir: string;
  let kr: string;
  let home: string;
  let manifest: L3Manifest;
  let node: string;
  const accounts = new Map<string, { address: string; mnemonic: string }>();
  const restarted: ChildProcess[] = [];

  const cli = async (args: string[]) => strataRun([...args, "-o", "json"]);
  const ok = async (args: string[]) => {
    const r = await cli(args);
    assert.equal(r.code, 0, `strata ${args.join(" ")} failed: ${r.stdout} ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };
  const keyFlags = () => ["--keyring-backend", "test", "--home", kr];
  const tx = (args: string[]) => ok(["tx", "l3", ...args, "--node", node, ...keyFlags()]);
  const decrypt = (task: string, key: string) =>
    cli(["l3", "decrypt", task, "--key", key, "--node", node, ...keyFlags()]);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "strata-l3-e2e-"));
    kr = join(dir, "keyring");
    home = join(dir, "acme");
    const keys: [string, string][] = [];
    for (const name of NAMES) {
      const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "strata" });
      const [a] = await wallet.getAccounts();
      accounts.set(name, { address: a!.address, mnemonic: wallet.mnemonic });
      keys.push([name, wallet.mnemonic]);
    }
    await mkdir(kr, { recursive: true });
    await addTestKeys(kr, keys);
    const members = [];
    for (const [name, role] of [
      ["admin", "admin"],
      ["alice", "member"],
      ["bob", "member"],
      ["router", "router"],
    ] as const) {
      const x = await x25519Of(accounts.get(name)!.mnemonic);
      members.push({
        name,
        role,
        address: accounts.get(name)!.address,
        x25519PublicKey: Buffer.from(x.publicKey).toString("base64"),
      });
    }
    // The CLI derives the same key from the keyring (what members.json authors run).
    const pub = await ok(["l3", "pubkey", "--key", "alice", ...keyFlags()]);
    assert.deepEqual(pub, {
      name: "alice",
      address: members[1]!.address,
      x25519PublicKey: members[1]!.x25519PublicKey,
    });
    await writeFile(join(dir, "members.json"), JSON.stringify({ members }));
    const launched = await ok([
      "l3",
      "launch",
      "--name",
      "acme",
      "--members",
      join(dir, "members.json"),
      "--home",
      home,
      "--validators",
      "3",
      "--custody-threshold",
      "2",
      "--block-interval",
      "300",
      "--detach",
    ]);
    assert.equal(launched.chainId, "acme-l3");
    manifest = await readL3Manifest(home);
    node = manifest.validators[0]!.rpc;
  });

  after(async () => {
    for (const c of restarted) if (c.pid) await terminate(c.pid, 10_000);
    if (home) await strataRun(["l3", "stop", "--home", home]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** `label` signs one tx recording prompts encrypted under the current epoch (a member's client). */
  async function submitPrompts(label: string, ids: string[]): Promise<void> {
    const { address, mnemonic } = accounts.get(label)!;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "strata" });
    const client = await connectStrata(node, { signer: wallet, broadcastPollIntervalMs: 300 });
    try {
      registerL3Types(client.registry);
      const q = createL3Queries(client.comet);
      const pair = await x25519Of(mnemonic);
      const { epoch, key } = await fetchEpochKey(q, manifest.chainId, {
        address,
        x25519SecretKey: pair.secretKey,
      });
      await client.submit(
        address,
        ids.map((taskId) => ({
          typeUrl: L3TypeUrl.submitPrompt,
          value: strata.l3.v1.MsgSubmitPrompt.create({
            sender: address,
            taskId,
            model: "private@1",
            prompt: sealRecord(
              key,
              epoch,
              { chainId: manifest.chainId, taskId, field: "prompt" },
              text(taskId),
            ),
          }),
        })),
      );
    } finally {
      client.disconnect();
    }
  }

  /** What `label` reads of task `id` with its own key from the chain (undefined: no key, a coded crypto error). */
  async function readAs(label: string, id: string): Promise<string | undefined> {
    const comet = await connectComet(node);
    try {
      const q = createL3Queries(comet);
      const task = await q.task(id);
      const pair = await x25519Of(accounts.get(label)!.mnemonic);
      try {
        const epoch = await q.epoch(Number(task.prompt!.epoch));
        const key = await openEpochKey(
          pair.secretKey,
          accounts.get(label)!.address,
          manifest.chainId,
          epoch,
          await q.rewraps(),
        );
        return openRecordText(key, task.prompt!, { chainId: manifest.chainId, taskId: id, field: "prompt" });
      } catch (err) {
        assert.ok(err instanceof L3CryptoError, `expected a coded crypto error, got ${String(err)}`);
        return undefined;
      }
    } finally {
      comet.disconnect();
    }
  }

  const before_ = ["b1", "b2", "b3"];
  const after_ = ["a1", "a2", "a3"];
  const text = (id: string) => `board memo ${id}: confidential figures ${id.repeat(3)}`;

  it("stores prompts as ciphertext; members and the router decrypt them, a non-member cannot", async () => {
    const status = await ok(["l3", "status", "--home", home]);
    assert.equal(status.epoch, 1);
    assert.deepEqual(
      (status.validators as { up: boolean }[]).map((v) => v.up),
      [true, true, true],
    );
    await tx(["submit-prompt", "alice", "b1", text("b1")]);
    await submitPrompts("alice", ["b2", "b3"]);
    const stored = await ok(["query", "l3", "task", "b1", "--node", node]);
    const ciphertext = Buffer.from((stored.prompt as { ciphertext: string }).ciphertext, "base64");
    assert.ok(!ciphertext.includes(Buffer.from("board memo")), "the chain holds plaintext");
    const r = await decrypt("b1", "bob");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).prompt, text("b1"));
    for (const reader of ["router", "admin"]) assert.equal(await readAs(reader, "b2"), text("b2"));
    const outsider = await decrypt("b1", "carol");
    assert.equal(outsider.code, 1);
    assert.match(outsider.stderr, /cli:61.*l3crypto:6/);
  });

  it("refuses a non-admin's add-member with a clear error", async () => {
    const carol = await ok(["l3", "pubkey", "--key", "carol", ...keyFlags()]);
    const r = await cli([
      "tx",
      "l3",
      "add-member",
      "alice",
      String(carol.address),
      "--x25519",
      String(carol.x25519PublicKey),
      "--node",
      node,
      ...keyFlags(),
    ]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(`${out.codespace}:${out.code}`, "membership:3");
    assert.match(out.log, /not an admin/);
  });

  it("a removed member decrypts every record written before its removal and none after", async () => {
    await tx(["remove-member", "admin", accounts.get("bob")!.address]);
    assert.equal((await ok(["query", "l3", "epoch", "--node", node])).number, 2);
    await submitPrompts("alice", after_);
    let beforeOk = 0;
    for (const id of before_) if ((await readAs("bob", id)) === text(id)) beforeOk++;
    let afterOk = 0;
    for (const id of after_) if ((await readAs("bob", id)) !== undefined) afterOk++;
    assert.equal(beforeOk, before_.length);
    assert.equal(afterOk, 0);
    // The CLI says why: no key of epoch 2 for bob.
    const refused = await decrypt("a1", "bob");
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /no key for epoch 2.*l3crypto:6/);
    for (const id of after_) assert.equal(await readAs("alice", id), text(id));
  });

  it("a validator killed and restarted keeps its share and answers a new member's re-wrap", async () => {
    const live = manifest.pids!;
    const v2 = manifest.validators[2]!;
    const heightBefore = await waitForHeight(v2.rpc, 1, 10_000, () => false);
    process.kill(live[2]!.node, "SIGKILL");
    process.kill(live[2]!.keyservice, "SIGKILL");
    const procs = startValidator(manifest, v2, false);
    restarted.push(procs.node, procs.keyservice);
    await waitForHeight(v2.rpc, heightBefore + 3, 120_000, () => procs.node.exitCode !== null);
    const carol = await ok(["l3", "pubkey", "--key", "carol", ...keyFlags()]);
    await tx([
      "add-member",
      "admin",
      String(carol.address),
      "--x25519",
      String(carol.x25519PublicKey),
      "--name",
      "carol",
    ]);
    // Wait (bounded) until every custodian answered, the restarted one included.
    const comet = await connectComet(node);
    const q = createL3Queries(comet);
    try {
      let request = (await q.rewraps()).find((r) => r.recipient === carol.address);
      for (let i = 0; i < 600 && (request?.shares.length ?? 0) < 3; i++) {
        await new Promise((r) => setTimeout(r, 200));
        request = (await q.rewraps()).find((r) => r.recipient === carol.address);
      }
      assert.equal(request?.shares.length, 3, "not every custodian answered");
      // The restarted validator's share with any one other rebuilds the epoch key.
      const pair = await x25519Of(accounts.get("carol")!.mnemonic);
      const epoch = await q.epoch(2);
      const onlyWith = (custodian: string) => ({
        ...request!,
        shares: request!.shares.filter((s) => s.custodian === v2.operator || s.custodian === custodian),
      });
      const k = await keyFromRewrap(
        pair.secretKey,
        manifest.chainId,
        epoch,
        onlyWith(manifest.validators[0]!.operator),
      );
      const k2 = await keyFromRewrap(
        pair.secretKey,
        manifest.chainId,
        epoch,
        onlyWith(manifest.validators[1]!.operator),
      );
      assert.deepEqual(k, k2);
    } finally {
      comet.disconnect();
    }
    const r = await decrypt("a3", "carol");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).prompt, text("a3"));
  });

  it("the audit log lists every membership and key change in order", async () => {
    const { records } = (await ok(["query", "l3", "audit", "--node", node])) as unknown as {
      records: { seq: number; kind: string; subject: string; actor: string }[];
    };
    assert.deepEqual(
      records.map((r) => r.seq),
      records.map((_, i) => i + 1),
    );
    const kinds = records.map((r) => r.kind);
    assert.deepEqual(kinds.slice(0, 5), [
      "GENESIS_PARTY",
      "GENESIS_PARTY",
      "GENESIS_PARTY",
      "GENESIS_PARTY",
      "EPOCH_STARTED",
    ]);
    assert.deepEqual(kinds.slice(5, 8), ["CHANGE_PROPOSED", "PARTY_REMOVED", "EPOCH_STARTED"]);
    assert.equal(records[6]!.subject, accounts.get("bob")!.address);
    assert.equal(records[6]!.actor, accounts.get("admin")!.address);
    assert.deepEqual(kinds.slice(8, 11), ["CHANGE_PROPOSED", "MEMBER_ADDED", "REWRAP_REQUESTED"]);
    assert.equal(kinds.filter((k) => k === "REWRAP_SHARE_SUBMITTED").length, 3);
    assert.equal(kinds.filter((k) => k === "REWRAP_FULFILLED").length, 1);
  });
});
