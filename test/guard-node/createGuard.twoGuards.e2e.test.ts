import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ed25519Generate } from "../../chain/core/crypto/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import {
  connectStrataL2,
  msgAttestModel,
  msgOpenSession,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRevealResults,
  newApiKey,
  outputCommitment,
  Role,
  type StrataL2Client,
  signReceipt,
} from "../../client/index.js";
import { createGuard, DEFAULT_COMPARE_CONFIG, type Guard } from "../../guard-node/index.js";
import { L2Chain, waitFor } from "./helpers/l2Chain.js";

// Two guards in process against a real L2 node where one score decides a task (quorum 1, two
// guards drawn): both judge every task at the same height, so the slower one finds the task
// decided, either before sending (gone from its assignments) or in the chain's refusal
// ("score after verdict"). Either way the score is dropped, never an error, never sent twice.
describe("guard: two guards, quorum 1: a task decided by the other guard is dropped gracefully", function () {
  this.timeout(180_000);
  let chain: L2Chain;
  let dir: string;
  const guards: Guard[] = [];
  const clients: StrataL2Client[] = [];
  const addr = (i: number) => chain.accounts[i]!.address;
  const WEIGHTS = createHash("sha256").update("weights").digest("hex");

  before(async () => {
    chain = await L2Chain.create({
      accounts: 4,
      blockIntervalMs: 200,
      params: { scores: { guardsPerTask: 2, quorum: 1, scoreBlocks: 100 } },
    });
    dir = await mkdtemp(join(tmpdir(), "strata-two-guards-"));
    for (const a of chain.accounts) {
      clients.push(await connectStrataL2(chain.rpc, { signer: a.wallet, broadcastPollIntervalMs: 100 }));
    }
  });

  after(async () => {
    for (const g of guards) await g.close();
    for (const c of clients) c.disconnect();
    await chain?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("every task is decided once, the other score dropped; no error, no double score", async () => {
    // Account 0: model owner, router, session owner; 1: executor; 2 and 3: guards.
    const executorKey = ed25519Generate().key;
    await clients[0]!.submit(addr(0), [
      msgPublishModel({
        owner: addr(0),
        name: "m",
        version: "1",
        weightsSha256: WEIGHTS,
        weightsSize: 1,
        format: "gguf",
        quantization: "F32",
        storageUris: ["https://example.com/m.gguf"],
        priceInputPer_1k: "1000",
        priceOutputPer_1k: "1000",
      }),
      msgRegisterNode({
        operator: addr(0),
        roles: [Role.ROLE_ROUTER],
        pubkey: ed25519Generate().key.pubKey,
        endpoint: "http://127.0.0.1:1/r",
        capacity: 1,
        pricePer_1k: "0",
        stake: "1000000",
      }),
    ]);
    await clients[1]!.submit(addr(1), [
      msgRegisterNode({
        operator: addr(1),
        roles: [Role.ROLE_EXECUTOR],
        pubkey: executorKey.pubKey,
        endpoint: "http://127.0.0.1:1/e",
        models: ["m@1"],
        capacity: 1,
        pricePer_1k: "0",
        stake: "1000000",
      }),
    ]);
    for (const i of [2, 3]) {
      guards.push(
        await createGuard(
          {
            l2: chain.rpc,
            home: join(dir, `guard-${i}`),
            reexecRate: 0,
            compare: DEFAULT_COMPARE_CONFIG,
            holdBlocks: 0,
            host: "127.0.0.1",
            port: 0,
            pollIntervalMs: 200,
            attest: false,
          },
          { logger: nullLogger, signer: chain.accounts[i]!.wallet },
        ),
      );
    }
    // The weights are not fetchable here: the guard account attests by hand.
    await clients[2]!.submit(addr(2), [
      msgAttestModel({ guard: addr(2), id: "m@1", weightsSha256: WEIGHTS }),
    ]);
    const opened = await clients[0]!.submit(addr(0), [
      msgOpenSession({
        owner: addr(0),
        model: "m@1",
        redundancy: 1,
        maxPricePer_1k: "1000",
        deposit: "100000000",
        apiKeySha256: newApiKey().sha256,
        durationBlocks: 100_000,
      }),
    ]);
    const session = (opened.responses[0] as { id: number }).id;

    const ids: string[] = [];
    for (let n = 0; n < 4; n++) {
      const taskId = randomBytes(32).toString("hex");
      const salt = randomBytes(32).toString("hex");
      const output = `answer ${n}`;
      const receipt = signReceipt(
        chain.chainId,
        {
          taskId,
          sessionId: session,
          executor: addr(1),
          modelSha256: WEIGHTS,
          promptSha256: createHash("sha256").update(`prompt ${n}`).digest("hex"),
          commitment: outputCommitment(output, salt),
          inputTokens: 100,
          outputTokens: 100,
        },
        executorKey,
      );
      await clients[0]!.submit(addr(0), [
        msgRecordTasks({ router: addr(0), tasks: [{ taskId, sessionId: session, receipts: [receipt] }] }),
      ]);
      await clients[0]!.submit(addr(0), [
        msgRevealResults({ sender: addr(0), reveals: [{ taskId, executor: addr(1), output, salt }] }),
      ]);
      ids.push(taskId);
    }
    for (const id of ids) {
      const r = await waitFor(`task ${id} settled`, async () => {
        const report = await clients[0]!.taskReport(id);
        return report?.status === "SETTLED" ? report : undefined;
      });
      assert.equal(r.verdict, "ACCEPTED");
      assert.equal(r.guards.length, 2);
      assert.equal(r.scores.length, 1, "one score decided the task");
    }
    // Each guard's judgement of each task ended as a committed score or a dropped one.
    const count = async (g: Guard, re: RegExp) =>
      Number(re.exec(await (await fetch(`${g.url}/metrics`)).text())?.[1] ?? 0);
    await waitFor("every judgement accounted for", async () => {
      let committed = 0;
      let dropped = 0;
      for (const g of guards) {
        committed += await count(g, /^strata_guard_scores_total\{outcome="committed"\} (\d+)$/m);
        for (const reason of ["decided", "already-scored", "not-scoring", "late", "not-assigned"]) {
          dropped += await count(
            g,
            new RegExp(`^strata_guard_scores_dropped_total\\{reason="${reason}"\\} (\\d+)$`, "m"),
          );
        }
      }
      return committed === ids.length && dropped === ids.length ? true : undefined;
    });
    for (const g of guards) {
      const text = await (await fetch(`${g.url}/metrics`)).text();
      assert.doesNotMatch(text, /strata_guard_score_txs_total\{outcome="error"\}/);
      assert.match(text, /^strata_guard_pending_scores 0$/m);
      assert.equal(g.health().status, "ok");
    }
  });
});
