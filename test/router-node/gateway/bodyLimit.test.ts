/**
 * Oversized request bodies are refused while they stream in: at once when Content-Length says
 * so, otherwise at the chunk that crosses the limit, without waiting for the rest; the router
 * keeps answering `/health` during a slow upload. Checked with raw HTTP and the unmodified
 * `openai` client.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { type ClientRequest, type IncomingMessage, request } from "node:http";
import OpenAI from "openai";
import { createRouter, type Router } from "../../../router-node/index.js";
import { get } from "../helpers/http.js";
import { type TinyModelFixture, tinyModelFixture } from "../helpers/tinyModel.js";

const LIMIT = 64 * 1024;

/** Reads a whole response body as JSON. */
async function jsonOf(res: IncomingMessage): Promise<{ error?: Record<string, unknown> }> {
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

describe("gateway body limit (in-process router, real llama.cpp)", () => {
  let fx: TinyModelFixture;
  let router: Router;
  const pending: ClientRequest[] = [];

  before(async () => {
    fx = await tinyModelFixture();
    router = await createRouter({
      backend: { kind: "llama", modelPath: fx.path, contextSize: 256 },
      maxBodyBytes: LIMIT,
    });
  });
  afterEach(() => {
    for (const r of pending.splice(0)) r.destroy();
  });
  after(async () => {
    await router?.close();
    await fx?.remove();
  });

  /** Starts a POST to /v1/completions with `headers`; the body is written by the test. */
  const upload = (headers: Record<string, string>) => {
    const req = request(`${router.url}/v1/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
    });
    req.on("error", () => {});
    pending.push(req);
    const response = once(req, "response").then(([res]) => res as IncomingMessage);
    req.flushHeaders();
    return { req, response };
  };

  const assertPayloadTooLarge = async (res: IncomingMessage) => {
    assert.equal(res.statusCode, 413);
    assert.equal(res.headers.connection, "close");
    const body = await jsonOf(res);
    assert.deepEqual(Object.keys(body.error!).sort(), ["code", "message", "param", "type"]);
    assert.equal(body.error!.code, "payload_too_large");
    assert.equal(body.error!.type, "invalid_request_error");
  };

  it("refuses a declared Content-Length over the limit before any byte of the body is sent", async () => {
    const { response } = upload({ "content-length": String(10 * 1024 * 1024 * 1024) });
    const res = await response;
    await assertPayloadTooLarge(res);
  });

  it("refuses a chunked upload at the chunk that crosses the limit, without waiting for its end; /health answers meanwhile", async () => {
    const { req, response } = upload({});
    let answered = false;
    void response.then(() => {
      answered = true;
    });
    const chunk = `{"model":"tiny","prompt":"${"x".repeat(16 * 1024)}`;
    let sent = 0;
    // Under the limit: the router waits for more and keeps serving other requests.
    while (sent + chunk.length <= LIMIT) {
      req.write(chunk);
      sent += chunk.length;
      const health = await get(`${router.url}/health`);
      assert.equal(health.status, 200);
      assert.equal(answered, false);
    }
    // The chunk that crosses the limit gets the answer; the request is never ended.
    req.write(chunk);
    const res = await response;
    await assertPayloadTooLarge(res);
    assert.equal((await get(`${router.url}/health`)).status, 200);
  });

  it("the unmodified openai client gets a 413 error object for an oversized prompt, then is served normally", async () => {
    const client = new OpenAI({ baseURL: `${router.url}/v1`, apiKey: "not-needed", maxRetries: 0 });
    await assert.rejects(
      client.completions.create({ model: "tiny", prompt: "x".repeat(LIMIT + 1), max_tokens: 2 }),
      (err: unknown) =>
        err instanceof OpenAI.APIError && err.status === 413 && err.code === "payload_too_large",
    );
    const ok = await client.completions.create({
      model: "tiny",
      prompt: "abc",
      max_tokens: 2,
      temperature: 0,
    });
    assert.equal(ok.choices.length, 1);
  });
});
