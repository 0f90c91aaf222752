import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertIsDeliverTxSuccess, type SigningStargateClient } from "@cosmjs/stargate";
import OpenAI from "openai";
import { ed25519Generate } from "../../../chain/core/crypto/index.js";
import {
  connectStrataL2,
  Method,
  msgAttestModel,
  msgOpenSession,
  msgPublishModel,
  msgRegisterNode,
  msgSubmitScores,
  NodeStatus,
  newApiKey,
  outputCommitment,
  Role,
  type StrataL2Client,
  type TaskReport,
  verifyReceipt,
} from "../../../client/index.js";
import { STRATA_BIN, waitForHeight } from "../../../localnet/index.js";
import { digestFile } from "../../../router-node/index.js";
import { addTestKeys, connectL2Signer, TestNode } from "../../helpers/l1Node.js";
import { type SpawnedRouter, spawnRouter } from "../helpers/spawnRouter.js";
import { type TinyModelFixture, tinyModelFixture } from "../helpers/tinyModel.js";

const MODEL = "tiny@1";
const TASK_ID = /^[0-9a-f]{64}$/;

/** Restarts a stopped L2 node on the RPC port it had, so routers configured with its URL reconnect. */
async function restartOnSamePort(node: TestNode): Promise<void> {
  const port = new URL(node.rpc).port;
  const child = spawn(
    process.execPath,
    [STRATA_BIN, "start", "--home", node.home, "--rpc-port", port, "--p2p-port", String(node.p2pPort)],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr.on("data", (d: Buffer) => {
    node.stderr = (node.stderr + d.toString()).slice(-20_000);
  });
  node.child = child;
  await waitForHeight(node.rpc, 1, 30_000, () => child.exitCode !== null || child.signalCode !== null);
}

/** Polls `probe` every 200 ms until it returns a value; fails after `ms` with `context()`. */
async function eventually<T>(
  what: string,
  ms: number,
  probe: () => Promise<T | undefined>,
  context: () => string,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      assert.fail(
        `timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ""}\n${context()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

// End to end: a real L2 node and two routers started through the CLI with --l2, both registered
// as executors of the tiny model; the unmodified openai client with a session's API key.
describe("e2e: routers on L2 (sessions, receipts from two executors, recording, outages)", function () {
  this.timeout(240_000);
  let fx: TinyModelFixture;
  let digest: string;
  let node: TestNode;
  let owner: SigningStargateClient;
  let guard: SigningStargateClient;
  let l2: StrataL2Client;
  let keyHome: string;
  const homes: Record<"a" | "b", string> = { a: "", b: "" };
  const routers: Partial<Record<"a" | "b", SpawnedRouter>> = {};
  const sessionKey = newApiKey();
  const smallKey = newApiKey();

  const routerArgs = (name: "a" | "b") => [
    "--model",
    fx.path,
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
    homes[name],
    "--l2-model",
    MODEL,
    "--price",
    "5",
    "--log-level",
    "debug",
  ];
  const logs = () =>
    `${["a", "b"]
      .map((n) => `--- router ${n} ---\n${routers[n as "a" | "b"]?.stderr().slice(-3000) ?? ""}`)
      .join("\n")}\n--- L2 ---\n${node?.stderr.slice(-1500) ?? ""}`;
  const openai = (name: "a" | "b", apiKey = sessionKey.key) =>
    new OpenAI({ baseURL: routers[name]!.baseURL, apiKey, maxRetries: 0 });
  const operatorOf = (i: number) => node.accounts[i]!.address;

  /** Waits until the task is on chain with both executors' reveals. */
  const revealed = (id: string) =>
    eventually<TaskReport>(
      `task ${id} recorded and revealed`,
      60_000,
      async () => {
        const r = await l2.taskReport(id);
        return r && r.reveals.length === 2 ? r : undefined;
      },
      logs,
    );

  before(async () => {
    fx = await tinyModelFixture();
    digest = await digestFile(fx.path);
    node = await TestNode.create({
      layer: "l2",
      accounts: 4,
      blockIntervalMs: 200,
      balance: 10_000_000_000n,
    });
    owner = await connectL2Signer(node, 0);
    guard = await connectL2Signer(node, 1);
    l2 = await connectStrataL2(node.rpc);
    // Account 0 publishes the model and opens sessions; account 1 is a guard that attests it.
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
            format: "gguf",
            quantization: "F32",
            storageUris: [`file://${fx.path}`],
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
    // Accounts 2 and 3 operate routers a and b: their keys in a test keyring.
    keyHome = await mkdtemp(join(tmpdir(), "strata-l2router-keys-"));
    await addTestKeys(keyHome, [
      ["a", node.accounts[2]!.wallet.mnemonic],
      ["b", node.accounts[3]!.wallet.mnemonic],
    ]);
    for (const name of ["a", "b"] as const) homes[name] = join(keyHome, `router-${name}`);
    [routers.a, routers.b] = await Promise.all([spawnRouter(routerArgs("a")), spawnRouter(routerArgs("b"))]);
    // Sessions open once both routers serve the model (redundancy 2 needs two active executors).
    const open = (apiKeySha256: string, deposit: string) =>
      msgOpenSession({
        owner: operatorOf(0),
        model: MODEL,
        redundancy: 2,
        maxPricePer_1k: "200",
        deposit,
        apiKeySha256,
        durationBlocks: 100_000,
      });
    // The small session holds exactly one task's minimum: 2 · (100 + 200).
    assertIsDeliverTxSuccess(
      await owner.signAndBroadcast(
        operatorOf(0),
        [open(sessionKey.sha256, "10000000"), open(smallKey.sha256, "600")],
        "auto",
      ),
    );
  });

  after(async () => {
    await Promise.allSettled([routers.a?.stop(), routers.b?.stop()]);
    owner?.disconnect();
    guard?.disconnect();
    l2?.disconnect();
    await node?.destroy();
    if (keyHome) await rm(keyHome, { recursive: true, force: true });
    await fx?.remove();
  });

  it("registers each router as ROUTER + EXECUTOR with its node key, endpoint and model", async () => {
    for (const [name, i] of [
      ["a", 2],
      ["b", 3],
    ] as const) {
      const n = await l2.query.nodes.node(operatorOf(i));
      assert.ok(n, `router ${name} registered`);
      assert.deepEqual(n.roles, [Role.ROLE_ROUTER, Role.ROLE_EXECUTOR]);
      assert.equal(n.status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.deepEqual(n.models, [MODEL]);
      assert.equal(n.endpoint, routers[name]!.url);
      assert.equal(n.pricePer_1k, "5");
      assert.equal(n.stake, (await l2.query.nodes.params()).minStake);
      const keyFile = join(homes[name], "node_key.json");
      assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
      const stored = JSON.parse(await readFile(keyFile, "utf8"));
      assert.equal(Buffer.from(n.pubkey).toString("base64"), stored.pubKey.value);
    }
  });

  it("refuses to start on a model file whose sha256 differs from the version's weights_sha256", async () => {
    const other = await tinyModelFixture({ seed: 2 });
    const otherDigest = await digestFile(other.path);
    try {
      const args = routerArgs("a").map((a) =>
        a === fx.path ? other.path : a === homes.a ? join(keyHome, "router-x") : a,
      );
      await assert.rejects(spawnRouter(args), (err: unknown) => {
        assert.match(
          (err as Error).message,
          new RegExp(
            `refusing to serve tiny@1: the model file's sha256 is ${otherDigest} but L2 registered weights_sha256 ${digest}`,
          ),
        );
        return true;
      });
    } finally {
      await other.remove();
    }
  });

  it("a non-streamed completion: id = task id; recorded and revealed with receipts from both executors", async () => {
    const { data, response } = await openai("a")
      .chat.completions.create({
        model: MODEL,
        messages: [{ role: "user", content: "hello" }],
        max_tokens: 16,
        temperature: 0,
      })
      .withResponse();
    assert.equal(data.choices[0]!.message.content, "pqrstuvwxyz abcd");
    assert.match(data.id, TASK_ID);
    assert.equal(response.headers.get("x-strata-task-id"), data.id);
    const report = await revealed(data.id);
    const session = await l2.query.sessions.byApiKey(sessionKey.sha256);
    assert.equal(report.sessionId, session!.id);
    assert.equal(report.router, operatorOf(2));
    assert.deepEqual(report.receipts.map((r) => r.executor).sort(), [operatorOf(2), operatorOf(3)].sort());
    assert.equal(report.receipts[0]!.served, true);
    assert.ok(report.reveals.every((r) => r.output === "pqrstuvwxyz abcd"));
    // Each receipt verifies under its own executor's registered key: b's was signed by b.
    const task = await l2.query.tasks.task(data.id);
    for (const receipt of task!.receipts) {
      const n = await l2.query.nodes.node(receipt.executor!);
      assert.ok(verifyReceipt(node.chainId, receipt, n!.pubkey), `receipt of ${receipt.executor} verifies`);
      const other = await l2.query.nodes.node(
        receipt.executor === operatorOf(2) ? operatorOf(3) : operatorOf(2),
      );
      assert.ok(!verifyReceipt(node.chainId, receipt, other!.pubkey));
      const reveal = task!.reveals.find((r) => r.executor === receipt.executor)!;
      assert.equal(outputCommitment(reveal.output!, reveal.salt!), receipt.commitment);
    }
    // The router's task route gives the chain's report.
    const shown = (await (await fetch(`${routers.a!.url}/v1/tasks/${data.id}`)).json()) as {
      id: string;
      status: string;
    };
    assert.equal(shown.id, data.id);
    assert.notEqual(shown.status, "pending recording");
  });

  it("a streamed completion through the other router: the chunks' id and the header are the task id", async () => {
    const { data: stream, response } = await openai("b")
      .chat.completions.create({
        model: "tiny",
        messages: [{ role: "user", content: "count from m" }],
        max_tokens: 8,
        temperature: 0,
        stream: true,
      })
      .withResponse();
    let text = "";
    const ids = new Set<string>();
    for await (const chunk of stream) {
      ids.add(chunk.id);
      text += chunk.choices[0]?.delta?.content ?? "";
    }
    const id = response.headers.get("x-strata-task-id")!;
    assert.match(id, TASK_ID);
    assert.deepEqual([...ids], [id]);
    const report = await revealed(id);
    assert.equal(report.router, operatorOf(3));
    assert.deepEqual(report.receipts.map((r) => r.executor).sort(), [operatorOf(2), operatorOf(3)].sort());
    assert.ok(report.reveals.every((r) => r.output === text));
  });

  it("a guard's scores settle a recorded task (payments to both executors and the router)", async () => {
    const { data } = await openai("a")
      .completions.create({ model: MODEL, prompt: "say ", max_tokens: 64, temperature: 0 })
      .withResponse();
    await revealed(data.id);
    await eventually(
      "the guard's assignment",
      20_000,
      async () =>
        (await l2.query.scores.guardAssignments(operatorOf(1))).includes(data.id) ? true : undefined,
      logs,
    );
    const task = await l2.query.tasks.task(data.id);
    assertIsDeliverTxSuccess(
      await guard.signAndBroadcast(
        operatorOf(1),
        [
          msgSubmitScores({
            guard: operatorOf(1),
            scores: [
              {
                taskId: data.id,
                method: Method.METHOD_REEXECUTION,
                scores: task!.receipts.map((r) => ({ executor: r.executor, score: 1_000_000 })),
                note: "same output",
              },
            ],
          }),
        ],
        "auto",
      ),
    );
    const report = await l2.taskReport(data.id);
    assert.equal(report?.status, "SETTLED");
    assert.equal(report?.verdict, "ACCEPTED");
    const roles = report!.payments.map((p) => p.role);
    assert.equal(roles.filter((r) => r === "EXECUTOR").length, 2);
    assert.ok(roles.includes("ROUTER"));
  });

  it("a wrong key gets 401 invalid_api_key; no key too", async () => {
    await assert.rejects(
      openai("a", "sk-strata-wrong-key-000000000000000000000000000000").chat.completions.create({
        model: MODEL,
        messages: [{ role: "user", content: "hi" }],
        max_tokens: 2,
      }),
      (err: unknown) => {
        assert.ok(err instanceof OpenAI.APIError, String(err));
        assert.equal(err.status, 401);
        assert.equal(err.code, "invalid_api_key");
        assert.match(err.message, /Incorrect API key provided: sk-strat\*\*\*\*0000/);
        return true;
      },
    );
    const res = await fetch(`${routers.a!.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }),
    });
    assert.equal(res.status, 401);
    const body = (await res.json()) as { error: { code: string; type: string; message: string } };
    assert.equal(body.error.code, "invalid_api_key");
    assert.match(body.error.message, /You didn't provide an API key/);
  });

  it("an exhausted deposit gets 402 insufficient_quota", async () => {
    await assert.rejects(
      openai("a", smallKey.key).chat.completions.create({
        model: MODEL,
        messages: [{ role: "user", content: "hello" }],
        max_tokens: 2000,
      }),
      (err: unknown) => {
        assert.ok(err instanceof OpenAI.APIError);
        assert.equal(err.status, 402);
        assert.equal(err.code, "insufficient_quota");
        assert.match(err.message, /session \d+ has 600 ustra free/);
        return true;
      },
    );
  });

  it("a model that is not the session's gets 400 model_not_found", async () => {
    await assert.rejects(
      openai("a").chat.completions.create({
        model: "other@1",
        messages: [{ role: "user", content: "hi" }],
        max_tokens: 2,
      }),
      (err: unknown) => {
        assert.ok(err instanceof OpenAI.APIError);
        assert.equal(err.status, 400);
        assert.equal(err.code, "model_not_found");
        assert.match(err.message, /session \d+ is for 'tiny@1'/);
        return true;
      },
    );
  });

  it("L2 stopped: requests are still served; a router killed before recording records from its journal after restart", async () => {
    await node.stop();
    // Both routers answer from their caches while L2 is down.
    const viaA = await openai("a").chat.completions.create({
      model: MODEL,
      messages: [{ role: "user", content: "xyz" }],
      max_tokens: 3,
      temperature: 0,
    });
    assert.equal(viaA.choices[0]!.message.content, "ab");
    const viaB = await openai("b").chat.completions.create({
      model: MODEL,
      messages: [{ role: "user", content: "z" }],
      max_tokens: 5,
      temperature: 0,
    });
    await eventually(
      "router b's /health to report the L2 link down",
      20_000,
      async () => {
        const h = (await (await fetch(`${routers.b!.url}/health`)).json()) as {
          l2: { reachable: boolean; tasks: { pending_record: number } };
        };
        return h.l2.reachable === false && h.l2.tasks.pending_record >= 1 ? true : undefined;
      },
      logs,
    );
    // Router a dies before it could record its answer.
    routers.a!.proc.kill("SIGKILL");
    await routers.a!.exited;
    await restartOnSamePort(node);
    // b records once L2 is back, without a restart; a records from its journal once restarted.
    await revealed(viaB.id);
    const metrics = await (await fetch(`${routers.b!.url}/metrics`)).text();
    const value = (series: string) => Number(new RegExp(`^${series} (\\d+)$`, "m").exec(metrics)?.[1] ?? -1);
    assert.ok(value("strata_router_tasks_recorded_total") >= 2, metrics);
    assert.ok(value("strata_router_tasks_revealed_total") >= 1, metrics);
    assert.ok(value('strata_router_recording_errors_total\\{stage="record"\\}') >= 1, metrics);
    assert.match(metrics, /^strata_router_tasks_pending\{stage="record"\} \d+$/m);
    routers.a = await spawnRouter(routerArgs("a"));
    const report = await revealed(viaA.id);
    assert.equal(report.router, operatorOf(2));
    const h = (await (await fetch(`${routers.a!.url}/health`)).json()) as { l2: { reachable: boolean } };
    assert.equal(h.l2.reachable, true);
  });
});
