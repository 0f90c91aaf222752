import assert from "node:assert/strict";
import OpenAI from "openai";
import { createRouter, digestFile, type Router } from "../../router-node/index.js";
import { metric } from "./helpers/http.js";
import { type TinyModelFixture, tinyModelFixture } from "./helpers/tinyModel.js";

interface StrataMeta {
  served_by: string;
  agreement: string;
  served_agrees: boolean;
  redundancy: { requested: number; used: number };
  executors: {
    id: string;
    digest: string;
    status: string;
    agreed: boolean;
    served: boolean;
    output_sha256: string;
  }[];
}

// Three real executors: the front router's own llama backend and two peer routers reached over
// HTTP, one of which alters its output (fault injection), none of them mocked.
describe("redundancy k = 3 with one executor altering its output", () => {
  let fx: TinyModelFixture;
  let honest: Router;
  let altered: Router;
  let front: Router;
  let client: OpenAI;
  let honestId: string;
  let alteredId: string;

  before(async () => {
    fx = await tinyModelFixture();
    const backend = { kind: "llama" as const, modelPath: fx.path, contextSize: 256 };
    [honest, altered] = await Promise.all([
      createRouter({ backend }),
      // Slow as well as altered, so the client is served by an honest executor.
      createRouter({ backend, faults: { alterOutput: true, delayMs: 20 } }),
    ]);
    front = await createRouter({
      backend,
      peers: [{ url: `${honest.url}/v1` }, { url: `${altered.url}/v1` }],
      redundancy: 3,
    });
    honestId = `peer:${new URL(honest.url).host}`;
    alteredId = `peer:${new URL(altered.url).host}`;
    client = new OpenAI({ baseURL: `${front.url}/v1`, apiKey: "not-needed", maxRetries: 0 });
  });
  after(async () => {
    await front?.close();
    await Promise.all([honest?.close(), altered?.close()]);
    await fx?.remove();
  });

  it("sends the request to all three, keeps every output and shows which agreed", async () => {
    const { data, response } = await client.chat.completions
      .create({
        model: "tiny",
        messages: [{ role: "user", content: "hello" }],
        max_tokens: 8,
        temperature: 0,
      })
      .withResponse();
    assert.equal(data.choices[0]!.message.content, "pqrstuvw");
    assert.equal(response.headers.get("x-strata-agreement"), "majority");
    const meta = (data as unknown as { strata: StrataMeta }).strata;
    assert.deepEqual(meta.redundancy, { requested: 3, used: 3 });
    assert.equal(meta.agreement, "majority");
    assert.equal(meta.served_agrees, true);
    const byId = new Map(meta.executors.map((e) => [e.id, e]));
    assert.deepEqual([...byId.keys()].sort(), ["local", honestId, alteredId].sort());
    assert.equal(byId.get("local")!.agreed, true);
    assert.equal(byId.get(honestId)!.agreed, true);
    assert.equal(byId.get(alteredId)!.agreed, false);
    assert.ok(meta.executors.every((e) => e.status === "ok"));
    assert.equal(byId.get("local")!.output_sha256, byId.get(honestId)!.output_sha256);
    assert.notEqual(byId.get("local")!.output_sha256, byId.get(alteredId)!.output_sha256);
    // The altered executor claims the same weights: only comparing outputs catches it.
    const digest = await digestFile(fx.path);
    assert.ok(meta.executors.every((e) => e.digest === digest));
  });

  it("streams the first executor's tokens and puts the agreement in the last chunk", async () => {
    const stream = await client.completions.create({
      model: "tiny",
      prompt: "abc",
      max_tokens: 6,
      temperature: 0,
      stream: true,
    });
    let text = "";
    let meta: StrataMeta | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.text ?? "";
      meta ??= (chunk as unknown as { strata?: StrataMeta }).strata;
    }
    assert.equal(text, "defghi");
    assert.ok(meta);
    assert.equal(meta.agreement, "majority");
    assert.deepEqual(
      meta.executors.filter((e) => !e.agreed).map((e) => e.id),
      [alteredId],
    );
    assert.equal(await metric(front.url, 'strata_router_redundancy_total{agreement="majority"}'), 2);
  });
});
