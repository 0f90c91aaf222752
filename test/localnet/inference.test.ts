import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { nullLogger } from "../../chain/core/log/index.js";
import { connectStrataL2, NodeStatus, type StrataL2Client, type TaskReport } from "../../client/index.js";
import {
  type Localnet,
  type LocalnetManifest,
  localnetUp,
  type ManifestSession,
} from "../../localnet/index.js";

/** Stake every router and guard bonds at genesis. */
const STAKE = "1000000";

describe("inference on the localnet: two routers, a cheating executor and a guard on L2 (real processes)", function () {
  this.timeout(300_000);
  let home: string;
  let net: Localnet;
  let manifest: LocalnetManifest;
  let l2: StrataL2Client;
  let session: ManifestSession;
  let openai: OpenAI;
  const operator = (router: string) =>
    manifest.accounts.find((a) => a.name === `${router}-operator`)!.address;

  /** The last lines of every service log, for a failure message. */
  const logs = async () => {
    const tails = await Promise.all(
      [...manifest.routers, ...(manifest.guards ?? [])].map(async (s) => {
        const text = await readFile(s.log, "utf8").catch(() => "");
        return `--- ${s.name}\n${text.split("\n").slice(-15).join("\n")}`;
      }),
    );
    return tails.join("\n");
  };

  /** Waits (bounded) until the task is recorded and satisfies `done`; fails with the logs. */
  const waitTask = async (
    id: string,
    done: (r: TaskReport) => boolean,
    what: string,
  ): Promise<TaskReport> => {
    const until = Date.now() + 90_000;
    let last: TaskReport | null = null;
    while (Date.now() < until) {
      last = await l2.taskReport(id).catch(() => null);
      if (last && done(last)) return last;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.fail(`task ${id} not ${what}: ${JSON.stringify(last)}\n${await logs()}`);
  };
  const settled = (id: string) => waitTask(id, (r) => r.status === "SETTLED", "settled");

  /** Every task id this file's requests got (the response id is the L2 task id). */
  const taskIds: string[] = [];
  const chat = async (content: string) => {
    const res = await openai.chat.completions.create({
      model: session.model,
      messages: [{ role: "user", content }],
      max_tokens: 8,
      temperature: 0,
    });
    taskIds.push(res.id);
    return res;
  };

  /** Every settlement pays out exactly its charge. */
  const assertPaymentsSumToCharge = (r: TaskReport) => {
    const paid = r.payments.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    assert.equal(paid, BigInt(r.settlement!.charge), `task ${r.id}: payments ${JSON.stringify(r.payments)}`);
  };

  before(async () => {
    home = await mkdtemp(join(tmpdir(), "strata-inference-localnet-"));
    net = await localnetUp({
      home,
      detach: false,
      accounts: 2,
      blockIntervalMs: 200,
      faultyExecutor: true,
      logger: nullLogger,
    });
    manifest = JSON.parse(await readFile(join(home, "localnet.json"), "utf8")) as LocalnetManifest;
    l2 = await connectStrataL2(manifest.chains.l2!.rpc[0]!);
    session = manifest.sessions![0]!;
    openai = new OpenAI({ baseURL: session.router, apiKey: session.apiKey, maxRetries: 0 });
  });

  after(async () => {
    l2?.disconnect();
    await net?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("registers the routers and the guard at genesis, and opens the development session with only its key's sha256", async () => {
    assert.deepEqual(
      manifest.routers.map((r) => [r.name, r.fault ?? null]),
      [
        ["router-0", null],
        ["router-1", null],
        ["router-faulty", "alter-output"],
      ],
    );
    for (const r of manifest.routers) {
      const node = await l2.query.nodes.node(operator(r.name));
      assert.equal(node?.status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.equal(node?.endpoint, r.url);
      assert.deepEqual(node?.models, [r.modelVersion]);
      // The cheater bonds three times the stake: the dispatch ranks it first.
      assert.equal(node?.stake, r.fault ? String(3n * BigInt(STAKE)) : STAKE);
    }
    const guard = await l2.query.nodes.node(operator("guard-0"));
    assert.equal(guard?.status, NodeStatus.NODE_STATUS_ACTIVE);
    assert.equal(session.router, manifest.routers[0]!.openaiBaseUrl);
    const onChain = await l2.query.sessions.session(session.id);
    assert.equal(onChain?.owner, manifest.accounts.find((a) => a.name === "dev0")!.address);
    assert.equal(onChain?.redundancy, 2);
    assert.match(onChain!.apiKeySha256, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(onChain).includes(session.apiKey));
  });

  it("refuses a wrong API key with 401 through the openai client", async () => {
    const wrong = new OpenAI({ baseURL: session.router, apiKey: "sk-strata-not-a-session", maxRetries: 0 });
    await assert.rejects(
      wrong.chat.completions.create({ model: session.model, messages: [{ role: "user", content: "hi" }] }),
      (err: unknown) => err instanceof OpenAI.AuthenticationError && err.status === 401,
    );
  });

  it("the guard catches the executor that alters its outputs: slashed and jailed, honest executors never; then it is no longer picked", async () => {
    const cheater = operator("router-faulty");
    const honest = [operator("router-0"), operator("router-1")];
    // Which executors ran a request: the router's `strata` extension of the response.
    const ranBy = (res: unknown) =>
      ((res as { strata?: { executors?: { id: string }[] } }).strata?.executors ?? []).map((e) => e.id);
    // A request the cheater runs (it bonds the most stake, so it ranks first).
    const isJailed = async () =>
      (await l2.query.nodes.node(cheater))?.status === NodeStatus.NODE_STATUS_JAILED;
    for (let i = 0; i < 12 && !(await isJailed()); i++) {
      const res = await chat(`question ${i}`);
      if (ranBy(res).includes(cheater)) break;
    }
    const until = Date.now() + 90_000;
    let caught: TaskReport | undefined;
    while (!caught && Date.now() < until) {
      for (const id of taskIds) {
        const r = await l2.taskReport(id).catch(() => null);
        if (r?.status === "SETTLED" && r.slashes.length > 0) caught = r;
      }
      if (!caught) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(caught, `no task slashed the faulty executor\n${await logs()}`);
    assert.ok(caught.receipts.some((r) => r.executor === cheater));
    assert.deepEqual(caught.faulty, [cheater]);
    assert.deepEqual(
      caught.slashes.map((s) => [s.node, s.jailed]),
      [[cheater, true]],
    );
    assertPaymentsSumToCharge(caught);
    const jailed = await l2.query.nodes.node(cheater);
    assert.equal(jailed?.status, NodeStatus.NODE_STATUS_JAILED);
    assert.ok(BigInt(jailed!.stake) < 3n * BigInt(STAKE));
    for (const h of honest) {
      const node = await l2.query.nodes.node(h);
      assert.equal(node?.status, NodeStatus.NODE_STATUS_ACTIVE);
      assert.equal(node?.stake, STAKE);
    }
    // Once the router's executor list is refreshed (it is cached for seconds; a task run on the
    // jailed node meanwhile is refused by L2 and dropped), the jailed node is never picked: 4
    // requests in a row run by the two honest executors (bounded wait).
    let clean = 0;
    let last = "";
    const deadline = Date.now() + 60_000;
    while (clean < 4 && Date.now() < deadline) {
      const res = await chat(`after jail ${clean}`);
      const ran = ranBy(res);
      clean = ran.includes(cheater) ? 0 : clean + 1;
      if (clean > 0) assert.deepEqual([...ran].sort(), [...honest].sort());
      last = res.id;
      if (clean === 0) await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal(clean, 4, `the jailed executor was still picked\n${await logs()}`);
    // The last one is recorded and settles with the honest executors only.
    const r = await settled(last);
    assert.deepEqual(r.receipts.map((x) => x.executor).sort(), [...honest].sort());
    assert.deepEqual(r.slashes, []);
  });

  it("serves a chat completion and a streamed one with the session key; both settle on L2 and the session pays exactly their charges", async () => {
    const before = BigInt((await l2.query.sessions.session(session.id))!.balance);
    const plain = await chat("hello");
    assert.ok(plain.choices[0]!.message.content);
    const stream = await openai.chat.completions.create({
      model: session.model,
      messages: [{ role: "user", content: "good morning" }],
      max_tokens: 8,
      temperature: 0,
      stream: true,
    });
    const ids = new Set<string>();
    let text = "";
    for await (const chunk of stream) {
      ids.add(chunk.id);
      text += chunk.choices[0]?.delta?.content ?? "";
    }
    assert.ok(text.length > 0);
    assert.equal(ids.size, 1, `one task id per stream, got ${[...ids].join(", ")}`);
    taskIds.push(...ids);
    const reports = [await settled(plain.id), await settled([...ids][0]!)];
    let charged = 0n;
    for (const r of reports) {
      assert.equal(r.sessionId, session.id);
      assert.equal(r.receipts.length, 2);
      assertPaymentsSumToCharge(r);
      charged += BigInt(r.settlement!.charge);
    }
    assert.ok(charged > 0n);
    const after = BigInt((await l2.query.sessions.session(session.id))!.balance);
    assert.equal(before - after, charged);
    // An honest task pays every role.
    const honest = reports.find((r) => r.verdict === "ACCEPTED" && r.faulty.length === 0);
    if (honest) {
      assert.deepEqual([...new Set(honest.payments.map((p) => p.role))].sort(), [
        "EXECUTOR",
        "GUARD",
        "MODEL_OWNER",
        "ROUTER",
        "TREASURY",
      ]);
    }
  });
});
