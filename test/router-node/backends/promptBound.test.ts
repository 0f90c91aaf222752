/**
 * A prompt longer in bytes than the context's tokens can cover is refused with
 * `context_length_exceeded` without being tokenized (llama.cpp's tokenizer is synchronous: a
 * 3.9 MB prompt held the event loop ~0.9 s), and the router keeps answering `/health`.
 * Tokenization is observed by wrapping node-llama-cpp's two tokenize entry points.
 */
import assert from "node:assert/strict";
import { type IncomingMessage, request } from "node:http";
import { LlamaModel, LlamaText, readGgufFileInfo } from "node-llama-cpp";
import { nullLogger } from "../../../chain/core/log/index.js";
import { createLlamaBackend, maxTokenBytes } from "../../../router-node/backends/createLlamaBackend.js";
import { createRouter, isRouterError, type Router, RouterErrorCode } from "../../../router-node/index.js";
import type { GenerationRequest, InferenceBackend } from "../../../router-node/inference/index.js";
import { get } from "../helpers/http.js";
import { type TinyModelFixture, tinyModelFixture } from "../helpers/tinyModel.js";

// Counts calls of LlamaModel#tokenize (completions) and LlamaText#tokenize (chat templates).
let tokenizeCalls = 0;
const originals = { model: LlamaModel.prototype.tokenize, text: LlamaText.prototype.tokenize };
function spyOnTokenizers(): void {
  // biome-ignore lint/suspicious/noExplicitAny: wrapping a library method with any signature
  LlamaModel.prototype.tokenize = function (this: LlamaModel, ...args: any[]) {
    tokenizeCalls++;
    return (originals.model as (...a: unknown[]) => ReturnType<LlamaModel["tokenize"]>).apply(this, args);
  } as LlamaModel["tokenize"];
  // biome-ignore lint/suspicious/noExplicitAny: as above
  LlamaText.prototype.tokenize = function (this: LlamaText, ...args: any[]) {
    tokenizeCalls++;
    return (originals.text as (...a: unknown[]) => ReturnType<LlamaText["tokenize"]>).apply(this, args);
  } as LlamaText["tokenize"];
}
function restoreTokenizers(): void {
  LlamaModel.prototype.tokenize = originals.model;
  LlamaText.prototype.tokenize = originals.text;
}

function completion(prompt: string, maxTokens = 4): GenerationRequest {
  return {
    model: "tiny",
    input: { kind: "completion", prompt },
    params: { maxTokens, fitToContext: false, temperature: 0, topP: null, seed: null, stop: [] },
  };
}

describe("maxTokenBytes: the most bytes one token of a GGUF vocabulary covers", () => {
  it("SentencePiece: token strings as UTF-8 (▁ counts 3), byte tokens 1, control tokens skipped, floor 4", () => {
    assert.equal(
      maxTokenBytes({
        model: "llama",
        tokens: ["<unk>", "<|a-very-long-control-token|>", "<0x41>", "▁hello"],
        token_type: [2, 3, 6, 1],
      }),
      8,
    );
    assert.equal(maxTokenBytes({ model: "llama", tokens: ["a", "b"] }), 4);
  });

  it("byte-level BPE counts its byte characters; unknown tokenizer models give no bound", () => {
    assert.equal(maxTokenBytes({ model: "gpt2", tokens: ["Ġthe", "Ġinternational"] }), 15);
    assert.equal(maxTokenBytes({ model: "bert", tokens: ["a"] }), Number.POSITIVE_INFINITY);
    assert.equal(maxTokenBytes({ model: "llama", tokens: [] }), Number.POSITIVE_INFINITY);
    assert.equal(maxTokenBytes({}), Number.POSITIVE_INFINITY);
  });
});

