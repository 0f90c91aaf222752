import assert from "node:assert/strict";
import OpenAI from "openai";
import { createRouter, type Router } from "../../router-node/index.js";
import { get, metric, post } from "./helpers/http.js";
import { type SpawnedRouter, spawnRouter } from "./helpers/spawnRouter.js";
import { type TinyModelFixture, tinyModelFixture } from "./helpers/tinyModel.js";

interface Meta {
  executors: { id: string; status: string; served: boolean; error: string | null }[];
}

// Crashing executors are real router processes that SIGKILL themselves mid-request
// (`--fault crash-after:N`): the socket closes under the front router exactly as when a
// machine dies. They front an in-process model router so they need no model of their own.
describe("executor crash mid-request: retry before the first token, 502 after, nothing hangs", () => {
  let fx: TinyModelFixture;
  let model: Router;
  let crashBeforeFirst: SpawnedRouter;
  let crashAfter3a: SpawnedRouter;
  let crashAfter3b: SpawnedRouter;
  const peerId = (r: SpawnedRouter) => `peer:${new URL(r.url).host}`;

  before(async () => {
    fx = await tinyModelFixture();
    model = await createRouter({
      backend: { kind: "llama", modelPath: fx.path, contextSize: 256, parallel: 2 },
    });
    const crashing = (fault: string) =>
      spawnRouter([
        "--backend",
        "openai",
        "--upstream",
        `${model.url}/v1`,
        "--fault",
        fault,
        "--log-level",
        "error",
      ]);
    [crashBeforeFirst, crashAfter3a, crashAfter3b] = await Promise.all([
      crashing("crash-after:0"),
      crashing("crash-after:3"),
      crashing("crash-after:3"),
    ]);
  });
  after(async () => {
    await Promise.all([crashBeforeFirst?.stop(), crashAfter3a?.stop(), crashAfter3b?.stop()]);
    await model?.close();
    await fx?.remove();
  });

  it("retries on another executor when one crashes before its first token", async () => {
    // Equal terms: configuration order decides, so the crashing peer is tried first.
    const front = await createRouter({
      peers: [{ url: crashBeforeFirst.baseURL }, { url: `${model.url}/v1` }],
    });
    try {
      const r = await post(`${front.url}/v1/chat/completions`, {
        model: "tiny",
        messages: [{ role: "user", content: "hello" }],
        max_tokens: 4,
        temperature: 0,
      });
      assert.equal(r.status, 200);
      assert.equal((r.body.choices as { message: { content: string } }[])[0]!.message.content, "pqrs");
      const meta = r.body.strata as Meta;
      assert.deepEqual(
        meta.executors.map((e) => [e.id, e.status, e.served]),
        [
          [peerId(crashBeforeFirst), "failed", false],
          [`peer:${new URL(model.url).host}`, "ok", true],
        ],
      );
      // Killed before answering: the request's socket hangs up (no response at all).
      assert.match(
        meta.executors[0]!.error!,
        /request to upstream .* failed: (socket hang up|read ECONNRESET)/,
      );
      assert.equal(await crashBeforeFirst.exited, "SIGKILL");
      assert.equal(
        await metric(front.url, `strata_router_retries_total{failed_executor="${peerId(crashBeforeFirst)}"}`),
        1,
      );
      // The dead peer now ranks last: the next request goes straight to the live one.
      const again = await post(`${front.url}/v1/completions`, {
        model: "tiny",
        prompt: "abc",
        max_tokens: 2,
      });
      assert.equal(again.status, 200);
      assert.equal((again.body.strata as Meta).executors.length, 1);
    } finally {
      await front.close();
    }
  });

  it("fails with a clear error when the serving executor crashes after its first token, and keeps serving", async () => {
    const front = await createRouter({
      peers: [{ url: crashAfter3a.baseURL }, { url: crashAfter3b.baseURL }],
    });
    const client = new OpenAI({ baseURL: `${front.url}/v1`, apiKey: "not-needed", maxRetries: 0 });
    try {
      // Streamed: three tokens arrive, then the error event the client raises.
      const stream = await client.chat.completions.create({
        model: "tiny",
        messages: [{ role: "user", content: "hello" }],
        max_tokens: 16,
        temperature: 0,
        stream: true,
      });
      const pieces: string[] = [];
      await assert.rejects(
        (async () => {
          for await (const chunk of stream) pieces.push(chunk.choices[0]?.delta.content ?? "");
        })(),
        (e) => {
          assert.ok(e instanceof OpenAI.APIError);
          assert.match(e.message, /executor peer:.* failed after streaming 3 chunks/);
          return true;
        },
      );
      assert.equal(pieces.join(""), "pqr");
      assert.equal(await crashAfter3a.exited, "SIGKILL");

      // Not streamed: a 502 with an OpenAI error body (the first peer is cooling down, the second serves).
      await assert.rejects(
        client.completions.create({ model: "tiny", prompt: "abc", max_tokens: 16, temperature: 0 }),
        (e) => {
          assert.ok(e instanceof OpenAI.APIError);
          assert.equal(e.status, 502);
          assert.equal(e.code, "executor_failed");
          assert.match(
            e.message,
            new RegExp(`executor ${peerId(crashAfter3b)} failed after streaming 3 chunks`),
          );
          return true;
        },
      );
      assert.equal(await crashAfter3b.exited, "SIGKILL");

      // Both dead: every attempt fails before answering; still a prompt 502, never a hang.
      const dead = await post(`${front.url}/v1/completions`, { model: "tiny", prompt: "abc", max_tokens: 2 });
      assert.equal(dead.status, 502);
      assert.match(dead.body.error!.message, /every executor failed before answering/);
      const health = await get(`${front.url}/health`);
      assert.equal(health.status, 200);
      assert.equal(health.body.status, "degraded");
    } finally {
      await front.close();
    }
  });
});
