import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Ed25519KeyPair, ed25519Generate } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { loadKeyFile } from "../../chain/core/node/index.js";
import {
  connectStrataL2,
  enumName,
  Method,
  ModelStatus,
  msgOpenSession,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRevealResults,
  NodeStatus,
  newApiKey,
  outputCommitment,
  Role,
  type StrataL2Client,
  signReceipt,
  type TaskReport,
  TaskStatus,
} from "../../client/index.js";
import { type GuardProcess, policy, spawnGuardProcess } from "../../guard-node/index.js";
import { createLlamaBackend } from "../../router-node/index.js";
import {
  canonicalRequest,
  canonicalRequestSha256,
  type GenerationRequest,
  type InferenceBackend,
} from "../../router-node/inference/index.js";
import { strata } from "../helpers/l1Node.js";
import { strataRun } from "../helpers/strataCli.js";
import { L2Chain, waitFor } from "./helpers/l2Chain.js";

const swapCase = (t: string) => t.replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()));

// End to end: one L2 node and the guard process, both started through the CLI (`strata guard
// start` with the tiny model from `strata model gen-tiny`); tasks are recorded and revealed by the
// test as a router would, with receipts signed by executor keys over real tiny-model outputs.
describe("guard node end to end: registration, attestation, scoring, re-execution, restart", function () {
  this.timeout(300_000);
  const RATE = 0.25;
  let chain: L2Chain;
  let dir: string;
  let tiny: { path: string; sha256: string; bytes: number };
  let guard: GuardProcess;
  let guardArgs: string[];
  let guardKey: Ed25519KeyPair;
  let llama: InferenceBackend;
  /** Signing clients by account index. */
  const clients: StrataL2Client[] = [];
  let query: StrataL2Client;
  const addr = (i: number) => chain.accounts[i]!.address;
  // Account 0 owns the model, routes and opens sessions; 1 is the guard; 2, 3, 4 execute.
  const [OWNER, GUARD, A, B, C] = [0, 1, 2, 3, 4];
  const executorKeys = new Map<number, Ed25519KeyPair>();
  const sessions = { k1: 0, k2: 0 };
  const logs = () => `${guard?.stderr() ?? ""}\n--- node ---\n${chain?.stderr ?? ""}`;

  before(async () => {
    chain = await L2Chain.create({
      accounts: 5,
      blockIntervalMs: 200,
      // A score window long enough for a guard process to restart on a loaded machine (30 s).
      params: { tasks: { revealBlocks: 10 }, scores: { scoreBlocks: 150 } },
    });
    dir = await mkdtemp(join(tmpdir(), "strata-guard-e2e-"));
    const out = JSON.parse(
      await strata(["-o", "json", "model", "gen-tiny", "--out", join(dir, "tiny.gguf")]),
    );
    tiny = { path: out.path, sha256: out.sha256, bytes: out.bytes };
    const mnemonic = join(dir, "guard.txt");
    await writeFile(mnemonic, chain.accounts[GUARD]!.wallet.mnemonic);
    await strata([
      "keys",
      "add",
      "guard",
      "--recover",
      "--mnemonic-file",
      mnemonic,
      "--keyring-backend",
      "test",
      "--home",
      dir,
    ]);
    for (let i = 0; i < chain.accounts.length; i++) {
      clients.push(
        await connectStrataL2(chain.rpc, { signer: chain.accounts[i]!.wallet, broadcastPollIntervalMs: 100 }),
      );
    }
    query = clients[OWNER]!;
    llama = await createLlamaBackend({ modelPath: tiny.path, contextSize: 256 }, { logger: nullLogger });
    guardArgs = [
      "--l2",
      chain.rpc,
      "--key",
      "guard",
      "--model",
      tiny.path,
      "--home",
      join(dir, "guard-home"),
      "--keyring-home",
      dir,
      "--keyring-backend",
      "test",
      "--reexec-rate",
      String(RATE),
      "--context-size",
      "256",
      "--poll-ms",
      "200",
      "--hold-blocks",
      "10",
    ];
  });

  after(async () => {
    await guard?.stop();
    for (const c of clients) c.disconnect();
    await llama?.close();
    await chain?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Publishes a model version as the owner. */
  async function publish(name: string, weightsSha256: string, uri: string): Promise<void> {
    await clients[OWNER]!.submit(addr(OWNER), [
      msgPublishModel({
        owner: addr(OWNER),
        name,
        version: "1",
        weightsSha256,
        weightsSize: tiny.bytes,
        format: "gguf",
        quantization: "F32",
        storageUris: [uri],
        priceInputPer_1k: "100000",
        priceOutputPer_1k: "200000",
      }),
    ]);
  }

  it("registers as a guard with stake, attests a PENDING model from a file:// URI, refuses bad weights", async () => {
    await publish("tiny", tiny.sha256, pathToFileURL(tiny.path).href);
    // Same bytes, another digest: the guard must not attest it.
    await publish("bad", "0".repeat(64), pathToFileURL(tiny.path).href);
    guard = await spawnGuardProcess(guardArgs);
    assert.equal(guard.info.guard, addr(GUARD));
    assert.equal(guard.info.registration, "registered");
    assert.equal(guard.info.model, tiny.sha256);
    assert.equal(guard.info.resumedFrom, 0);
    // The node key lives in the guard's home, readable by its owner only.
    const keyFile = join(dir, "guard-home", "node_key.json");
    assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
    guardKey = await loadKeyFile(keyFile);
    assert.equal(guard.info.pubkey, Buffer.from(guardKey.pubKey).toString("hex"));

    const node = await query.query.nodes.node(addr(GUARD));
    assert.equal(node?.status, NodeStatus.NODE_STATUS_ACTIVE);
    assert.deepEqual(node?.roles, [Role.ROLE_GUARD]);
    assert.equal(node?.stake, (await query.query.nodes.params()).minStake);
    assert.deepEqual(Buffer.from(node!.pubkey), Buffer.from(guardKey.pubKey));

    const verified = await waitFor(
      "tiny@1 VERIFIED",
      async () => {
        const m = await query.query.models.model("tiny@1");
        return m?.status === ModelStatus.MODEL_STATUS_VERIFIED ? m : undefined;
      },
      { logs },
    );
    assert.equal(verified.verifiedBy, addr(GUARD));
    await waitFor("the bad weights refused in the log", async () =>
      /model version not attested.*bad@1|bad@1.*model version not attested/.test(guard.stderr())
        ? true
        : undefined,
    );
    assert.match(guard.stderr(), /do not match the version/);
    assert.equal((await query.query.models.model("bad@1"))?.status, ModelStatus.MODEL_STATUS_PENDING);

    const health = (await (await fetch(`${guard.info.url}/health`)).json()) as Record<string, unknown>;
    assert.equal(health.status, "ok");
    assert.equal(health.guard, addr(GUARD));
    assert.equal(health.model, tiny.sha256);
    assert.equal(health.reexecRate, RATE);
    // The attestation's transaction may be seen on chain before the guard's client returns.
    const metrics = await waitFor("the attestation counted", async () => {
      const text = await (await fetch(`${guard.info.url}/metrics`)).text();
      return /^strata_guard_attestations_total\{outcome="attested"\} 1$/m.test(text) ? text : undefined;
    });
    assert.match(metrics, /^strata_guard_attestations_total\{outcome="refused"\} 1$/m);
    assert.match(metrics, /^strata_guard_follow_websocket 1$/m);
  });

  it("the marketplace: a router, three executors of the tiny model, sessions with k = 1 and k = 2", async () => {
    for (const i of [OWNER, A, B, C]) {
      const key = ed25519Generate().key;
      if (i !== OWNER) executorKeys.set(i, key);
      await clients[i]!.submit(addr(i), [
        msgRegisterNode({
          operator: addr(i),
          roles: [i === OWNER ? Role.ROLE_ROUTER : Role.ROLE_EXECUTOR],
          pubkey: key.pubKey,
          endpoint: `http://127.0.0.1:1/${i}`,
          models: i === OWNER ? [] : ["tiny@1"],
          capacity: 1,
          pricePer_1k: "0",
          stake: "1000000",
        }),
      ]);
    }
    for (const k of [1, 2] as const) {
      const out = await clients[OWNER]!.submit(addr(OWNER), [
        msgOpenSession({
          owner: addr(OWNER),
          model: "tiny@1",
          redundancy: k,
          maxPricePer_1k: "200000",
          deposit: "10000000",
          apiKeySha256: newApiKey().sha256,
          durationBlocks: 100_000,
        }),
      ]);
      sessions[k === 1 ? "k1" : "k2"] = (out.responses[0] as { id: number }).id;
    }
    assert.ok(sessions.k1 > 0 && sessions.k2 > 0);
  });

  /** The tiny model's real output for a request, with its token counts. */
  async function generate(
    req: GenerationRequest,
  ): Promise<{ text: string; usage: { promptTokens: number; completionTokens: number } }> {
    let text = "";
    const { usage } = await llama.generate(req, {
      signal: AbortSignal.timeout(60_000),
      onText: (t) => {
        text += t;
      },
    });
    return { text, usage };
  }

  /** A task id the guard's key samples at RATE (or does not), found by the guard's own pure draw. */
  function taskIdWhere(sampled: boolean): string {
    for (;;) {
      const id = randomBytes(32).toString("hex");
      if (policy.isSampled(id, RATE, guardKey) === sampled) return id;
    }
  }

  /**
   * Records a task as the router with receipts from `executors` (the first served) over the real
   * output of `prompt` (or `outputs[i]` instead), then reveals every result with the request.
   */
  async function recordAndReveal(opts: {
    taskId: string;
    session: number;
    executors: number[];
    prompt: string;
    alter?: Record<number, (text: string) => string>;
  }): Promise<{ output: string; outputs: string[] }> {
    const req: GenerationRequest = {
      model: "tiny@1",
      input: { kind: "chat", messages: [{ role: "user", content: opts.prompt }] },
      params: { maxTokens: 12, fitToContext: false, temperature: 0, topP: null, seed: null, stop: [] },
    };
    const { text: output, usage } = await generate(req);
    assert.ok(output.length > 0);
    const text = canonicalRequest(req);
    const outputs = opts.executors.map((e) => (opts.alter?.[e] ? opts.alter[e](output) : output));
    const salts = opts.executors.map(() => randomBytes(32).toString("hex"));
    const receipts = opts.executors.map((e, i) =>
      signReceipt(
        chain.chainId,
        {
          taskId: opts.taskId,
          sessionId: opts.session,
          executor: addr(e),
          modelSha256: tiny.sha256,
          promptSha256: canonicalRequestSha256(text),
          commitment: outputCommitment(outputs[i]!, salts[i]!),
          inputTokens: usage.promptTokens,
          outputTokens: usage.completionTokens,
        },
        executorKeys.get(e)!,
      ),
    );
    const router = clients[OWNER]!;
    await router.submit(addr(OWNER), [
      msgRecordTasks({
        router: addr(OWNER),
        tasks: [{ taskId: opts.taskId, sessionId: opts.session, receipts }],
      }),
    ]);
    // As RULES.md says a router does: the request once, with the first reveal it sends.
    await router.submit(addr(OWNER), [
      msgRevealResults({
        sender: addr(OWNER),
        reveals: opts.executors.map((e, i) => ({
          taskId: opts.taskId,
          executor: addr(e),
          output: outputs[i]!,
          salt: salts[i]!,
          ...(i === 0 ? { prompt: text } : {}),
        })),
      }),
    ]);
    return { output, outputs };
  }

  async function settled(taskId: string): Promise<TaskReport> {
    return waitFor(
      `task ${taskId} settled`,
      async () => {
        const r = await query.taskReport(taskId);
        return r?.status === "SETTLED" ? r : undefined;
      },
      { logs, timeoutMs: 90_000 },
    );
  }

  const paid = (r: TaskReport, who: string) =>
    r.payments
      .filter((p) => p.role === "EXECUTOR" && p.recipient === who)
      .reduce((s, p) => s + BigInt(p.amount), 0n);

  it("honest k = 2: identical outputs → EXACT_MATCH, ACCEPTED, both executors paid", async () => {
    const taskId = taskIdWhere(false);
    await recordAndReveal({ taskId, session: sessions.k2, executors: [A, B], prompt: "hello" });
    const r = await settled(taskId);
    assert.equal(r.verdict, "ACCEPTED");
    assert.equal(r.scores.length, 1);
    assert.equal(r.scores[0]!.guard, addr(GUARD));
    assert.equal(r.scores[0]!.method, "EXACT_MATCH");
    assert.deepEqual(
      r.finalScores.map((s) => s.score),
      [1_000_000, 1_000_000],
    );
    assert.ok(paid(r, addr(A)) > 0n && paid(r, addr(B)) > 0n);
    assert.deepEqual(r.slashes, []);
  });

  it("k = 2 with one altered output: the disagreement is re-executed; the cheater scored 0, slashed and jailed", async () => {
    const taskId = taskIdWhere(false);
    const before = await query.query.nodes.node(addr(B));
    await recordAndReveal({
      taskId,
      session: sessions.k2,
      executors: [A, B],
      prompt: "the quick",
      alter: { [B]: swapCase },
    });
    const r = await settled(taskId);
    assert.equal(r.verdict, "ACCEPTED", "the served executor (A) was honest");
    assert.equal(r.scores[0]!.method, "REEXECUTION");
    assert.match(r.scores[0]!.note, /re-executed \(disagreement\)/);
    assert.deepEqual(
      r.finalScores.map((s) => [s.executor, s.score]),
      [
        [addr(A), 1_000_000],
        [addr(B), 0],
      ],
    );
    assert.ok(paid(r, addr(A)) > 0n);
    assert.equal(paid(r, addr(B)), 0n);
    assert.deepEqual(
      r.slashes.map((s) => s.node),
      [addr(B)],
    );
    const [a, b] = [await query.query.nodes.node(addr(A)), await query.query.nodes.node(addr(B))];
    assert.equal(b?.status, NodeStatus.NODE_STATUS_JAILED);
    assert.ok(BigInt(b!.stake) < BigInt(before!.stake));
    assert.equal(a?.status, NodeStatus.NODE_STATUS_ACTIVE);
    assert.equal(a?.slashedTotal, "0");
  });

  it("k = 1, not sampled: only the digest is checked (held, then posted) → ACCEPTED", async () => {
    const taskId = taskIdWhere(false);
    await recordAndReveal({ taskId, session: sessions.k1, executors: [A], prompt: "once upon" });
    const r = await settled(taskId);
    assert.equal(r.verdict, "ACCEPTED");
    assert.equal(r.scores[0]!.method, "DIGEST_CHECK");
    // Held (--hold-blocks 10) so that re-executing guards' scores would come first.
    const scoring = await query.query.scores.taskScoring(taskId);
    assert.ok(Number(scoring!.scores[0]!.height) > Number(scoring!.assignedHeight) + 10);
  });

  it("k = 1, sampled for re-execution, wrong output: caught by re-execution → REJECTED, slashed, jailed", async () => {
    const taskId = taskIdWhere(true);
    await recordAndReveal({
      taskId,
      session: sessions.k1,
      executors: [C],
      prompt: "hello",
      alter: { [C]: (t) => `${t} and more` },
    });
    const r = await settled(taskId);
    assert.equal(r.verdict, "REJECTED");
    assert.equal(r.scores[0]!.method, enumName(Method, Method.METHOD_REEXECUTION));
    assert.match(r.scores[0]!.note, /re-executed \(sampled\), exact: 0\/1 outputs match/);
    assert.equal(r.settlement?.charge, "0");
    assert.deepEqual(
      r.slashes.map((s) => s.node),
      [addr(C)],
    );
    assert.equal((await query.query.nodes.node(addr(C)))?.status, NodeStatus.NODE_STATUS_JAILED);
  });

  it("strata guard attest (guard stopped): weights over http → VERIFIED; unknown or non-PENDING versions refused", async () => {
    // The last score's transaction may be seen on chain before the guard's client returns.
    await waitFor("4 scores counted", async () => {
      const text = await (await fetch(`${guard.info.url}/metrics`)).text();
      return /^strata_guard_scores_total\{outcome="committed"\} 4$/m.test(text) ? true : undefined;
    });
    await guard.stop();
    assert.doesNotMatch(guard.stderr(), /already scored|double score|score no longer needed/);

    const bytes = await readFile(tiny.path);
    const server = createServer((_req, res) => res.end(bytes));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tiny.gguf`;
      await publish("served", tiny.sha256, url);
      const keys = [
        ...["--l2", chain.rpc, "--key", "guard", "--home", join(dir, "guard-home")],
        ...["--keyring-home", dir, "--keyring-backend", "test"],
      ];
      const out = JSON.parse(await strata(["-o", "json", "guard", "attest", "served@1", ...keys]));
      assert.equal(out.code, 0);
      assert.equal(out.uri, url);
      const model = await query.query.models.model("served@1");
      assert.equal(model?.status, ModelStatus.MODEL_STATUS_VERIFIED);
      assert.equal(model?.verifiedHeight, out.height);
      for (const [id, message] of [
        ["tiny@1", /^error \[guard:8\]: model tiny@1 is VERIFIED, not PENDING$/m],
        ["nope@1", /^error \[guard:7\]: model nope@1 not found$/m],
      ] as const) {
        const r = await strataRun(["guard", "attest", id, ...keys]);
        assert.equal(r.code, 1);
        assert.match(r.stderr, message);
      }
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("resumes after a restart from its last height, scores what arrived meanwhile, never scores twice", async () => {
    // Sampled: re-executed and posted at once (no hold).
    const taskId = taskIdWhere(true);
    await recordAndReveal({
      taskId,
      session: sessions.k1,
      executors: [A],
      prompt: "while the guard was down",
    });
    const scoring = await query.query.scores.taskScoring(taskId);
    assert.deepEqual(scoring?.assigned, [addr(GUARD)]);
    assert.equal(scoring?.scores.length, 0);
    assert.equal((await query.query.tasks.task(taskId))?.status, TaskStatus.TASK_STATUS_SCORING);

    guard = await spawnGuardProcess(guardArgs);
    assert.equal(guard.info.registration, "reused");
    assert.equal(guard.info.pubkey, Buffer.from(guardKey.pubKey).toString("hex"), "the same node key");
    assert.ok(guard.info.resumedFrom > 0, "resumed from the height saved in its home");
    const r = await settled(taskId);
    assert.equal(r.verdict, "ACCEPTED", logs());
    assert.equal(r.scores[0]!.method, "REEXECUTION", logs());
    // Every task scored exactly once by this guard; nothing was sent twice or refused.
    const metrics = await waitFor("the score counted", async () => {
      const text = await (await fetch(`${guard.info.url}/metrics`)).text();
      return /^strata_guard_scores_total\{outcome="committed"\} 1$/m.test(text) ? text : undefined;
    });
    assert.doesNotMatch(metrics, /outcome="refused"|outcome="error"/);
    assert.match(metrics, /^strata_guard_pending_scores 0$/m);
    assert.doesNotMatch(guard.stderr(), /already scored|double score|score no longer needed/);
    assert.match(guard.stderr(), /"msg":"resuming"/);
  });
});