describe("llama backend: a prompt that cannot fit is refused without tokenizing it", () => {
  let fx: TinyModelFixture;
  let backend: InferenceBackend;
  let router: Router;
  const CONTEXT = 256;
  let BOUND = 0;

  before(async () => {
    fx = await tinyModelFixture();
    // LlamaModel binds its tokenize at construction: spy before any model loads.
    spyOnTokenizers();
    const info = await readGgufFileInfo(fx.path, { readTensorInfo: false, logWarnings: false });
    const perToken = maxTokenBytes(
      (info.metadata as unknown as { tokenizer: { ggml: Parameters<typeof maxTokenBytes>[0] } }).tokenizer
        .ggml,
    );
    // The tiny vocabulary's longest text token is "▁the" (6 bytes).
    assert.equal(perToken, 6);
    BOUND = CONTEXT * perToken;
    backend = await createLlamaBackend({ modelPath: fx.path, contextSize: CONTEXT }, { logger: nullLogger });
    // The default body limit (4 MiB), as `strata router start` runs.
    router = await createRouter({ backend: { kind: "llama", modelPath: fx.path, contextSize: CONTEXT } });
  });
  after(async () => {
    restoreTokenizers();
    await router?.close();
    await backend?.close();
    await fx?.remove();
  });

  const refused = (param: string) => (e: unknown) => {
    assert.ok(isRouterError(e, RouterErrorCode.ContextLengthExceeded));
    assert.equal(e.param, param);
    assert.match(e.message, /maximum context length is 256 tokens/);
    return true;
  };

  it("a completion prompt one byte over the bound: refused, nothing tokenized", async () => {
    const before = tokenizeCalls;
    await assert.rejects(
      backend.generate(completion("x".repeat(BOUND + 1)), {
        signal: new AbortController().signal,
        onText: () => {},
      }),
      refused("prompt"),
    );
    assert.equal(tokenizeCalls, before);
  });

  it("chat messages whose text together is over the bound: refused, nothing tokenized", async () => {
    const before = tokenizeCalls;
    const req: GenerationRequest = {
      ...completion(""),
      input: {
        kind: "chat",
        messages: [
          { role: "system", content: "s".repeat(BOUND / 2) },
          { role: "user", content: "u".repeat(BOUND / 2 + 1) },
        ],
      },
    };
    await assert.rejects(
      backend.generate(req, { signal: new AbortController().signal, onText: () => {} }),
      refused("messages"),
    );
    assert.equal(tokenizeCalls, before);
  });

  it("a prompt at the bound is tokenized and judged on its tokens (the spy sees it)", async () => {
    const before = tokenizeCalls;
    await assert.rejects(
      backend.generate(completion("x".repeat(BOUND)), {
        signal: new AbortController().signal,
        onText: () => {},
      }),
      refused("prompt"),
    );
    assert.ok(tokenizeCalls > before);
    const small = tokenizeCalls;
    const chunks: string[] = [];
    await backend.generate(completion("hello", 3), {
      signal: new AbortController().signal,
      onText: (t) => chunks.push(t),
    });
    assert.equal(chunks.join(""), "pqr");
    assert.ok(tokenizeCalls > small);
  });

  it("a 3.9 MB prompt over HTTP: 400 context_length_exceeded, /health answered while it is handled, no tokenization", async () => {
    const before = tokenizeCalls;
    const body = JSON.stringify({ model: "tiny", prompt: "x".repeat(3_900_000), max_tokens: 4 });
    assert.ok(body.length < 4 * 1024 * 1024);
    const order: string[] = [];
    const big = new Promise<{ status: number; body: { error?: { code?: string } } }>((resolve, reject) => {
      const req = request(`${router.url}/v1/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
      });
      req.on("error", reject);
      req.on("response", async (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        for await (const c of res) chunks.push(c as Buffer);
        order.push("completion");
        resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      });
      req.end(body);
    });
    // Health checks while the large request is uploaded and handled.
    const healths: Promise<void>[] = [];
    for (let i = 0; i < 3; i++) {
      healths.push(
        get(`${router.url}/health`).then((h) => {
          assert.equal(h.status, 200);
          order.push("health");
        }),
      );
    }
    const [res] = await Promise.all([big, ...healths]);
    assert.equal(res.status, 400);
    assert.equal(res.body.error?.code, "context_length_exceeded");
    assert.equal(order.filter((o) => o === "health").length, 3);
    assert.equal(tokenizeCalls, before);
    // And the router keeps serving.
    assert.equal((await get(`${router.url}/health`)).status, 200);
  });
});
