import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coins, DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  assertIsDeliverTxSuccess,
  type DeliverTxResponse,
  GasPrice,
  SigningStargateClient,
  StargateClient,
  type StdFee,
} from "@cosmjs/stargate";
import OpenAI from "openai";
import { type Ed25519KeyPair, ed25519Generate } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { moduleAddress } from "../../chain/core/modules/auth/index.js";
import {
  connectStrataL2,
  createStrataRegistry,
  decodeStrataMsgResponse,
  Method,
  ModelStatus,
  msgAttestModel,
  msgCloseSession,
  msgOpenSession,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRevealResults,
  msgSubmitScores,
  newApiKey,
  type ReceiptFields,
  Role,
  receiptSignBytes,
  SessionStatus,
  type StrataL2Client,
  TaskStatus,
} from "../../client/index.js";
import { type Localnet, type LocalnetManifest, localnetUp } from "../../localnet/index.js";
import type { strata as proto } from "../../proto/gen/strata.js";
import { strata } from "../helpers/l1Node.js";

const DENOM = "ustra";
const SCALE = 1_000_000;
const STAKE = "1000000";
/** A fixed fee (gas price 0.0025), so balance changes can be accounted for exactly. */
const FEE: StdFee = { amount: coins(5000, DENOM), gas: "2000000" };

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** The commitment an executor records: sha256(utf8(output) ‖ salt bytes), computed here independently. */
function commitment(output: string, saltHex: string): string {
  return createHash("sha256")
    .update(Buffer.from(output, "utf8"))
    .update(Buffer.from(saltHex, "hex"))
    .digest("hex");
}

/** One development account with its unmodified cosmjs signing client on L2. */
interface Actor {
  name: string;
  address: string;
  client: SigningStargateClient;
}

/** One executor's run of one task: the router's real output and what the receipt commits to. */
interface Run {
  executor: Actor;
  key: Ed25519KeyPair;
  output: string;
  salt: string;
  inputTokens: number;
  outputTokens: number;
}

