import assert from "node:assert/strict";
import { createRouter, isRouterError, type Router, RouterErrorCode } from "../../router-node/index.js";
import { inFlight, metric, post, until } from "./helpers/http.js";
import { type TinyModelFixture, tinyModelFixture } from "./helpers/tinyModel.js";

describe("createRouter", () => {
  it("refuses a router with no backend and no peer", async () => {
    await assert.rejects(createRouter({}), (e) => isRouterError(e, RouterErrorCode.InvalidConfig));
  });

  it("refuses a redundancy that is not a positive integer", async () => {
    await assert.rejects(createRouter({ peers: [{ url: "http://127.0.0.1:9/v1" }], redundancy: 0 }), (e) =>
      isRouterError(e, RouterErrorCode.InvalidConfig),
    );
  });

  it("fails to start when the upstream cannot be reached", async () => {
    await assert.rejects(
      createRouter({
        backend: { kind: "openai", baseUrl: "http://127.0.0.1:9/v1", discoveryTimeoutMs: 100 },
      }),
      (e) => isRouterError(e, RouterErrorCode.UpstreamUnavailable) && /cannot list models/.test(e.message),
    );
  });

  describe("a router in front of another (in process, real HTTP between them)", () => {
    let fx: TinyModelFixture;
    let backend: Router;
    let front: Router;

    before(async () => {
      fx = await tinyModelFixture();
      backend = await createRouter({
        backend: { kind: "llama", modelPath: fx.path, contextSize: 256 },
        faults: { delayMs: 20 },
      });
      front = await createRouter({ backend: { kind: "openai", baseUrl: `${backend.url}/v1` } });
    });
    after(async () => {
      await front?.close();
      await backend?.close();
      await fx?.remove();
    });

    it("serves the upstream's model under its id and digest", () => {
      assert.deepEqual(
        front.models(),
        backend.models().map((m) => ({ ...m, ownedBy: new URL(backend.url).host })),
      );
    });

    it("relays a client error of the upstream with its status and code", async () => {
      const r = await post(`${front.url}/v1/completions`, {
        model: "tiny",
        prompt: "a b ".repeat(200),
        max_tokens: 4,
      });
      assert.equal(r.status, 400);
      assert.equal(r.body.error!.code, "context_length_exceeded");
      assert.equal(r.body.error!.param, "prompt");
    });

    it("a client hanging up on the front router cancels the work on the one behind it", async () => {
      const ac = new AbortController();
      const res = await fetch(`${front.url}/v1/chat/completions`, {
        method: "POST",
        body: JSON.stringify({
          model: "tiny",
          messages: [{ role: "user", content: "abc" }],
          max_tokens: 200,
          stream: true,
        }),
        signal: ac.signal,
      });
      await res.body!.getReader().read();
      assert.equal(await inFlight(backend.url), 1);
      ac.abort();
      // 200 tokens at 20 ms would take 4 s: both drop at once only if the hang-up travelled upstream.
      await until(async () => (await inFlight(front.url)) === 0 && (await inFlight(backend.url)) === 0);
      await until(
        async () =>
          (await metric(backend.url, 'strata_router_requests_total{route="chat",status="cancelled"}')) === 1,
      );
    });
  });
});
