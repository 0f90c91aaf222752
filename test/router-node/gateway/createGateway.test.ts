import assert from "node:assert/strict";
import { createRouter, type Router } from "../../../router-node/index.js";
import { get, inFlight, metric, post, until } from "../helpers/http.js";
import { type TinyModelFixture, tinyModelFixture } from "../helpers/tinyModel.js";

const ERROR_KEYS = ["code", "message", "param", "type"];

describe("gateway (in-process router, real llama.cpp)", () => {
  let fx: TinyModelFixture;
  let plain: Router;
  let slow: Router;
  let failing: Router;

  before(async () => {
    fx = await tinyModelFixture();
    const backend = { kind: "llama" as const, modelPath: fx.path, contextSize: 256 };
    [plain, slow, failing] = await Promise.all([
      createRouter({ backend: { ...backend, parallel: 2 } }),
      // One slot, one queue place, 20 ms per token: long enough to observe queueing and cancellation.
      createRouter({ backend, faults: { delayMs: 20 }, maxConcurrent: 1, maxQueue: 1 }),
      createRouter({ backend, faults: { failAfter: 2 } }),
    ]);
  });
  after(async () => {
    await Promise.all([plain?.close(), slow?.close(), failing?.close()]);
    await fx?.remove();
  });

  const chat = (over: Record<string, unknown> = {}) => ({
    model: "tiny",
    messages: [{ role: "user", content: "hello" }],
    max_tokens: 4,
    temperature: 0,
    ...over,
  });

  describe("bad input answers 400 with an OpenAI error body", () => {
    const cases: [string, string, unknown, string | null, string | null][] = [
      ["invalid JSON", "/v1/chat/completions", '{"model": "tiny", "messages": [', null, null],
      ["unknown model", "/v1/chat/completions", chat({ model: "gpt-9" }), "model", "model_not_found"],
      ["missing messages", "/v1/chat/completions", { model: "tiny" }, "messages", null],
      ["negative max_tokens", "/v1/chat/completions", chat({ max_tokens: -5 }), "max_tokens", null],
      ["huge max_tokens", "/v1/chat/completions", chat({ max_tokens: 10_000_000 }), "max_tokens", null],
      [
        "max_tokens over the model context",
        "/v1/chat/completions",
        chat({ max_tokens: 1000 }),
        "max_tokens",
        null,
      ],
      [
        "prompt over the context size",
        "/v1/chat/completions",
        chat({ messages: [{ role: "user", content: "hello ".repeat(300) }] }),
        "messages",
        "context_length_exceeded",
      ],
      [
        "completion prompt over the context size",
        "/v1/completions",
        { model: "tiny", prompt: "a b ".repeat(200), max_tokens: 4 },
        "prompt",
        "context_length_exceeded",
      ],
      ["missing prompt", "/v1/completions", { model: "tiny" }, "prompt", null],
      ["n > 1", "/v1/completions", { model: "tiny", prompt: "x", n: 3 }, "n", null],
    ];
    for (const [name, path, body, param, code] of cases) {
      it(name, async () => {
        const r = await post(`${plain.url}${path}`, body);
        assert.equal(r.status, 400);
        assert.deepEqual(Object.keys(r.body.error!).sort(), ERROR_KEYS);
        assert.equal(r.body.error!.type, "invalid_request_error");
        assert.equal(r.body.error!.param, param);
        assert.equal(r.body.error!.code, code);
        assert.ok(r.body.error!.message.length > 0);
      });
    }
  });

  it("answers unknown routes 404, wrong methods 405 and oversized bodies 413, as OpenAI errors", async () => {
    const missing = await get(`${plain.url}/v1/nothing`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error!.code, "not_found");
    const wrong = await get(`${plain.url}/v1/chat/completions`);
    assert.equal(wrong.status, 405);
    const big = await post(`${plain.url}/v1/completions`, {
      model: "tiny",
      prompt: "x".repeat(5 * 1024 * 1024),
    });
    assert.equal(big.status, 413);
    assert.equal(big.body.error!.code, "payload_too_large");
  });

  it("lists models with their digest and serves /v1/models/:id", async () => {
    const list = await get(`${plain.url}/v1/models`);
    assert.equal(list.status, 200);
    const data = list.body.data as {
      id: string;
      object: string;
      strata: { digest: string; context_size: number };
    }[];
    assert.equal(data.length, 1);
    assert.equal(data[0]!.id, "tiny");
    assert.equal(data[0]!.object, "model");
    assert.match(data[0]!.strata.digest, /^[0-9a-f]{64}$/);
    assert.equal(data[0]!.strata.context_size, 256);
    assert.equal((await get(`${plain.url}/v1/models/tiny`)).status, 200);
    assert.equal((await get(`${plain.url}/v1/models/nope`)).status, 404);
  });

  it("/health reports executors and the queue; /metrics is Prometheus text with the router's series", async () => {
    await post(`${plain.url}/v1/completions`, { model: "tiny", prompt: "abc", max_tokens: 3 });
    const health = await get(`${plain.url}/health`);
    assert.equal(health.body.status, "ok");
    assert.deepEqual(health.body.models, ["tiny"]);
    const res = await fetch(`${plain.url}/metrics`);
    assert.match(res.headers.get("content-type")!, /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const series of [
      "# TYPE strata_router_requests_total counter",
      "# TYPE strata_router_request_duration_seconds histogram",
      "# TYPE strata_router_time_to_first_token_seconds histogram",
      "# TYPE strata_router_queue_depth gauge",
      'strata_router_tokens_total{kind="completion"}',
      'strata_router_request_duration_seconds_bucket{route="completions",le="+Inf"}',
    ]) {
      assert.ok(text.includes(series), series);
    }
    assert.ok((await metric(plain.url, 'strata_router_tokens_total{kind="completion"}')) >= 3);
  });

  it("answers 429 when the queue is full, and serves the queued request after", async () => {
    const long = fetch(`${slow.url}/v1/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "tiny", prompt: "abc", max_tokens: 20 }),
    });
    await until(async () => (await inFlight(slow.url)) === 1);
    const queued = post(`${slow.url}/v1/completions`, { model: "tiny", prompt: "hello", max_tokens: 2 });
    await until(async () => (await metric(slow.url, "strata_router_queue_depth")) === 1);
    const refused = await post(`${slow.url}/v1/completions`, { model: "tiny", prompt: "x", max_tokens: 1 });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error!.type, "rate_limit_error");
    assert.equal(refused.body.error!.code, "queue_full");
    assert.equal((await long).status, 200);
    const q = await queued;
    assert.equal(q.status, 200);
    assert.equal((q.body.choices as { text: string }[])[0]!.text, "pq");
  });

  it("answers 504 when the request deadline passes, and keeps serving", async () => {
    const r = await post(
      `${slow.url}/v1/completions`,
      { model: "tiny", prompt: "abc", max_tokens: 50 },
      { "x-strata-deadline-ms": "60" },
    );
    assert.equal(r.status, 504);
    assert.equal(r.body.error!.code, "deadline_exceeded");
    await until(async () => (await inFlight(slow.url)) === 0);
    assert.equal(
      (await post(`${slow.url}/v1/completions`, { model: "tiny", prompt: "abc", max_tokens: 1 })).status,
      200,
    );
  });

  it("cancels the backend work when the client disconnects mid-stream", async () => {
    const cancelledBefore = await metric(
      slow.url,
      'strata_router_executor_attempts_total{executor="local",outcome="cancelled"}',
    );
    const ac = new AbortController();
    const res = await fetch(`${slow.url}/v1/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "tiny", prompt: "abc", max_tokens: 200, stream: true }),
      signal: ac.signal,
    });
    const reader = res.body!.getReader();
    const first = await reader.read();
    assert.match(Buffer.from(first.value!).toString(), /^data: /);
    assert.equal(await inFlight(slow.url), 1);
    ac.abort();
    // 200 tokens at 20 ms each would take 4 s: in-flight drops at once only if the work was cancelled.
    await until(async () => (await inFlight(slow.url)) === 0);
    await until(
      async () =>
        (await metric(
          slow.url,
          'strata_router_executor_attempts_total{executor="local",outcome="cancelled"}',
        )) ===
        cancelledBefore + 1,
    );
    assert.ok(
      (await metric(slow.url, 'strata_router_requests_total{route="completions",status="cancelled"}')) >= 1,
    );
  });

  it("a backend failing mid-request answers 502 (non-streamed) or an SSE error event (streamed); nothing hangs", async () => {
    const r = await post(`${failing.url}/v1/chat/completions`, chat({ max_tokens: 8 }));
    assert.equal(r.status, 502);
    assert.equal(r.body.error!.code, "executor_failed");
    assert.match(r.body.error!.message, /executor local failed after streaming 2 chunks/);

    const res = await fetch(`${failing.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify(chat({ max_tokens: 8, stream: true })),
    });
    assert.equal(res.status, 200);
    const events = (await res.text()).split("\n\n").filter(Boolean);
    assert.equal(events.length, 3);
    const last = JSON.parse(events[2]!.slice("data: ".length));
    assert.equal(last.error.code, "executor_failed");
    assert.ok(!events.includes("data: [DONE]"));
    // The router keeps serving (here: failing again, cleanly).
    assert.equal((await post(`${failing.url}/v1/chat/completions`, chat())).status, 502);
    assert.equal((await get(`${failing.url}/health`)).status, 200);
  });
});