// The inference marketplace end to end over the localnet's real processes (L1, L2 and router
// nodes started by `localnetUp`, each its own OS process): unmodified cosmjs with the strata
// registry sends every message, outputs come from the router through the unmodified `openai`
// client, receipts are signed with each executor's ed25519 node key over receiptSignBytes.
describe("L2 marketplace lifecycle on the localnet (real processes)", function () {
  this.timeout(300_000);
  let home: string;
  let net: Localnet;
  let manifest: LocalnetManifest;
  let l2rpc: string;
  let chainId: string;
  let query: StrataL2Client;
  let actors: Actor[];
  const keys = new Map<string, Ed25519KeyPair>();
  let user: Actor;
  let router: Actor;
  let executors: Actor[];
  let guard: Actor;
  let initialSupply: bigint;
  const NEW_MODEL = "tiny@2";
  let digest: string;
  let sessionId: number;
  let apiKey: { key: string; sha256: string };
  const tasks: { id: string; prompt: string; runs: Run[] }[] = [];
  let recordedHeight: number;

  const balance = async (address: string) => BigInt((await query.query.bank.balance(address, DENOM)).amount);
  const send = async (actor: Actor, msgs: Parameters<SigningStargateClient["signAndBroadcast"]>[1]) => {
    const res = await actor.client.signAndBroadcast(actor.address, msgs, FEE);
    assertIsDeliverTxSuccess(res);
    return res;
  };
  const firstResponse = (res: DeliverTxResponse) => decodeStrataMsgResponse(res.msgResponses[0]!)!;
  /** Escrow held by the sessions module account and the sum of OPEN sessions' balances. */
  const escrow = async () => {
    const { sessions } = await query.query.sessions.list();
    const open = sessions
      .filter((s) => s.status === SessionStatus.SESSION_STATUS_OPEN)
      .reduce((sum, s) => sum + BigInt(s.balance), 0n);
    return { held: await balance(moduleAddress("sessions")), open };
  };

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-l2-localnet-"));
    net = await localnetUp({
      home,
      detach: false,
      blockIntervalMs: 200,
      accounts: 5,
      // This test registers its own router, executors and guard: no marketplace at genesis.
      marketplace: false,
      // Windows long enough for a loaded machine; the lifecycle never waits for them to pass.
      l2Modules: { tasks: { params: { revealBlocks: 50 } }, scores: { params: { scoreBlocks: 50 } } },
      logger: nullLogger,
    });
    manifest = net.manifest;
    l2rpc = manifest.chains.l2!.rpc[0]!;
    chainId = manifest.chains.l2!.chainId;
    query = await connectStrataL2(l2rpc);
    const gasPrice = GasPrice.fromString(`0.0025${DENOM}`);
    actors = await Promise.all(
      manifest.accounts
        .filter((a) => a.name.startsWith("dev"))
        .map(async (a) => {
          const wallet = await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: "strata" });
          const client = await SigningStargateClient.connectWithSigner(l2rpc, wallet, {
            registry: createStrataRegistry(),
            gasPrice,
            broadcastPollIntervalMs: 100,
          });
          return { name: a.name, address: a.address, client };
        }),
    );
    // dev0 uses the marketplace (and owns the new model version), dev1 routes and executes,
    // dev2 and dev3 execute, dev4 guards.
    [user, router] = [actors[0]!, actors[1]!];
    executors = [actors[1]!, actors[2]!, actors[3]!];
    guard = actors[4]!;
    for (const a of [...executors, guard]) keys.set(a.address, ed25519Generate().key);
    digest = manifest.routers[0]!.digest;
    initialSupply = BigInt((await query.query.bank.supplyOf(DENOM)).amount);
  });

  after(async () => {
    for (const a of actors ?? []) a.client.disconnect();
    query?.disconnect();
    await net?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("lists the built-in model on L2 at genesis: VERIFIED, its real sha256 and size, priced, owned by dev0", async () => {
    const router0 = manifest.routers[0]!;
    const model = await query.query.models.model("tiny@1");
    assert.ok(model);
    assert.equal(model.status, ModelStatus.MODEL_STATUS_VERIFIED);
    assert.equal(model.weightsSha256, digest);
    assert.equal(model.weightsSize, (await stat(router0.modelFile)).size);
    assert.equal(model.owner, user.address);
    assert.equal(model.priceInputPer_1k, "1000");
    assert.equal(model.priceOutputPer_1k, "2000");
    const listed = JSON.parse(await strata(["query", "models", "list", "--node", l2rpc, "-o", "json"]));
    assert.deepEqual(
      listed.models.map((m: { id: string }) => m.id),
      ["tiny@1"],
    );
    // The development accounts are funded with the same addresses on both chains: on L2 by one
    // L1 deposit each, to themselves, of exactly 10^12 (what L1 keeps is the rest, less its fee).
    const l1 = await connectStrataL2(manifest.chains.l1.rpc[0]!);
    try {
      for (const a of actors) {
        const { deposits } = await l1.query.bridge.deposits(chainId, { address: a.address });
        assert.deepEqual(
          deposits.map((d) => [d.sender, d.recipient, d.amount]),
          [[a.address, a.address, "1000000000000"]],
        );
        assert.ok(await query.query.l2bridge.minted(Number(deposits[0]!.nonce)));
        assert.ok(BigInt((await l1.query.bank.balance(a.address, DENOM)).amount) > 0n);
        assert.equal(await balance(a.address), 1_000_000_000_000n);
      }
    } finally {
      l1.disconnect();
    }
  });

  it("publishes a new version of the model, and a registered guard attests it", async () => {
    const res = await send(user, [
      msgPublishModel({
        owner: user.address,
        name: "tiny",
        version: "2",
        weightsSha256: digest,
        weightsSize: manifest.routers[0]!.size!,
        format: "gguf",
        quantization: "F32",
        storageUris: [`file://${manifest.routers[0]!.modelFile}`],
        priceInputPer_1k: "1000",
        priceOutputPer_1k: "2000",
        parent: "tiny@1",
      }),
    ]);
    assert.deepEqual(firstResponse(res), { id: NEW_MODEL });
    assert.equal((await query.query.models.model(NEW_MODEL))?.status, ModelStatus.MODEL_STATUS_PENDING);
    await send(guard, [
      msgRegisterNode({
        operator: guard.address,
        roles: [Role.ROLE_GUARD],
        pubkey: keys.get(guard.address)!.pubKey,
        pricePer_1k: "0",
        stake: STAKE,
      }),
    ]);
    await send(guard, [msgAttestModel({ guard: guard.address, id: NEW_MODEL, weightsSha256: digest })]);
    const model = await query.query.models.model(NEW_MODEL);
    assert.equal(model?.status, ModelStatus.MODEL_STATUS_VERIFIED);
    assert.equal(model?.verifiedBy, guard.address);
  });

  it("registers a router that also executes and two more executors, each with its ed25519 node key", async () => {
    for (const e of executors) {
      await send(e, [
        msgRegisterNode({
          operator: e.address,
          roles: e === router ? [Role.ROLE_ROUTER, Role.ROLE_EXECUTOR] : [Role.ROLE_EXECUTOR],
          pubkey: keys.get(e.address)!.pubKey,
          endpoint: manifest.routers[0]!.url,
          models: [NEW_MODEL],
          capacity: 4,
          pricePer_1k: "1000",
          stake: STAKE,
        }),
      ]);
      const node = await query.query.nodes.node(e.address);
      assert.deepEqual(node?.pubkey, keys.get(e.address)!.pubKey);
      assert.equal(node?.stake, STAKE);
    }
    const { nodes } = await query.query.nodes.list({ role: Role.ROLE_EXECUTOR });
    assert.deepEqual(nodes.map((n) => n.operator).sort(), executors.map((e) => e.address).sort());
  });

  it("opens a session of redundancy 3 with only the API key's sha256 on chain", async () => {
    apiKey = newApiKey();
    const before = await escrow();
    const res = await send(user, [
      msgOpenSession({
        owner: user.address,
        model: NEW_MODEL,
        redundancy: 3,
        maxPricePer_1k: "2000",
        deposit: "10000000",
        apiKeySha256: apiKey.sha256,
        durationBlocks: 100_000,
      }),
    ]);
    sessionId = Number(firstResponse(res).id);
    const session = await query.query.sessions.session(sessionId);
    assert.equal(session?.apiKeySha256, apiKey.sha256);
    assert.equal(session?.balance, "10000000");
    assert.ok(!JSON.stringify(session).includes(apiKey.key));
    const after = await escrow();
    assert.equal(after.held - before.held, 10_000_000n);
    assert.equal(after.held, after.open);
  });

  it("records a batch of tasks whose receipts commit to the router's real outputs, signed by each executor's node key", async () => {
    const openai = new OpenAI({ baseURL: manifest.routers[0]!.openaiBaseUrl, apiKey: apiKey.key });
    for (const prompt of ["hello", "strata"]) {
      const id = randomBytes(32).toString("hex");
      const runs: Run[] = [];
      for (const executor of executors) {
        // Each executor runs the prompt: greedy decoding of the same weights gives the same text.
        const chat = await openai.chat.completions.create({
          model: manifest.routers[0]!.model,
          messages: [{ role: "user", content: prompt }],
          max_tokens: 12,
          temperature: 0,
        });
        const output = chat.choices[0]!.message.content ?? "";
        assert.ok(output.length > 0);
        runs.push({
          executor,
          key: keys.get(executor.address)!,
          output,
          salt: randomBytes(32).toString("hex"),
          inputTokens: chat.usage!.prompt_tokens,
          outputTokens: chat.usage!.completion_tokens,
        });
      }
      tasks.push({ id, prompt, runs });
    }
    const records: proto.tasks.v1.ITaskRecord[] = tasks.map((t) => ({
      taskId: t.id,
      sessionId,
      receipts: t.runs.map((r) => {
        const fields: ReceiptFields = {
          taskId: t.id,
          sessionId,
          executor: r.executor.address,
          modelSha256: digest,
          promptSha256: sha256Hex(t.prompt),
          commitment: commitment(r.output, r.salt),
          inputTokens: r.inputTokens,
          outputTokens: r.outputTokens,
        };
        return { ...fields, signature: r.key.sign(receiptSignBytes(chainId, fields)) };
      }),
    }));
    const res = await send(router, [msgRecordTasks({ router: router.address, tasks: records })]);
    recordedHeight = res.height;
    assert.deepEqual(firstResponse(res), { recorded: 2 });
    for (const t of tasks) {
      const task = await query.query.tasks.task(t.id);
      assert.equal(task?.status, TaskStatus.TASK_STATUS_COMMITTED);
      assert.equal(task?.recordedHeight, res.height);
      assert.equal(task?.receipts.length, 3);
    }
    const session = await query.query.sessions.session(sessionId);
    assert.equal(session?.openTasks, 2);
  });

  it("reveals every output in a later block, which closes the reveal phase and assigns the guard", async () => {
    const res = await send(router, [
      msgRevealResults({
        sender: router.address,
        reveals: tasks.flatMap((t) =>
          t.runs.map((r) => ({ taskId: t.id, executor: r.executor.address, output: r.output, salt: r.salt })),
        ),
      }),
    ]);
    assert.ok(res.height > recordedHeight);
    for (const t of tasks) {
      const task = await query.query.tasks.task(t.id);
      assert.equal(task?.status, TaskStatus.TASK_STATUS_SCORING);
      assert.equal(task?.reveals.length, 3);
      const scoring = await query.query.scores.taskScoring(t.id);
      // The only guard that is neither the router nor an executor of the task.
      assert.deepEqual(scoring?.assigned, [guard.address]);
      assert.equal(scoring?.quorum, 1);
    }
  });

  it("the guard finds its assignments, scores, and the verdict settles: payments, balances, escrow, supply", async () => {
    let assigned: string[] = [];
    for (let i = 0; i < 100 && assigned.length < tasks.length; i++) {
      assigned = await query.query.scores.guardAssignments(guard.address);
      if (assigned.length < tasks.length) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual([...assigned].sort(), tasks.map((t) => t.id).sort());

    const treasury = moduleAddress("treasury");
    const watched = [...new Set([user.address, ...executors.map((e) => e.address), guard.address, treasury])];
    const before = new Map(await Promise.all(watched.map(async (a) => [a, await balance(a)] as const)));
    const escrowBefore = await escrow();

    // The guard compared the three outputs byte for byte: all equal, so every executor scores SCALE.
    const res = await send(guard, [
      msgSubmitScores({
        guard: guard.address,
        scores: assigned.map((taskId) => ({
          taskId,
          method: Method.METHOD_EXACT_MATCH,
          scores: executors.map((e) => ({ executor: e.address, score: SCALE })),
          note: "three identical outputs",
        })),
      }),
    ]);
    assert.deepEqual([...(firstResponse(res).decided as string[])].sort(), [...assigned].sort());

    const paid = new Map<string, bigint>();
    let charged = 0n;
    for (const t of tasks) {
      const report = await query.taskReport(t.id);
      assert.ok(report);
      assert.equal(report.status, "SETTLED");
      assert.equal(report.verdict, "ACCEPTED");
      const served = t.runs[0]!;
      // unit = floor((in · 1000 + out · 2000) / 1000); the three executors revealed and are honest.
      const unit = (BigInt(served.inputTokens) * 1000n + BigInt(served.outputTokens) * 2000n) / 1000n;
      const charge = BigInt(report.settlement!.charge);
      assert.equal(charge, 3n * unit);
      const sum = report.payments.reduce((s, p) => s + BigInt(p.amount), 0n);
      assert.equal(sum, charge, "payments sum exactly to the charge");
      for (const p of report.payments)
        paid.set(p.recipient, (paid.get(p.recipient) ?? 0n) + BigInt(p.amount));
      charged += charge;
    }
    // Each balance moved by exactly its payments (the guard also paid its fee).
    for (const a of watched) {
      const fee = a === guard.address ? 5000n : 0n;
      assert.equal((await balance(a)) - before.get(a)!, (paid.get(a) ?? 0n) - fee, a);
    }
    assert.ok((paid.get(treasury) ?? 0n) > 0n);
    assert.ok((paid.get(user.address) ?? 0n) > 0n, "the model owner is paid");
    const escrowAfter = await escrow();
    assert.equal(escrowBefore.held - escrowAfter.held, charged);
    assert.equal(escrowAfter.held, escrowAfter.open);
    assert.equal(BigInt((await query.query.bank.supplyOf(DENOM)).amount), initialSupply);
  });

  it("`strata query tasks show ID -o json` shows receipts, reveals, scores, verdict and payments with reasons", async () => {
    const t = tasks[0]!;
    const report = JSON.parse(await strata(["query", "tasks", "show", t.id, "--node", l2rpc, "-o", "json"]));
    assert.equal(report.id, t.id);
    assert.equal(report.status, "SETTLED");
    assert.deepEqual(
      report.receipts.map((r: { executor: string; served: boolean; revealed: boolean }) => [
        r.executor,
        r.served,
        r.revealed,
      ]),
      executors.map((e, i) => [e.address, i === 0, true]),
    );
    assert.deepEqual(
      report.reveals.map((r: { output: string }) => r.output),
      t.runs.map((r) => r.output),
    );
    assert.equal(report.scores.length, 1);
    assert.equal(report.scores[0].guard, guard.address);
    assert.equal(report.scores[0].method, "EXACT_MATCH");
    assert.equal(report.scores[0].note, "three identical outputs");
    assert.equal(report.verdict, "ACCEPTED");
    assert.deepEqual([...new Set(report.payments.map((p: { role: string }) => p.role))].sort(), [
      "EXECUTOR",
      "GUARD",
      "MODEL_OWNER",
      "ROUTER",
      "TREASURY",
    ]);
    for (const p of report.payments) assert.ok(p.reason.length > 0, JSON.stringify(p));
    assert.deepEqual(report.slashes, []);
  });

  it("closes the session: the refund is the remaining balance", async () => {
    const session = await query.query.sessions.session(sessionId);
    assert.equal(session?.openTasks, 0);
    const remaining = BigInt(session!.balance);
    const before = await balance(user.address);
    const res = await send(user, [msgCloseSession({ owner: user.address, id: sessionId })]);
    assert.deepEqual(firstResponse(res), { refunded: remaining.toString() });
    assert.equal((await balance(user.address)) - before, remaining - 5000n);
    const closed = await query.query.sessions.session(sessionId);
    assert.equal(closed?.status, SessionStatus.SESSION_STATUS_CLOSED);
    assert.equal(closed?.balance, "0");
    const { held, open } = await escrow();
    assert.equal(held, open);
    assert.equal(BigInt((await query.query.bank.supplyOf(DENOM)).amount), initialSupply);
  });

  it("reads block 1 of both chains through cosmjs", async () => {
    for (const [name, chain] of [
      ["l1", manifest.chains.l1],
      ["l2", manifest.chains.l2!],
    ] as const) {
      const client = await StargateClient.connect(chain.rpc[0]!);
      try {
        const block = await client.getBlock(1);
        assert.equal(block.header.height, 1, name);
        assert.equal(block.header.chainId, chain.chainId);
        assert.match(block.id, /^[0-9A-F]{64}$/);
      } finally {
        client.disconnect();
      }
    }
  });
});
