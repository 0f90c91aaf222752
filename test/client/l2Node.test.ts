import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { coins } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, type SigningStargateClient } from "@cosmjs/stargate";
import { ed25519Generate } from "../../chain/core/crypto/index.js";
import { loadKeyFile } from "../../chain/core/node/index.js";
import {
  connectStrataL2,
  decodeStrataMsgResponse,
  Method,
  ModelStatus,
  msgAttestModel,
  msgOpenSession,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRevealResults,
  msgSubmitScores,
  NodeStatus,
  newApiKey,
  outputCommitment,
  Role,
  SessionStatus,
  type StrataL2Client,
  signReceipt,
  TxRefusedError,
} from "../../client/index.js";
import { addTestKeys, connectL2Signer, strata, TestNode } from "../helpers/l1Node.js";
import { strataRun } from "../helpers/strataCli.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const run = promisify(execFile);

/** The ```ts block of the README's "Using the TypeScript client" section. */
async function readmeClientExample(): Promise<string> {
  const readme = await readFile(join(REPO, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Using the TypeScript client"));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  assert.ok(m, "README has a TypeScript example in its client section");
  return m[1]!;
}

// End to end: one L2 node started through the CLI (`strata init --layer l2`, `strata start`),
// driven by unmodified @cosmjs/stargate with the strata registry, by the strata client, and by the
// strata CLI.
describe("L2 node: unmodified cosmjs with the strata registry, the client and the CLI", function () {
  this.timeout(180_000);
  const MODEL = "e2e-model@1";
  const WEIGHTS = "ab".repeat(32);
  let node: TestNode;
  let cosmjs: SigningStargateClient;
  let guard: SigningStargateClient;
  let client: StrataL2Client;
  let keyHome: string;
  const receiptKey = ed25519Generate().key;
  /** The session the CLI opened (its lifecycle tests top it up and close it). */
  let cliSession = 0;
  /** The session account 0 opened through cosmjs (the task pipeline bills it). */
  let cosmjsSession = 0;

  /** `strata` args with the node and the test keyring. */
  const withKeys = (args: string[]) => [
    ...args,
    "--node",
    node.rpc,
    "--keyring-backend",
    "test",
    "--home",
    keyHome,
  ];

  before(async () => {
    node = await TestNode.create({
      layer: "l2",
      accounts: 4,
      blockIntervalMs: 200,
      balance: 10_000_000_000n,
    });
    cosmjs = await connectL2Signer(node, 0);
    guard = await connectL2Signer(node, 1);
    client = await connectStrataL2(node.rpc);
    keyHome = await mkdtemp(join(tmpdir(), "strata-l2-keys-"));
    // Accounts 2 and 3 are the CLI's keys "alice" and "bob"; account 1 (the guard) is "carol".
    await addTestKeys(keyHome, [
      ["alice", node.accounts[2]!.wallet.mnemonic],
      ["bob", node.accounts[3]!.wallet.mnemonic],
      ["carol", node.accounts[1]!.wallet.mnemonic],
    ]);
  });

  after(async () => {
    cosmjs?.disconnect();
    guard?.disconnect();
    client?.disconnect();
    await node?.destroy();
    if (keyHome) await rm(keyHome, { recursive: true, force: true });
  });

  describe("cosmjs SigningStargateClient with createStrataRegistry()", () => {
    it("reads balances and sends tokens", async () => {
      const [from, to] = [node.accounts[0]!.address, node.accounts[3]!.address];
      assert.deepEqual(await cosmjs.getBalance(to, "ustra"), { denom: "ustra", amount: "10000000000" });
      const res = await cosmjs.sendTokens(from, to, coins(777, "ustra"), "auto");
      assertIsDeliverTxSuccess(res);
      assert.equal((await cosmjs.getBalance(to, "ustra")).amount, "10000000777");
    });

    it("reads block 1", async () => {
      const block = await cosmjs.getBlock(1);
      assert.equal(block.header.height, 1);
      assert.equal(block.header.chainId, node.chainId);
      assert.match(block.id, /^[0-9A-F]{64}$/);
    });

    it("publishes a model version (PENDING)", async () => {
      const owner = node.accounts[0]!.address;
      const res = await cosmjs.signAndBroadcast(
        owner,
        [
          msgPublishModel({
            owner,
            name: "e2e-model",
            version: "1",
            weightsSha256: WEIGHTS,
            weightsSize: 4096,
            format: "gguf",
            quantization: "F32",
            storageUris: ["https://example.com/e2e.gguf"],
            priceInputPer_1k: "10",
            priceOutputPer_1k: "20",
          }),
        ],
        "auto",
      );
      assertIsDeliverTxSuccess(res);
      assert.deepEqual(decodeStrataMsgResponse(res.msgResponses[0]!), { id: MODEL });
      const model = await client.query.models.model(MODEL);
      assert.equal(model?.status, ModelStatus.MODEL_STATUS_PENDING);
      assert.equal(model?.owner, owner);
      assert.equal(model?.weightsSha256, WEIGHTS);
      assert.equal(model?.publishedHeight, res.height);
    });

    it("registers a node (guard and executor of the model) and bonds its stake", async () => {
      const operator = node.accounts[1]!.address;
      const before = BigInt((await guard.getBalance(operator, "ustra")).amount);
      const res = await guard.signAndBroadcast(
        operator,
        [
          msgRegisterNode({
            operator,
            roles: [Role.ROLE_GUARD, Role.ROLE_EXECUTOR],
            pubkey: receiptKey.pubKey,
            endpoint: "http://127.0.0.1:1/executor",
            models: [MODEL],
            capacity: 2,
            pricePer_1k: "15",
            hardware: { cpu: "test cpu", cores: 2, memoryBytes: 1 << 30, gpu: "" },
            stake: "1000000",
          }),
        ],
        "auto",
      );
      assertIsDeliverTxSuccess(res);
      const registered = await client.query.nodes.node(operator);
      assert.ok(registered);
      assert.deepEqual(registered.roles, [Role.ROLE_GUARD, Role.ROLE_EXECUTOR]);
      assert.equal(registered.status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.equal(registered.stake, "1000000");
      assert.deepEqual(registered.pubkey, receiptKey.pubKey);
      const after = BigInt((await guard.getBalance(operator, "ustra")).amount);
      assert.ok(before - after > 1_000_000n, "stake and fee left the operator");
    });

    it("the guard attests the model, and a session opens with only the API key's sha256 on chain", async () => {
      const attested = await guard.signAndBroadcast(
        node.accounts[1]!.address,
        [msgAttestModel({ guard: node.accounts[1]!.address, id: MODEL, weightsSha256: WEIGHTS })],
        "auto",
      );
      assertIsDeliverTxSuccess(attested);
      assert.equal((await client.query.models.model(MODEL))?.status, ModelStatus.MODEL_STATUS_VERIFIED);

      const owner = node.accounts[0]!.address;
      const key = newApiKey();
      const res = await cosmjs.signAndBroadcast(
        owner,
        [
          msgOpenSession({
            owner,
            model: MODEL,
            redundancy: 1,
            maxPricePer_1k: "20",
            deposit: "1000000",
            apiKeySha256: key.sha256,
            durationBlocks: 1000,
          }),
        ],
        "auto",
      );
      assertIsDeliverTxSuccess(res);
      const opened = decodeStrataMsgResponse(res.msgResponses[0]!) as { id: number; expiresHeight: number };
      assert.equal(opened.expiresHeight, res.height + 1000);
      cosmjsSession = opened.id;
      const session = await client.query.sessions.session(opened.id);
      assert.equal(session?.owner, owner);
      assert.equal(session?.status, SessionStatus.SESSION_STATUS_OPEN);
      assert.equal(session?.apiKeySha256, key.sha256);
      assert.equal(session?.balance, "1000000");
      const tx = await cosmjs.getTx(res.transactionHash);
      assert.ok(tx && !Buffer.from(tx.tx).includes(key.key), "the API key itself never goes on chain");
    });

    it("the strata client reports a refused message with its codespace, code and log", async () => {
      const signing = await connectStrataL2(node.rpc, {
        signer: node.accounts[0]!.wallet,
        broadcastPollIntervalMs: 100,
      });
      try {
        const owner = node.accounts[0]!.address;
        const again = msgPublishModel({
          owner,
          name: "e2e-model",
          version: "1",
          weightsSha256: WEIGHTS,
          weightsSize: 4096,
          format: "gguf",
          quantization: "F32",
          storageUris: ["https://example.com/e2e.gguf"],
          priceInputPer_1k: "10",
          priceOutputPer_1k: "20",
        });
        await assert.rejects(signing.submit(owner, [again]), (err: unknown) => {
          assert.ok(err instanceof TxRefusedError);
          assert.equal(err.codespace, "models");
          assert.equal(err.code, 3);
          assert.equal(err.stage, "simulate");
          assert.match(err.log, /duplicate version/);
          return true;
        });
        // With an explicit fee the tx is not simulated: it is refused in its block, with its hash.
        await assert.rejects(
          signing.submit(owner, [again], { fee: { amount: coins(1000, "ustra"), gas: "200000" } }),
          (err: unknown) => {
            assert.ok(err instanceof TxRefusedError);
            assert.equal(err.codespace, "models");
            assert.equal(err.code, 3);
            assert.ok(err.stage === "deliver" || err.stage === "check");
            if (err.stage === "deliver") assert.match(err.txhash ?? "", /^[0-9A-F]{64}$/);
            return true;
          },
        );
      } finally {
        signing.disconnect();
      }
    });

    it("runs the README's client example", async () => {
      const code = await readmeClientExample();
      // The example's two free variables, then the README text verbatim. It runs inside the repo so
      // `strata/client` resolves through package.json `exports`.
      await mkdir(join(REPO, "tmp"), { recursive: true });
      const dir = await mkdtemp(join(REPO, "tmp", "readme-client-"));
      const file = join(dir, "example.ts");
      const prelude = `const rpcUrl = ${JSON.stringify(node.rpc)};\nconst mnemonic = ${JSON.stringify(node.accounts[0]!.wallet.mnemonic)};\n`;
      await writeFile(file, prelude + code);
      try {
        const { stdout } = await run(process.execPath, ["--import", "tsx/esm", file], { cwd: REPO });
        assert.match(stdout, /published at height \d+ code 0/);
        assert.match(stdout, /readme-model@1 PENDING/);
        assert.match(stdout, /^1 executors$/m);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      assert.equal((await client.query.models.model("readme-model@1"))?.owner, node.accounts[0]!.address);
    });
  });

  describe("strata CLI", () => {
    it("tx models publish → query models show → list → history", async () => {
      const weights = join(keyHome, "cli.gguf");
      await writeFile(weights, "not really a model, but bytes with a digest");
      const digest = createHash("sha256")
        .update(await readFile(weights))
        .digest("hex");
      for (const version of ["1", "2"]) {
        const out = JSON.parse(
          await strata(
            withKeys([
              "tx",
              "models",
              "publish",
              "alice",
              `cli-model@${version}`,
              "--file",
              weights,
              "--quantization",
              "Q4_K",
              "--uri",
              "https://example.com/cli.gguf",
              "--price-input",
              "5",
              "--price-output",
              "7ustra",
              "--license",
              "MIT",
              ...(version === "2" ? ["--parent", "cli-model@1"] : []),
              "-o",
              "json",
            ]),
          ),
        );
        assert.equal(out.code, 0);
        assert.equal(out.id, `cli-model@${version}`);
        assert.match(out.txhash, /^[0-9A-F]{64}$/);
      }

      const shown = JSON.parse(
        await strata(["query", "models", "show", "cli-model@2", "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.status, "PENDING");
      assert.equal(shown.visibility, "PUBLIC");
      assert.equal(shown.weightsSha256, digest);
      assert.equal(shown.weightsSize, 43);
      assert.equal(shown.priceOutputPer_1k, "7");
      assert.equal(shown.parent, "cli-model@1");
      assert.equal(shown.owner, node.accounts[2]!.address);
      const text = await strata(["query", "models", "show", "cli-model@2", "--node", node.rpc]);
      assert.match(text, /^status: +PENDING$/m);
      assert.match(text, /^parent: +cli-model@1$/m);

      const list = JSON.parse(await strata(["query", "models", "list", "--node", node.rpc, "-o", "json"]));
      assert.deepEqual(
        list.models.map((m: { id: string }) => m.id),
        ["cli-model@1", "cli-model@2", MODEL, "readme-model@1"],
      );
      const verified = JSON.parse(
        await strata(["query", "models", "list", "--status", "verified", "--node", node.rpc, "-o", "json"]),
      );
      assert.deepEqual(
        verified.models.map((m: { id: string }) => m.id),
        [MODEL],
      );
      const paged = JSON.parse(
        await strata(["query", "models", "list", "--limit", "1", "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(paged.models.length, 1);
      assert.ok(paged.nextKey);

      const history = JSON.parse(
        await strata(["query", "models", "history", "cli-model", "--node", node.rpc, "-o", "json"]),
      );
      assert.deepEqual(
        history.versions.map((m: { version: string }) => m.version),
        ["1", "2"],
      );
    });

    it("tx nodes register (key file, detected hardware) → query nodes show / list", async () => {
      const nodeKeyFile = join(node.home, "config", "node_key.json");
      const out = JSON.parse(
        await strata(
          withKeys([
            "tx",
            "nodes",
            "register",
            "bob",
            "--roles",
            "executor",
            "--node-key",
            nodeKeyFile,
            "--endpoint",
            "https://bob.example.com",
            "--models",
            MODEL,
            "--capacity",
            "3",
            "--price",
            "11",
            "--stake",
            "1000000",
            "-o",
            "json",
          ]),
        ),
      );
      assert.equal(out.code, 0);
      const keyFile = JSON.parse(await readFile(nodeKeyFile, "utf8"));
      assert.equal(out.pubkey, keyFile.pubKey.value);

      const bob = node.accounts[3]!.address;
      const shown = JSON.parse(
        await strata(["query", "nodes", "show", bob, "--node", node.rpc, "-o", "json"]),
      );
      assert.deepEqual(shown.roles, ["EXECUTOR"]);
      assert.equal(shown.status, "ACTIVE");
      assert.equal(shown.pubkey, keyFile.pubKey.value);
      assert.equal(shown.endpoint, "https://bob.example.com");
      assert.deepEqual(shown.models, [MODEL]);
      assert.equal(shown.capacity, 3);
      assert.equal(shown.pricePer_1k, "11");
      assert.equal(shown.stake, "1000000");
      assert.deepEqual(shown.hardware, {
        cpu: cpus()[0]!.model.trim(),
        cores: availableParallelism(),
        memoryBytes: totalmem(),
        gpu: "",
      });

      const executors = JSON.parse(
        await strata([
          "query",
          "nodes",
          "list",
          "--role",
          "executor",
          "--model",
          MODEL,
          "--node",
          node.rpc,
          "-o",
          "json",
        ]),
      );
      assert.deepEqual(
        executors.nodes.map((n: { operator: string }) => n.operator).sort(),
        [node.accounts[1]!.address, bob].sort(),
      );
      const guards = JSON.parse(
        await strata(["query", "nodes", "list", "--role", "guard", "--node", node.rpc, "-o", "json"]),
      );
      assert.deepEqual(
        guards.nodes.map((n: { operator: string }) => n.operator),
        [node.accounts[1]!.address],
      );
    });

    it("tx sessions open prints the session id and the API key once → query sessions show / list", async () => {
      const out = await strata(
        withKeys(["tx", "sessions", "open", "alice", MODEL, "--deposit", "2000000", "--duration", "500"]),
      );
      const key = /API key: (sk-strata-[A-Za-z0-9_-]{43})$/m.exec(out)?.[1];
      assert.ok(key, out);
      assert.equal(out.split(key).length - 1, 1, "the key is printed exactly once");
      assert.match(out, /^WARNING: Store this API key now: it is shown only once/m);
      const id = Number(/^session (\d+) opened on e2e-model@1/m.exec(out)?.[1]);
      assert.ok(id >= 1);
      cliSession = id;

      const shown = JSON.parse(
        await strata(["query", "sessions", "show", String(id), "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.status, "OPEN");
      assert.equal(shown.model, MODEL);
      assert.equal(shown.owner, node.accounts[2]!.address);
      assert.equal(shown.balance, "2000000");
      // Default --max-price: the model's higher price.
      assert.equal(shown.maxPricePer_1k, "20");
      assert.equal(shown.apiKeySha256, createHash("sha256").update(key).digest("hex"));
      assert.ok(!JSON.stringify(shown).includes(key));

      const mine = JSON.parse(
        await strata([
          "query",
          "sessions",
          "list",
          "--owner",
          node.accounts[2]!.address,
          "--node",
          node.rpc,
          "-o",
          "json",
        ]),
      );
      assert.deepEqual(
        mine.sessions.map((s: { id: number }) => s.id),
        [id],
      );
      const text = await strata(["query", "sessions", "show", String(id), "--node", node.rpc]);
      assert.match(text, /^balance: +2000000 ustra \(0 reserved\)$/m);
    });

    it("query tasks show: a task recorded, revealed, scored and settled, as one report", async () => {
      // Account 0 routes (and owns the model and the session), bob executes (his receipt key is
      // the node key file he registered with), carol is the only guard that can be drawn.
      const [router, carol, bob] = [
        node.accounts[0]!.address,
        node.accounts[1]!.address,
        node.accounts[3]!.address,
      ];
      assertIsDeliverTxSuccess(
        await cosmjs.signAndBroadcast(
          router,
          [
            msgRegisterNode({
              operator: router,
              roles: [Role.ROLE_ROUTER],
              pubkey: ed25519Generate().key.pubKey,
              endpoint: "http://127.0.0.1:1/router",
              capacity: 1,
              pricePer_1k: "0",
              stake: "1000000",
            }),
          ],
          "auto",
        ),
      );
      const bobKey = await loadKeyFile(join(node.home, "config", "node_key.json"));
      const taskId = createHash("sha256").update("e2e task").digest("hex");
      const output = "the answer is 42";
      const salt = "5a".repeat(32);
      const receipt = signReceipt(
        node.chainId,
        {
          taskId,
          sessionId: cosmjsSession,
          executor: bob,
          modelSha256: WEIGHTS,
          promptSha256: createHash("sha256").update("the question").digest("hex"),
          commitment: outputCommitment(output, salt),
          inputTokens: 100_000,
          outputTokens: 50_000,
        },
        bobKey,
      );
      const recorded = await cosmjs.signAndBroadcast(
        router,
        [msgRecordTasks({ router, tasks: [{ taskId, sessionId: cosmjsSession, receipts: [receipt] }] })],
        "auto",
      );
      assertIsDeliverTxSuccess(recorded);
      let report = await client.taskReport(taskId);
      assert.equal(report?.status, "COMMITTED");
      // unit = (100,000 × 10 + 50,000 × 20) / 1,000 = 2,000 ustra, reserved for one executor.
      assert.equal(report?.reserved, "2000");

      assertIsDeliverTxSuccess(
        await cosmjs.signAndBroadcast(
          router,
          [msgRevealResults({ sender: router, reveals: [{ taskId, executor: bob, output, salt }] })],
          "auto",
        ),
      );
      assert.deepEqual(await client.query.scores.guardAssignments(carol), [taskId]);
      const scored = await guard.signAndBroadcast(
        carol,
        [
          msgSubmitScores({
            guard: carol,
            scores: [
              {
                taskId,
                method: Method.METHOD_REEXECUTION,
                scores: [{ executor: bob, score: 1_000_000 }],
                note: "re-ran it: same output",
              },
            ],
          }),
        ],
        "auto",
      );
      assertIsDeliverTxSuccess(scored);

      report = await client.taskReport(taskId);
      const shown = JSON.parse(
        await strata(["query", "tasks", "show", taskId, "--node", node.rpc, "-o", "json"]),
      );
      assert.deepEqual(shown, JSON.parse(JSON.stringify(report)));
      assert.equal(shown.status, "SETTLED");
      assert.equal(shown.sessionId, cosmjsSession);
      assert.equal(shown.router, router);
      assert.deepEqual(
        shown.receipts.map(
          (r: { executor: string; served: boolean; revealed: boolean; inputTokens: number }) => [
            r.executor,
            r.served,
            r.revealed,
            r.inputTokens,
          ],
        ),
        [[bob, true, true, 100_000]],
      );
      assert.deepEqual(shown.reveals, [{ executor: bob, output, salt }]);
      assert.deepEqual(shown.guards, [carol]);
      assert.equal(shown.quorum, 1);
      assert.deepEqual(shown.scores, [
        {
          guard: carol,
          method: "REEXECUTION",
          height: scored.height,
          note: "re-ran it: same output",
          scores: [{ executor: bob, score: 1_000_000 }],
        },
      ]);
      assert.equal(shown.verdict, "ACCEPTED");
      assert.deepEqual(shown.finalScores, [{ executor: bob, score: 1_000_000 }]);
      assert.equal(shown.settlement.charge, "2000");
      assert.equal(shown.settlement.refunded, "0");
      // 80 % executors, 5 % each router, guards, model owner, treasury (RULES.md, settlement).
      const byRole = Object.fromEntries(
        shown.payments.map((p: { role: string; recipient: string; amount: string }) => [
          p.role,
          [p.recipient, p.amount],
        ]),
      );
      assert.deepEqual(byRole.EXECUTOR, [bob, "1600"]);
      assert.deepEqual(byRole.ROUTER, [router, "100"]);
      assert.deepEqual(byRole.GUARD, [carol, "100"]);
      assert.deepEqual(byRole.MODEL_OWNER, [router, "100"]);
      assert.equal(byRole.TREASURY[1], "100");
      assert.ok(shown.payments.every((p: { reason: string }) => p.reason.length > 0));
      assert.deepEqual(shown.slashes, []);

      const text = await strata(["query", "tasks", "show", taskId, "--node", node.rpc]);
      assert.match(text, /^verdict: ACCEPTED at \d+$/m);
      assert.match(
        text,
        new RegExp(
          `^  ${carol} by REEXECUTION at ${scored.height}: ${bob}=1000000  \\(re-ran it: same output\\)$`,
          "m",
        ),
      );
      assert.match(text, new RegExp(`^  1600 ustra to ${bob} \\(EXECUTOR\\): .+$`, "m"));
    });

    it("a refused tx prints `failed with code N (codespace): log` and exits 1", async () => {
      const args = [
        "tx",
        "models",
        "publish",
        "alice",
        "cli-model@1",
        "--weights-sha256",
        "cd".repeat(32),
        "--weights-size",
        "1",
        "--quantization",
        "Q4_K",
        "--uri",
        "https://example.com/x.gguf",
      ];
      const simulated = await strataRun(withKeys(args));
      assert.equal(simulated.code, 1);
      assert.match(simulated.stdout, /^failed with code 3 \(models\): .*duplicate version/m);

      const delivered = await strataRun(withKeys([...args, "--fees", "1000ustra", "-o", "json"]));
      assert.equal(delivered.code, 1);
      const refused = JSON.parse(delivered.stdout);
      assert.equal(refused.code, 3);
      assert.equal(refused.codespace, "models");
      assert.match(refused.log, /duplicate version/);

      // The next valid tx of the same key still works (sequence and fees consistent).
      const ok = JSON.parse(
        await strata(withKeys(["tx", "models", "deprecate", "alice", "cli-model@1", "-o", "json"])),
      );
      assert.equal(ok.code, 0);
      const shown = JSON.parse(
        await strata(["query", "models", "show", "cli-model@1", "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.status, "DEPRECATED");
    });

    it("tx models attest from the fetched weights file, as the active guard → VERIFIED", async () => {
      const out = JSON.parse(
        await strata(
          withKeys([
            "tx",
            "models",
            "attest",
            "carol",
            "cli-model@2",
            "--file",
            join(keyHome, "cli.gguf"),
            "-o",
            "json",
          ]),
        ),
      );
      assert.equal(out.code, 0);
      const shown = JSON.parse(
        await strata(["query", "models", "show", "cli-model@2", "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.status, "VERIFIED");
      assert.equal(shown.verifiedBy, node.accounts[1]!.address);
      assert.equal(shown.verifiedHeight, out.height);
    });

    it("tx nodes update changes only the flags given", async () => {
      const bob = node.accounts[3]!.address;
      const before = JSON.parse(
        await strata(["query", "nodes", "show", bob, "--node", node.rpc, "-o", "json"]),
      );
      const out = JSON.parse(
        await strata(
          withKeys([
            "tx",
            "nodes",
            "update",
            "bob",
            "--capacity",
            "5",
            "--add-stake",
            "250000",
            "-o",
            "json",
          ]),
        ),
      );
      assert.equal(out.code, 0);
      const after = JSON.parse(
        await strata(["query", "nodes", "show", bob, "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(after.capacity, 5);
      assert.equal(after.stake, "1250000");
      assert.deepEqual(
        { ...after, capacity: before.capacity, stake: before.stake },
        before,
        "nothing else changed (endpoint, models, hardware, price, roles)",
      );
    });

    it("tx sessions topup and close: the balance is refunded to the owner", async () => {
      assert.ok(cliSession > 0);
      const topped = JSON.parse(
        await strata(
          withKeys(["tx", "sessions", "topup", "bob", String(cliSession), "500000", "-o", "json"]),
        ),
      );
      assert.equal(topped.code, 0);
      let shown = JSON.parse(
        await strata(["query", "sessions", "show", String(cliSession), "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.balance, "2500000");
      assert.equal(shown.deposited, "2500000");

      const alice = node.accounts[2]!.address;
      const before = BigInt((await cosmjs.getBalance(alice, "ustra")).amount);
      const closed = JSON.parse(
        await strata(withKeys(["tx", "sessions", "close", "alice", String(cliSession), "-o", "json"])),
      );
      assert.equal(closed.code, 0);
      assert.equal(closed.refunded, "2500000");
      const after = BigInt((await cosmjs.getBalance(alice, "ustra")).amount);
      const tx = await cosmjs.getTx(closed.txhash);
      const fee = BigInt(
        tx!.events
          .find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee"))!
          .attributes.find((a) => a.key === "fee")!
          .value.replace("ustra", ""),
      );
      assert.equal(after, before + 2_500_000n - fee);
      shown = JSON.parse(
        await strata(["query", "sessions", "show", String(cliSession), "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.status, "CLOSED");
      assert.equal(shown.closedHeight, closed.height);
    });

    it("tx nodes unjail of an active node is refused; unbond starts unbonding", async () => {
      const refused = await strataRun(withKeys(["tx", "nodes", "unjail", "bob"]));
      assert.equal(refused.code, 1);
      assert.match(refused.stdout, /^failed with code \d+ \(nodes\): /m);

      const out = JSON.parse(await strata(withKeys(["tx", "nodes", "unbond", "bob", "-o", "json"])));
      assert.equal(out.code, 0);
      assert.ok(out.unbondingHeight > out.height);
      const shown = JSON.parse(
        await strata(["query", "nodes", "show", node.accounts[3]!.address, "--node", node.rpc, "-o", "json"]),
      );
      assert.equal(shown.status, "UNBONDING");
      assert.equal(shown.unbondingHeight, out.unbondingHeight);
    });

    it("an unreachable --node prints the URL it tried", async () => {
      const url = "http://127.0.0.1:9";
      for (const args of [
        ["query", "models", "list", "--node", url],
        [
          "tx",
          "sessions",
          "close",
          "alice",
          "1",
          "--node",
          url,
          "--keyring-backend",
          "test",
          "--home",
          keyHome,
        ],
      ]) {
        const r = await strataRun(args);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /cannot reach node at http:\/\/127\.0\.0\.1:9/);
      }
    });

    it("unknown ids are reported as not found (exit 1)", async () => {
      for (const [args, what] of [
        [["query", "models", "show", "nope@1"], "model nope@1"],
        [["query", "sessions", "show", "999"], "session 999"],
        [["query", "nodes", "show", node.accounts[2]!.address], `node ${node.accounts[2]!.address}`],
        [["query", "tasks", "show", "0".repeat(64)], `task ${"0".repeat(64)}`],
      ] as const) {
        const r = await strataRun([...args, "--node", node.rpc]);
        assert.equal(r.code, 1, args.join(" "));
        assert.match(r.stderr, new RegExp(`error \\[cli:20\\]: ${what} not found`));
      }
    });
  });
});
