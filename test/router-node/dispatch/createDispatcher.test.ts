import assert from "node:assert/strict";
import { nullLogger } from "../../../chain/core/log/index.js";
import { createDispatcher, type DispatchHooks, type Executor } from "../../../router-node/dispatch/index.js";
import { isRouterError, RouterError, RouterErrorCode } from "../../../router-node/index.js";
import type { GenerationRequest } from "../../../router-node/inference/index.js";
import { type Script, scriptedBackend } from "../helpers/scriptedBackend.js";

const REQ: GenerationRequest = {
  model: "m",
  input: { kind: "completion", prompt: "hi" },
  params: { maxTokens: 8, fitToContext: false, temperature: 0, topP: null, seed: null, stop: [] },
};

function ex(id: string, script: Script, over: Partial<Executor> = {}): Executor {
  return { id, backend: scriptedBackend("m", script), price: 0, capacity: 4, reputation: 1, ...over };
}

function hooks(signal = new AbortController().signal): DispatchHooks & { text: string; servedBy: string[] } {
  const h = {
    text: "",
    servedBy: [] as string[],
    signal,
    onServe: (id: string) => h.servedBy.push(id),
    onText: (t: string) => {
      h.text += t;
    },
  };
  return h;
}

describe("createDispatcher", () => {
  it("streams the chosen executor's text and reports one attempt", async () => {
    const d = createDispatcher({ executors: [ex("a", { chunks: ["x", "y"] })] }, { logger: nullLogger });
    const h = hooks();
    const out = await d.run(REQ, h);
    assert.equal(h.text, "xy");
    assert.deepEqual(h.servedBy, ["a"]);
    assert.equal(out.served, "a");
    assert.equal(out.agreement.level, "single");
    assert.equal(out.attempts.length, 1);
    assert.equal(out.attempts[0]!.status, "ok");
    assert.equal(out.attempts[0]!.completionTokens, 2);
  });

  it("rejects an unknown model with ModelNotFound", async () => {
    const d = createDispatcher({ executors: [ex("a", { chunks: [] })] }, { logger: nullLogger });
    await assert.rejects(d.run({ ...REQ, model: "nope" }, hooks()), (e) =>
      isRouterError(e, RouterErrorCode.ModelNotFound),
    );
  });

  it("retries on another executor when one fails before its first token", async () => {
    const a = ex("a", { chunks: ["never"], failAfter: 0 });
    const b = ex("b", { chunks: ["ok"] });
    const d = createDispatcher({ executors: [a, b] }, { logger: nullLogger });
    const h = hooks();
    const out = await d.run(REQ, h);
    assert.equal(h.text, "ok");
    assert.deepEqual(
      out.attempts.map((x) => [x.executor, x.status, x.served]),
      [
        ["a", "failed", false],
        ["b", "ok", true],
      ],
    );
    assert.match(out.attempts[0]!.error!, /scripted failure/);
    // The failed executor now ranks last: the next request goes to b first.
    const again = await d.run(REQ, hooks());
    assert.equal(again.attempts[0]!.executor, "b");
    assert.equal(d.status().find((s) => s.id === "a")!.healthy, false);
  });

  it("fails with ExecutorFailed when the served executor dies after its first token (no retry)", async () => {
    const a = ex("a", { chunks: ["p", "q", "r"], failAfter: 2 });
    const b = ex("b", { chunks: ["z"] });
    const d = createDispatcher({ executors: [a, b] }, { logger: nullLogger });
    const h = hooks();
    await assert.rejects(d.run(REQ, h), (e) => {
      assert.ok(isRouterError(e, RouterErrorCode.ExecutorFailed));
      assert.match(e.message, /executor a failed after streaming 2 chunks/);
      return true;
    });
    assert.equal(h.text, "pq");
    assert.equal((b.backend as ReturnType<typeof scriptedBackend>).calls, 0);
  });

  it("fails with ExecutorFailed listing every attempt when all fail before answering", async () => {
    const d = createDispatcher(
      { executors: [ex("a", { chunks: [], failAfter: 0 }), ex("b", { chunks: [], failAfter: 0 })] },
      { logger: nullLogger },
    );
    await assert.rejects(d.run(REQ, hooks()), (e) => {
      assert.ok(isRouterError(e, RouterErrorCode.ExecutorFailed));
      assert.match(e.message, /a: scripted failure.*b: scripted failure/);
      return true;
    });
  });

  it("does not retry a request-level error and relays it", async () => {
    const bad = new RouterError(RouterErrorCode.ContextLengthExceeded, "too long", { param: "prompt" });
    const a = ex("a", { chunks: [], failAfter: 0, error: bad });
    const b = ex("b", { chunks: ["x"] });
    const d = createDispatcher({ executors: [a, b] }, { logger: nullLogger });
    await assert.rejects(d.run(REQ, hooks()), (e) => e === bad);
    assert.equal((b.backend as ReturnType<typeof scriptedBackend>).calls, 0);
    // A client error says nothing about the executor's health.
    assert.equal(d.status().find((s) => s.id === "a")!.healthy, true);
  });

  it("with redundancy 3, keeps every output and shows who agreed", async () => {
    const d = createDispatcher(
      {
        executors: [
          ex("a", { chunks: ["ab", "c"] }),
          ex("b", { chunks: ["AB", "C"], delayMs: 5 }),
          ex("c", { chunks: ["ab", "c"], delayMs: 10 }),
        ],
        redundancy: 3,
      },
      { logger: nullLogger },
    );
    const h = hooks();
    const out = await d.run(REQ, h);
    assert.equal(h.text, "abc");
    assert.equal(out.served, "a");
    assert.equal(out.agreement.level, "majority");
    assert.deepEqual(out.agreement.agreeing, ["a", "c"]);
    assert.deepEqual(out.agreement.disagreeing, ["b"]);
    assert.deepEqual(
      out.attempts.map((x) => [x.executor, x.agreed]),
      [
        ["a", true],
        ["b", false],
        ["c", true],
      ],
    );
    assert.equal(out.attempts[0]!.outputSha256, out.attempts[2]!.outputSha256);
    assert.notEqual(out.attempts[0]!.outputSha256, out.attempts[1]!.outputSha256);
    assert.deepEqual(out.redundancy, { requested: 3, used: 3 });
  });

  it("replaces a redundant executor that fails before its first token with a spare", async () => {
    const d = createDispatcher(
      {
        executors: [
          ex("a", { chunks: ["x"] }),
          ex("b", { chunks: [], failAfter: 0 }),
          ex("c", { chunks: ["x"] }),
        ],
        redundancy: 2,
      },
      { logger: nullLogger },
    );
    const out = await d.run(REQ, hooks());
    assert.deepEqual(
      out.attempts.map((x) => [x.executor, x.status]),
      [
        ["a", "ok"],
        ["b", "failed"],
        ["c", "ok"],
      ],
    );
    assert.equal(out.agreement.level, "unanimous");
  });

  it("stops waiting for a slow redundant executor after redundancyWaitMs", async () => {
    const slow = ex("slow", { chunks: ["x"], hang: true });
    const d = createDispatcher(
      { executors: [ex("fast", { chunks: ["x"] }), slow], redundancy: 2, redundancyWaitMs: 20 },
      { logger: nullLogger },
    );
    const out = await d.run(REQ, hooks());
    assert.deepEqual(
      out.attempts.map((x) => [x.executor, x.status]),
      [
        ["fast", "ok"],
        ["slow", "timeout"],
      ],
    );
    assert.equal((slow.backend as ReturnType<typeof scriptedBackend>).aborted, 1);
  });

  it("cancels every attempt when the request is aborted, and rejects with the reason", async () => {
    const a = ex("a", { chunks: ["x"], hang: true });
    const b = ex("b", { chunks: ["y"], hang: true });
    const d = createDispatcher({ executors: [a, b], redundancy: 2 }, { logger: nullLogger });
    const ac = new AbortController();
    const h = hooks(ac.signal);
    const run = d.run(REQ, h);
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(
      d.status().reduce((n, s) => n + s.inFlight, 0),
      2,
    );
    const reason = new RouterError(RouterErrorCode.Cancelled, "client disconnected");
    ac.abort(reason);
    await assert.rejects(run, (e) => e === reason);
    await new Promise((r) => setImmediate(r));
    assert.equal((a.backend as ReturnType<typeof scriptedBackend>).aborted, 1);
    assert.equal((b.backend as ReturnType<typeof scriptedBackend>).aborted, 1);
    assert.equal(
      d.status().reduce((n, s) => n + s.inFlight, 0),
      0,
    );
  });

  it("a deadline after the served answer completed only cuts the redundant attempts", async () => {
    const d = createDispatcher(
      {
        executors: [ex("fast", { chunks: ["x"] }), ex("slow", { chunks: ["x"], hang: true })],
        redundancy: 2,
      },
      { logger: nullLogger },
    );
    const ac = new AbortController();
    const run = d.run(REQ, hooks(ac.signal));
    await new Promise((r) => setTimeout(r, 10));
    ac.abort(new RouterError(RouterErrorCode.DeadlineExceeded, "deadline"));
    const out = await run;
    assert.equal(out.served, "fast");
    assert.equal(out.attempts[1]!.status, "timeout");
  });

  it("records attempts, retries and agreement in its metrics", async () => {
    const seen: string[] = [];
    const d = createDispatcher(
      {
        executors: [
          ex("a", { chunks: [], failAfter: 0 }),
          ex("b", { chunks: ["x"] }),
          ex("c", { chunks: ["x"] }),
        ],
        redundancy: 2,
      },
      {
        logger: nullLogger,
        metrics: {
          attemptFinished: (id, s) => seen.push(`${id}:${s}`),
          retried: (id) => seen.push(`retry:${id}`),
          redundancyOutcome: (l) => seen.push(`agreement:${l}`),
        },
      },
    );
    await d.run(REQ, hooks());
    assert.deepEqual(seen.sort(), ["a:failed", "agreement:unanimous", "b:ok", "c:ok", "retry:a"]);
  });
});
