/**
 * L3 private tasks and anchoring over real processes: an L3 node (`strata start`, layer l3, a
 * genesis from the L3 builder with an admin, a member, an allow-listed router and two custodians),
 * an L2 node (layer l2), the L3 → L2 anchorer, and the router's private-task side over the L3's
 * RPC. A member's task is recorded as ciphertext; the plaintext occurs in no stored record and no
 * L3 or L2 block (bytes); the member and the router decrypt it, a non-member and a non-allow-listed
 * router cannot; L2 holds the L3's anchored headers.
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Comet38Client, HttpClient } from "@cosmjs/tendermint-rpc";
import { childChainOverRpc } from "../../batcher/index.js";
import { decodeBlock } from "../../chain/core/block/index.js";
import { ed25519FromSeed, sha256 } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { homePaths, loadKeyFile } from "../../chain/core/node/index.js";
import { decodeBatchHeader } from "../../chain/core/rollup/index.js";
import { createL3Queries } from "../../chain/l3-privacy/client/index.js";
import {
  generateX25519KeyPair,
  L3CryptoCode,
  L3CryptoError,
  openRecordText,
  unwrapEpochKey,
  type X25519KeyPair,
} from "../../chain/l3-privacy/crypto/index.js";
import { prepareL3Genesis } from "../../chain/l3-privacy/index.js";
import { StrataClient } from "../../client/index.js";
import { type L3ChainResponse, startExplorer } from "../../explorer/index.js";
import { REGISTER_L3_TYPE_URL, registerL3RegistryTypes, startL3Anchor } from "../../l3-anchor/index.js";
import { freePort } from "../../localnet/index.js";
import { strata as proto } from "../../proto/gen/strata.js";
import {
  createPrivateTasks,
  l3PortOverClient,
  x25519FromMnemonic,
} from "../../router-node/chain/l3/index.js";
import { RouterError, RouterErrorCode } from "../../router-node/errors.js";
import { startNodeProcess, stopProcess, strata, TestNode } from "../helpers/l1Node.js";

const L3_CHAIN = "acme-l3-e2e";
const SECRET_PROMPT = "Confidential: acquire Initech for 12.5M before Friday";
const SECRET_COMPLETION = "Board summary: the Initech offer stays under 12.5M";

interface Party {
  wallet: DirectSecp256k1HdWallet;
  address: string;
  x: X25519KeyPair;
}

async function party(): Promise<Party> {
  const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
  return {
    wallet,
    address: (await wallet.getAccounts())[0]!.address,
    x: await x25519FromMnemonic(wallet.mnemonic),
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("L3 private tasks, ciphertext on chain and anchoring on L2 (real processes)", function () {
  this.timeout(240_000);
  let l2: TestNode | undefined;
  const l3 = { home: "", stderr: "", rpc: "", child: undefined as ChildProcess | undefined };
  let anchor: Awaited<ReturnType<typeof startL3Anchor>> | undefined;
  const clients: StrataClient[] = [];
  let admin: Party;
  let alice: Party;
  let router: Party;
  let bob: Party;
  let rogue: Party;
  let genesisBytes: Uint8Array;
  let validatorPubKey: Uint8Array;

  before(async () => {
    [admin, alice, router, bob, rogue] = await Promise.all([party(), party(), party(), party(), party()]);
    const custodians = [generateX25519KeyPair(), generateX25519KeyPair()];
    const custodianAccounts = [await party(), await party()];
    const build = (pubKey: Uint8Array) =>
      prepareL3Genesis({
        chainId: L3_CHAIN,
        genesisTime: new Date().toISOString(),
        validators: [{ name: "v0", pubKey: Buffer.from(pubKey).toString("base64"), power: "10" }],
        accounts: [admin, alice, router, bob, rogue, ...custodianAccounts].map((p) => ({
          address: p.address,
          amount: 10n ** 12n,
        })),
        parties: [
          { address: admin.address, role: "ADMIN", x25519PublicKey: admin.x.publicKey, name: "admin" },
          { address: alice.address, role: "MEMBER", x25519PublicKey: alice.x.publicKey, name: "alice" },
          { address: router.address, role: "ROUTER", x25519PublicKey: router.x.publicKey, name: "router" },
        ],
        custodians: custodianAccounts.map((c, i) => ({
          address: c.address,
          x25519PublicKey: custodians[i]!.publicKey,
          name: `custodian${i}`,
        })),
      });
    // `strata init --layer l3 --genesis` makes the home and keys; the genesis is then rebuilt
    // around the validator key it generated (what `strata l3 launch` does for its validators).
    l3.home = await mkdtemp(join(tmpdir(), "strata-l3e2e-"));
    const placeholder = join(l3.home, "placeholder-genesis.json");
    await writeFile(
      placeholder,
      JSON.stringify(await build(ed25519FromSeed(new Uint8Array(32).fill(1)).pubKey)),
    );
    const home = join(l3.home, "node");
    await strata([
      "init",
      "--home",
      home,
      "--layer",
      "l3",
      "--genesis",
      placeholder,
      "--block-interval",
      "200",
    ]);
    validatorPubKey = (await loadKeyFile(homePaths(home).validatorKey)).pubKey;
    const text = JSON.stringify(await build(validatorPubKey));
    await writeFile(homePaths(home).genesis, text);
    genesisBytes = new TextEncoder().encode(text);
    const rpcPort = await freePort();
    const node = { home, stderr: "" };
    l3.child = await startNodeProcess(node, { rpcPort, p2pPort: await freePort() });
    l3.rpc = `http://127.0.0.1:${rpcPort}`;

    l2 = await TestNode.create({ layer: "l2", accounts: 2, blockIntervalMs: 200, balance: 10_000_000_000n });
    const creator = await StrataClient.connect(l2.rpc, {
      signer: l2.accounts[0]!.wallet,
      broadcastPollIntervalMs: 100,
    });
    clients.push(creator);
    registerL3RegistryTypes(creator);
    await creator.submit(l2.accounts[0]!.address, [
      {
        typeUrl: REGISTER_L3_TYPE_URL,
        value: {
          creator: l2.accounts[0]!.address,
          chainId: L3_CHAIN,
          name: "acme",
          validators: [{ pubKey: validatorPubKey, power: 10 }],
          admins: [l2.accounts[0]!.address],
          genesisSha256: sha256(genesisBytes),
        },
      },
    ]);
    anchor = await startL3Anchor(
      { l3: l3.rpc, l2: l2.rpc, pollMs: 100 },
      { logger: nullLogger, l2Signer: l2.accounts[1]!.wallet },
    );
  });

  after(async () => {
    await anchor?.stop();
    for (const c of clients) c.disconnect();
    await stopProcess(l3.child, "SIGTERM");
    if (l3.home) await rm(l3.home, { recursive: true, force: true });
    await l2?.destroy();
  });

  it("records a member's task as ciphertext; member and router decrypt; non-member, rogue router and L2 cannot", async () => {
    const routerClient = await StrataClient.connect(l3.rpc, {
      signer: router.wallet,
      broadcastPollIntervalMs: 100,
    });
    clients.push(routerClient);
    const port = l3PortOverClient(routerClient, L3_CHAIN, router.address);
    const tasks = createPrivateTasks(
      { router: router.address, x25519: router.x },
      { port, logger: nullLogger },
    );
    await tasks.ensureAllowed();
    await tasks.ensureMember(alice.address);

    // A router that is not on the allow-list is refused with a clear 403.
    const rogueClient = await StrataClient.connect(l3.rpc, {
      signer: rogue.wallet,
      broadcastPollIntervalMs: 100,
    });
    clients.push(rogueClient);
    const rogueTasks = createPrivateTasks(
      { router: rogue.address, x25519: rogue.x },
      { port: l3PortOverClient(rogueClient, L3_CHAIN, rogue.address), logger: nullLogger },
    );
    await assert.rejects(rogueTasks.ensureAllowed(), (e: unknown) => {
      assert.ok(e instanceof RouterError);
      assert.equal(e.code, RouterErrorCode.PermissionDenied);
      assert.match(e.message, /is not on the allow-list of L3 chain acme-l3-e2e/);
      return true;
    });

    const recorded = await tasks.record({
      taskId: "task-e2e-1",
      requester: alice.address,
      model: "acme/model@1",
      prompt: SECRET_PROMPT,
      completion: SECRET_COMPLETION,
    });
    const stored = (await port.task("task-e2e-1"))!;
    assert.ok(stored, "the L3 holds the task");
    assert.deepEqual(Buffer.from(stored.digest!), Buffer.from(recorded.digest));
    const secrets = [SECRET_PROMPT, SECRET_COMPLETION, "Initech"].map((s) => Buffer.from(s));
    const storedBytes = Buffer.from(proto.l3.v1.PrivateTask.encode(stored).finish());
    for (const s of secrets) assert.equal(storedBytes.includes(s), false, "plaintext in the stored record");

    // Every L3 block (the task's included) as the node serves it: no plaintext bytes.
    const l3Blocks = childChainOverRpc(l3.rpc);
    const tip = await l3Blocks.latestHeight();
    assert.ok(tip >= recorded.height);
    let sawTaskTx = false;
    for (let h = 1; h <= tip; h++) {
      const b = Buffer.from((await l3Blocks.block(h)).block);
      for (const s of secrets) assert.equal(b.includes(s), false, `plaintext in L3 block ${h}`);
      if (b.includes(Buffer.from("task-e2e-1"))) sawTaskTx = true;
    }
    assert.ok(sawTaskTx, "the task's tx is in an L3 block");

    // The member and the router decrypt it.
    assert.deepEqual(await tasks.open(stored), { prompt: SECRET_PROMPT, completion: SECRET_COMPLETION });
    const epoch = await port.currentEpoch();
    const aliceKey = unwrapEpochKey(alice.x.secretKey, alice.address, L3_CHAIN, {
      number: epoch.number!,
      keyId: epoch.keyId!,
      threshold: epoch.threshold!,
      wraps: epoch.wraps!,
    });
    const rec = (r: proto.l3.v1.IEncryptedRecord) => ({
      epoch: Number(r.epoch),
      nonce: r.nonce!,
      ciphertext: r.ciphertext!,
    });
    const ctx = { chainId: L3_CHAIN, taskId: "task-e2e-1" };
    assert.equal(openRecordText(aliceKey, rec(stored.prompt!), { ...ctx, field: "prompt" }), SECRET_PROMPT);
    assert.equal(
      openRecordText(aliceKey, rec(stored.completion!), { ...ctx, field: "completion" }),
      SECRET_COMPLETION,
    );
    // A non-member and the non-allow-listed router hold no wrap: nothing to open the records with.
    for (const p of [bob, rogue])
      assert.throws(
        () =>
          unwrapEpochKey(p.x.secretKey, p.address, L3_CHAIN, {
            number: epoch.number!,
            keyId: epoch.keyId!,
            threshold: epoch.threshold!,
            wraps: epoch.wraps!,
          }),
        (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
      );
    // Any other key (what L2 or anyone without a wrap has) fails authentication on the bytes.
    assert.throws(
      () =>
        openRecordText(generateX25519KeyPair().secretKey, rec(stored.prompt!), { ...ctx, field: "prompt" }),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.aeadFailure,
    );

    // L2 holds the L3's anchored headers, past the block that recorded the task (its state root is
    // in header height + 1); no L2 block holds the plaintext.
    const want = recorded.height + 1;
    const l2Client = clients[0]!;
    const latest = await until("the anchorer to reach the task's block", async () => {
      const { value } = await l2Client.query.queryAbci(
        "/strata.l3registry.v1.Query/Latest",
        proto.l3registry.v1.QueryLatestRequest.encode({ chainId: "acme" }).finish(),
      );
      const h = proto.l3registry.v1.QueryLatestResponse.decode(value).header;
      return h && Number(h.number) >= want ? h : undefined;
    });
    const header = decodeBatchHeader(Uint8Array.from(latest.header!));
    assert.equal(new TextDecoder().decode(header.chainId), L3_CHAIN);
    assert.ok(header.number >= BigInt(want));
    const anchoredBlock = await l3Blocks.block(Number(header.number));
    assert.deepEqual(
      Buffer.from(header.stateRoot),
      Buffer.from(decodeBlock(anchoredBlock.block).header.appHash),
    );
    const l2Blocks = childChainOverRpc(l2!.rpc);
    const l2Tip = await l2Blocks.latestHeight();
    for (let h = 1; h <= l2Tip; h++) {
      const b = Buffer.from((await l2Blocks.block(h)).block);
      for (const s of secrets) assert.equal(b.includes(s), false, `plaintext in L2 block ${h}`);
    }
  });

  it("the explorer's L3 page (--l3) lists the L3's audit log as Query/Audit answers it; without --l3 it says so", async () => {
    // The explorer needs an L1 URL; this test has no L1, so the L2 node stands in for it (only the
    // L2 and L3 are read here).
    const explorer = await startExplorer(
      { l1: l2!.rpc, l2: l2!.rpc, l3: [l3.rpc], port: 0 },
      { logger: nullLogger },
    );
    const bare = await startExplorer({ l1: l2!.rpc, l2: l2!.rpc, port: 0 }, { logger: nullLogger });
    // No L2: the L3 page is served from the --l3 node alone (no registration, no anchored headers).
    const l3only = await startExplorer({ l1: l2!.rpc, l3: [l3.rpc], port: 0 }, { logger: nullLogger });
    const comet = Comet38Client.create(new HttpClient(l3.rpc));
    try {
      const fetchL3 = (base: string) =>
        until("the explorer's L3 chain API", async () => {
          const res = await fetch(`${base}/api/l3/${L3_CHAIN}`);
          if (res.status !== 200) return undefined;
          return { text: await res.text() };
        });
      const got = await fetchL3(explorer.url);
      const page = JSON.parse(got.text) as L3ChainResponse;
      const records = await createL3Queries(comet).audit();
      const epoch = await createL3Queries(comet).epoch();
      assert.equal(page.l3.state, "ok", page.l3.message);
      assert.equal(page.l3.node, l3.rpc);
      assert.ok(records.length >= 3, "genesis parties and the first epoch are on the log");
      // The log may grow between the two reads: the explorer's rows are a prefix of the chain's.
      const rows = page.l3.rows;
      assert.ok(rows.length >= 1 && rows.length <= records.length);
      assert.deepEqual(
        rows.map((r) => [r.seq, r.height, r.actor, r.subject, r.epoch, r.refId, r.detail]),
        records
          .slice(0, rows.length)
          .map((r) => [
            Number(r.seq),
            Number(r.height),
            r.actor,
            r.subject,
            Number(r.epoch),
            Number(r.refId),
            r.detail,
          ]),
      );
      assert.ok(rows.some((r) => r.kind === "genesis party" && r.subject === alice.address));
      assert.equal(page.l3.epoch?.number, Number(epoch.number));
      for (const s of [SECRET_PROMPT, SECRET_COMPLETION]) assert.equal(got.text.includes(s), false);

      const none = JSON.parse((await fetchL3(bare.url)).text) as L3ChainResponse;
      assert.equal(none.l3.state, "none");
      assert.equal(
        none.l3.message,
        "audit log: no L3 node configured for this chain (strata explorer --l3 URL)",
      );
      assert.deepEqual(none.l3.rows, []);

      const alone = JSON.parse((await fetchL3(l3only.url)).text) as L3ChainResponse;
      assert.equal(alone.chain, null);
      assert.equal(alone.l3.state, "ok");
      assert.deepEqual(
        alone.l3.rows.slice(0, rows.length).map((r) => r.seq),
        rows.map((r) => r.seq),
      );
      const unknown = await fetch(`${l3only.url}/api/l3/not-this-chain`);
      assert.equal(unknown.status, 404);
    } finally {
      comet.disconnect();
      await explorer.close();
      await bare.close();
      await l3only.close();
    }
  });
});
