import assert from "node:assert/strict";
import { nullLogger } from "../../../chain/core/log/index.js";
import { createLlamaBackend } from "../../../router-node/backends/index.js";
import {
  bigramContinuation,
  digestFile,
  isRouterError,
  RouterErrorCode,
} from "../../../router-node/index.js";
import type { GenerationRequest, InferenceBackend } from "../../../router-node/inference/index.js";
import { type TinyModelFixture, tinyModelFixture } from "../helpers/tinyModel.js";

function completion(
  prompt: string,
  maxTokens: number,
  over: Partial<GenerationRequest["params"]> = {},
): GenerationRequest {
  return {
    model: "tiny",
    input: { kind: "completion", prompt },
    params: { maxTokens, fitToContext: false, temperature: 0, topP: null, seed: null, stop: [], ...over },
  };
}

async function run(backend: InferenceBackend, req: GenerationRequest, signal = new AbortController().signal) {
  const chunks: string[] = [];
  const result = await backend.generate(req, { signal, onText: (t) => chunks.push(t) });
  return { text: chunks.join(""), chunks, result };
}

describe("createLlamaBackend (real llama.cpp, bigram tiny model)", () => {
  let fx: TinyModelFixture;
  let backend: InferenceBackend;

  before(async () => {
    fx = await tinyModelFixture();
    backend = await createLlamaBackend(
      { modelPath: fx.path, contextSize: 256, parallel: 2 },
      { logger: nullLogger },
    );
  });
  after(async () => {
    await backend?.close();
    await fx?.remove();
  });

  it("serves the file as model `tiny` with its sha256 digest and padded context size", async () => {
    assert.deepEqual(backend.models, [
      { id: "tiny", digest: await digestFile(fx.path), contextSize: 256, ownedBy: "strata-router" },
    ]);
  });

  it("completes greedily with the exact bigram text, streamed token by token", async () => {
    const { text, chunks, result } = await run(backend, completion("hello", 16));
    assert.equal(text, "pqrstuvwxyz abcd");
    assert.equal(text, bigramContinuation("hello", 16));
    assert.equal(chunks.length, 16);
    // BOS + "he" + "ll" + "o"
    assert.deepEqual(result, { finishReason: "length", usage: { promptTokens: 4, completionTokens: 16 } });
  });

  it("renders chat through the model's template: the answer continues the last message", async () => {
    const req: GenerationRequest = {
      ...completion("", 5),
      input: {
        kind: "chat",
        messages: [
          { role: "system", content: "be brief" },
          { role: "user", content: "say xy" },
        ],
      },
    };
    assert.equal((await run(backend, req)).text, bigramContinuation("xy", 5));
  });

  it("stops before a stop sequence and reports finish_reason stop", async () => {
    const { text, result } = await run(backend, completion("hello", 16, { stop: ["uvw"] }));
    assert.equal(text, "pqrst");
    assert.equal(result.finishReason, "stop");
  });

  it("samples with temperature and seed (the bigram margin keeps the text exact)", async () => {
    const { text } = await run(backend, completion("abc", 6, { temperature: 1, seed: 7, topP: 0.9 }));
    assert.equal(text, "defghi");
  });

  it("rejects prompt + max_tokens over the context with ContextLengthExceeded, before any token", async () => {
    await assert.rejects(run(backend, completion("hello", 300)), (e) => {
      assert.ok(isRouterError(e, RouterErrorCode.ContextLengthExceeded));
      assert.equal(e.param, "prompt");
      assert.match(e.message, /maximum context length is 256 tokens/);
      return true;
    });
  });

  it("lowers a default max_tokens to what the context leaves", async () => {
    const prompt = "a b ".repeat(60); // 1 BOS + 240 tokens
    const { result } = await run(backend, completion(prompt, 256, { fitToContext: true }));
    assert.equal(result.finishReason, "length");
    assert.equal(result.usage.promptTokens + result.usage.completionTokens, 256);
  });

  it("stops at once when aborted, rejecting with the abort reason, and keeps serving", async () => {
    const ac = new AbortController();
    const reason = new Error("client went away");
    let seen = 0;
    await assert.rejects(
      backend.generate(completion("hello", 200), {
        signal: ac.signal,
        onText: () => {
          seen++;
          ac.abort(reason);
        },
      }),
      (e) => e === reason,
    );
    assert.ok(seen < 200);
    assert.equal((await run(backend, completion("hello", 3))).text, "pqr");
  });

  it("generates on parallel sequences and queues beyond them, each output exact", async () => {
    const prompts = ["abc", "hello", "xyz", "say ", "q"];
    const outs = await Promise.all(prompts.map((p) => run(backend, completion(p, 8))));
    assert.deepEqual(
      outs.map((o) => o.text),
      prompts.map((p) => bigramContinuation(p, 8)),
    );
  });
});
