/**
 * A member's chat completion through an allow-listed router process, end to end: an L2 node with
 * the tiny model VERIFIED, an L3 node (layer l3) whose genesis lists the member and the router, the
 * L3 registered on L2, two routers started through the CLI with `--l2 --l3` (one allow-listed, one
 * not), a private session (`l3_chain_id`) and the unmodified `openai` client.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, type SigningStargateClient } from "@cosmjs/stargate";
import OpenAI from "openai";
import { childChainOverRpc } from "../../batcher/index.js";
import { ed25519Generate, sha256 } from "../../chain/core/crypto/index.js";
import {
  generateX25519KeyPair,
  L3CryptoCode,
  L3CryptoError,
  openRecordText,
  unwrapEpochKey,
} from "../../chain/l3-privacy/crypto/index.js";
import { prepareL3Genesis } from "../../chain/l3-privacy/index.js";
import {
  connectStrataL2,
  msgAttestModel,
  msgOpenSession,
  msgPublishModel,
  msgRegisterNode,
  newApiKey,
  Role,
  StrataClient,
  type StrataL2Client,
} from "../../client/index.js";
import { REGISTER_L3_TYPE_URL, registerL3RegistryTypes } from "../../l3-anchor/index.js";
import { strata as proto } from "../../proto/gen/strata.js";
import { l3PortOverClient, x25519FromMnemonic } from "../../router-node/chain/l3/index.js";
import { digestFile } from "../../router-node/index.js";
import { addTestKeys, connectL2Signer, TestNode } from "../helpers/l1Node.js";
import { runStrata, type SpawnedRouter, spawnRouter } from "../router-node/helpers/spawnRouter.js";
import { type TinyModelFixture, tinyModelFixture } from "../router-node/helpers/tinyModel.js";
import { type L3Node, startL3Node } from "./l3Node.js";

const MODEL = "tiny@1";
const L3_CHAIN = "acme-l3-router";
const PROMPT = "hello";

async function until<T>(what: string, probe: () => Promise<T | undefined>, tries = 600): Promise<T> {
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

describe("e2e: a member's private chat completion through an allow-listed router (L2 + L3 + routers)", function () {
  this.timeout(300_000);
  let fx: TinyModelFixture;
  let node: TestNode;
  let l3: L3Node;
  let owner: SigningStargateClient;
  let guard: SigningStargateClient;
  let l2: StrataL2Client;
  let keyHome: string;
  let encPath = "";
  let encDir = "";
  let rogueEncrypted: { code: number | string; stdout: string; stderr: string } | undefined;
  const routers: { ok?: SpawnedRouter; rogue?: SpawnedRouter } = {};
  const clients: StrataClient[] = [];
  const sessionKey = newApiKey();
  const operatorOf = (i: number) => node.accounts[i]!.address;
  const logs = () =>
    `--- router ---\n${routers.ok?.stderr().slice(-3000) ?? ""}\n--- rogue ---\n${routers.rogue?.stderr().slice(-1500) ?? ""}`;

  before(async () => {
    fx = await tinyModelFixture();
    const digest = await digestFile(fx.path);
    // L2 accounts: 0 the member (session owner), 1 a guard, 2 the allow-listed router, 3 a router not allow-listed.
    node = await TestNode.create({
      layer: "l2",
      accounts: 4,
      blockIntervalMs: 200,
      balance: 10_000_000_000n,
    });
    owner = await connectL2Signer(node, 0);
    guard = await connectL2Signer(node, 1);
    l2 = await connectStrataL2(node.rpc);
    // The L3: an admin, the member (L2 account 0) and the router (account 2) with X25519 keys
    // derived from their account keys; two custodians.
    const admin = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
    const adminAddress = (await admin.getAccounts())[0]!.address;
    const custodians = await Promise.all(
      [0, 1].map(() => DirectSecp256k1HdWallet.generate(12, { prefix: "strata" })),
    );
    const custodianAddresses = await Promise.all(
      custodians.map(async (c) => (await c.getAccounts())[0]!.address),
    );
    const x = async (i: number) => x25519FromMnemonic(node.accounts[i]!.wallet.mnemonic);
    l3 = await startL3Node(async (pubKey) =>
      prepareL3Genesis({
        chainId: L3_CHAIN,
        genesisTime: new Date().toISOString(),
        validators: [{ name: "v0", pubKey: Buffer.from(pubKey).toString("base64"), power: "10" }],
        accounts: [adminAddress, operatorOf(0), operatorOf(2), operatorOf(3), ...custodianAddresses].map(
          (address) => ({
            address,
            amount: 10n ** 12n,
          }),
        ),
        parties: [
          {
            address: adminAddress,
            role: "ADMIN",
            x25519PublicKey: (await x25519FromMnemonic(admin.mnemonic)).publicKey,
          },
          { address: operatorOf(0), role: "MEMBER", x25519PublicKey: (await x(0)).publicKey, name: "alice" },
          { address: operatorOf(2), role: "ROUTER", x25519PublicKey: (await x(2)).publicKey, name: "router" },
        ],
        custodians: custodianAddresses.map((address) => ({
          address,
          x25519PublicKey: generateX25519KeyPair().publicKey,
        })),
      }),
    );
    // The model is a PRIVATE version: encrypted for the L3's parties by the CLI, the registry pins
    // the ciphertext; the allow-listed router serves it from the encrypted file.
    encDir = await mkdtemp(join(tmpdir(), "strata-l3router-model-"));
    encPath = join(encDir, "tiny-private.gguf.enc");
    const out = await runStrata([
      "model",
      "encrypt",
      "--weights",
      fx.path,
      "--out",
      encPath,
      "--model-id",
      MODEL,
      "--l3",
      l3.rpc,
      "--l3-chain-id",
      L3_CHAIN,
      "--output",
      "json",
    ]);
    assert.equal(out.code, 0, out.stderr);
    const encrypted = JSON.parse(out.stdout) as { encryptedWeightsSha256: string; readers: string[] };
    assert.equal(encrypted.encryptedWeightsSha256, await digestFile(encPath));
    assert.ok(encrypted.readers.includes(operatorOf(2)) && !encrypted.readers.includes(operatorOf(3)));
    assertIsDeliverTxSuccess(
      await owner.signAndBroadcast(
        operatorOf(0),
        [
          msgPublishModel({
            owner: operatorOf(0),
            name: "tiny",
            version: "1",
            weightsSha256: digest,
            weightsSize: (await stat(fx.path)).size,
            visibility: proto.models.v1.Visibility.VISIBILITY_PRIVATE,
            encryptedWeightsSha256: encrypted.encryptedWeightsSha256,
            format: "gguf",
            quantization: "F32",
            storageUris: [`file://${encPath}`],
            priceInputPer_1k: "100",
            priceOutputPer_1k: "200",
          }),
        ],
        "auto",
      ),
    );
    assertIsDeliverTxSuccess(
      await guard.signAndBroadcast(
        operatorOf(1),
        [
          msgRegisterNode({
            operator: operatorOf(1),
            roles: [Role.ROLE_GUARD],
            pubkey: ed25519Generate().key.pubKey,
            capacity: 0,
            pricePer_1k: "0",
            stake: "1000000",
          }),
          msgAttestModel({ guard: operatorOf(1), id: MODEL, weightsSha256: digest }),
        ],
        "auto",
      ),
    );
    const creator = await StrataClient.connect(node.rpc, {
      signer: node.accounts[0]!.wallet,
      broadcastPollIntervalMs: 100,
    });
    clients.push(creator);
    registerL3RegistryTypes(creator);
    await creator.submit(operatorOf(0), [
      {
        typeUrl: REGISTER_L3_TYPE_URL,
        value: {
          creator: operatorOf(0),
          chainId: L3_CHAIN,
          name: "acme",
          validators: [{ pubKey: l3.validatorPubKey, power: 10 }],
          admins: [operatorOf(0)],
          genesisSha256: sha256(l3.genesisBytes),
        },
      },
    ]);
    keyHome = await mkdtemp(join(tmpdir(), "strata-l3router-keys-"));
    await addTestKeys(keyHome, [
      ["ok", node.accounts[2]!.wallet.mnemonic],
      ["rogue", node.accounts[3]!.wallet.mnemonic],
    ]);
    const args = (name: "ok" | "rogue", model = name === "ok" ? encPath : fx.path) => [
      "--model",
      model,
      "--context-size",
      "512",
      "--l2",
      node.rpc,
      "--key",
      name,
      "--keyring-home",
      keyHome,
      "--keyring-backend",
      "test",
      "--home",
      join(keyHome, `router-${name}`),
      "--l2-model",
      MODEL,
      "--price",
      "5",
      "--l3",
      l3.rpc,
      "--l3-chain-id",
      L3_CHAIN,
      "--log-level",
      "debug",
    ];
    [routers.ok, routers.rogue] = await Promise.all([spawnRouter(args("ok")), spawnRouter(args("rogue"))]);
    // A router not allow-listed when the model was encrypted holds no wrap: it stops at start.
    rogueEncrypted = await runStrata([
      "router",
      "start",
      ...args("rogue", encPath),
      "--home",
      join(keyHome, "router-rogue-enc"),
      "--port",
      "0",
    ]);
    assertIsDeliverTxSuccess(
      await owner.signAndBroadcast(
        operatorOf(0),
        [
          msgOpenSession({
            owner: operatorOf(0),
            model: MODEL,
            redundancy: 1,
            maxPricePer_1k: "200",
            deposit: "10000000",
            apiKeySha256: sessionKey.sha256,
            durationBlocks: 100_000,
            l3ChainId: L3_CHAIN,
          }),
        ],
        "auto",
      ),
    );
  });

  after(async () => {
    await Promise.allSettled([routers.ok?.stop(), routers.rogue?.stop()]);
    for (const c of clients) c.disconnect();
    owner?.disconnect();
    guard?.disconnect();
    l2?.disconnect();
    await l3?.stop();
    await node?.destroy();
    if (keyHome) await rm(keyHome, { recursive: true, force: true });
    if (encDir) await rm(encDir, { recursive: true, force: true });
    await fx?.remove();
  });

  it("streams the member's completion; the L3 holds only ciphertext the member and router open; L2 holds the digest", async () => {
    const openai = new OpenAI({ baseURL: routers.ok!.baseURL, apiKey: sessionKey.key, maxRetries: 0 });
    const { data: stream, response } = await openai.chat.completions
      .create({
        model: MODEL,
        messages: [{ role: "user", content: PROMPT }],
        max_tokens: 16,
        temperature: 0,
        stream: true,
      })
      .withResponse()
      .catch((err) => {
        throw new Error(`${(err as Error).message}\n${logs()}`);
      });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    assert.ok(text.length > 0, "a completion was streamed");
    const taskId = response.headers.get("x-strata-task-id")!;
    assert.match(taskId, /^[0-9a-f]{64}$/);

    // The L3 record: ciphertext only (bytes), opened by the member's and the router's wraps.
    const memberClient = await StrataClient.connect(l3.rpc, { signer: node.accounts[0]!.wallet });
    clients.push(memberClient);
    const port = l3PortOverClient(memberClient, L3_CHAIN, operatorOf(0));
    const stored = await until("the task on the L3", async () => (await port.task(taskId)) ?? undefined);
    const storedBytes = Buffer.from(proto.l3.v1.PrivateTask.encode(stored).finish());
    assert.equal(storedBytes.includes(Buffer.from(text)), false, "the completion is in the L3 record");
    assert.equal(
      storedBytes.includes(Buffer.from(`"content":"${PROMPT}"`)),
      false,
      "the prompt is in the L3 record",
    );
    const l3Blocks = childChainOverRpc(l3.rpc);
    const tip = await l3Blocks.latestHeight();
    for (let h = 1; h <= tip; h++) {
      const b = Buffer.from((await l3Blocks.block(h)).block);
      assert.equal(b.includes(Buffer.from(text)), false, `completion in L3 block ${h}`);
    }
    const epoch = await port.currentEpoch();
    const epochLike = {
      number: epoch.number!,
      keyId: epoch.keyId!,
      threshold: epoch.threshold!,
      wraps: epoch.wraps!,
    };
    const rec = (r: proto.l3.v1.IEncryptedRecord) => ({
      epoch: Number(r.epoch),
      nonce: r.nonce!,
      ciphertext: r.ciphertext!,
    });
    const ctx = { chainId: L3_CHAIN, taskId };
    for (const i of [0, 2]) {
      const kp = await x25519FromMnemonic(node.accounts[i]!.wallet.mnemonic);
      const key = unwrapEpochKey(kp.secretKey, operatorOf(i), L3_CHAIN, epochLike);
      assert.equal(openRecordText(key, rec(stored.completion!), { ...ctx, field: "completion" }), text);
      assert.match(openRecordText(key, rec(stored.prompt!), { ...ctx, field: "prompt" }), new RegExp(PROMPT));
    }
    // The non-allow-listed router (account 3) holds no wrap.
    const rogueKp = await x25519FromMnemonic(node.accounts[3]!.wallet.mnemonic);
    assert.throws(
      () => unwrapEpochKey(rogueKp.secretKey, operatorOf(3), L3_CHAIN, epochLike),
      (e: unknown) => e instanceof L3CryptoError && e.code === L3CryptoCode.noAccess,
    );

    // L2: the task recorded with receipts and revealed as the L3 digest, never the text.
    const task = await until("the task recorded and revealed on L2", async () => {
      const t = await l2.query.tasks.task(taskId);
      return t && t.reveals.length === 1 ? t : undefined;
    });
    assert.equal(task.reveals[0]!.output, `l3:${Buffer.from(stored.digest!).toString("hex")}`);
    assert.equal(task.reveals[0]!.prompt ?? "", "");
    const l2Blocks = childChainOverRpc(node.rpc);
    const l2Tip = await l2Blocks.latestHeight();
    for (let h = 1; h <= l2Tip; h++) {
      const b = Buffer.from((await l2Blocks.block(h)).block);
      assert.equal(b.includes(Buffer.from(text)), false, `completion in L2 block ${h}`);
    }
  });

  it("a router not on the L3's allow-list answers 403 with a clear error", async () => {
    const openai = new OpenAI({ baseURL: routers.rogue!.baseURL, apiKey: sessionKey.key, maxRetries: 0 });
    await assert.rejects(
      openai.chat.completions.create({
        model: MODEL,
        messages: [{ role: "user", content: PROMPT }],
        max_tokens: 8,
      }),
      (err: unknown) => {
        const e = err as { status?: number; message?: string };
        assert.equal(e.status, 403, logs());
        assert.match(e.message ?? "", /is not on the allow-list of L3 chain acme-l3-router/);
        return true;
      },
    );
  });

  it("serves the private model from its encrypted file; a router without a wrap stops at start with a clear error", async () => {
    // The first test's completion came from the allow-listed router serving `encPath` (its only model).
    assert.ok(rogueEncrypted, "the rogue start ran");
    assert.notEqual(rogueEncrypted!.code, 0);
    assert.match(rogueEncrypted!.stderr + rogueEncrypted!.stdout, /no weights key of tiny@1 for/);
    assert.match(
      rogueEncrypted!.stderr + rogueEncrypted!.stdout,
      /not an allow-listed router when it was encrypted/,
    );
  });
});
