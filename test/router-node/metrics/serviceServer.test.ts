import assert from "node:assert/strict";
import { createServiceServer, PROMETHEUS_CONTENT_TYPE } from "../../../router-node/metrics/index.js";

describe("service server (/health, /metrics of the guard and the batcher)", () => {
  it("answers health by status, metrics as Prometheus text, 404 and 405 otherwise", async () => {
    let status: "ok" | "degraded" = "ok";
    const server = await createServiceServer(
      { host: "127.0.0.1", port: 0 },
      { health: () => ({ status, height: 7 }), metrics: () => "up 1\n" },
    );
    try {
      const ok = await fetch(`${server.url}/health`);
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { status: "ok", height: 7 });
      status = "degraded";
      const bad = await fetch(`${server.url}/health?x=1`);
      assert.equal(bad.status, 503);
      assert.equal(((await bad.json()) as { status: string }).status, "degraded");
      const m = await fetch(`${server.url}/metrics`);
      assert.equal(m.status, 200);
      assert.equal(m.headers.get("content-type"), PROMETHEUS_CONTENT_TYPE);
      assert.equal(await m.text(), "up 1\n");
      const missing = await fetch(`${server.url}/nope`);
      assert.equal(missing.status, 404);
      assert.deepEqual(await missing.json(), { error: "not found" });
      const post = await fetch(`${server.url}/health`, { method: "POST" });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get("allow"), "GET");
    } finally {
      await server.close();
    }
  });
});
