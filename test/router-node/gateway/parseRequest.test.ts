import assert from "node:assert/strict";
import {
  MAX_TOKENS_HARD_LIMIT,
  parseChatRequest,
  parseCompletionRequest,
} from "../../../router-node/gateway/index.js";
import { isRouterError, RouterErrorCode } from "../../../router-node/index.js";

const D = { maxTokens: 256 };
const chat = (over: Record<string, unknown>) => ({
  model: "tiny",
  messages: [{ role: "user", content: "hi" }],
  ...over,
});

describe("parseChatRequest", () => {
  it("decodes a minimal request with OpenAI defaults", () => {
    const p = parseChatRequest(chat({}), D);
    assert.deepEqual(p.request, {
      model: "tiny",
      input: { kind: "chat", messages: [{ role: "user", content: "hi" }] },
      params: { maxTokens: 256, fitToContext: true, temperature: 1, topP: null, seed: null, stop: [] },
    });
    assert.equal(p.stream, false);
    assert.equal(p.includeUsage, false);
  });

  it("decodes every supported parameter", () => {
    const p = parseChatRequest(
      chat({
        max_tokens: 5,
        temperature: 0,
        top_p: 0.5,
        seed: 42,
        stop: "x",
        n: 1,
        stream: true,
        stream_options: { include_usage: true },
        user: "ignored",
        messages: [
          { role: "system", content: "be brief" },
          {
            role: "user",
            content: [
              { type: "text", text: "a" },
              { type: "text", text: "b" },
            ],
          },
          { role: "assistant", content: null },
        ],
      }),
      D,
    );
    assert.deepEqual(p.request.params, {
      maxTokens: 5,
      fitToContext: false,
      temperature: 0,
      topP: 0.5,
      seed: 42,
      stop: ["x"],
    });
    assert.deepEqual(p.request.input, {
      kind: "chat",
      messages: [
        { role: "system", content: "be brief" },
        { role: "user", content: "ab" },
        { role: "assistant", content: "" },
      ],
    });
    assert.equal(p.stream, true);
    assert.equal(p.includeUsage, true);
  });

  it("prefers max_completion_tokens over max_tokens", () => {
    assert.equal(
      parseChatRequest(chat({ max_tokens: 9, max_completion_tokens: 3 }), D).request.params.maxTokens,
      3,
    );
  });

  const bad: [string, unknown, string | null][] = [
    ["a non-object body", [1, 2], null],
    ["a missing model", { messages: [{ role: "user", content: "x" }] }, "model"],
    ["missing messages", { model: "tiny" }, "messages"],
    ["empty messages", chat({ messages: [] }), "messages"],
    ["an unknown role", chat({ messages: [{ role: "wizard", content: "x" }] }), "messages[0].role"],
    [
      "image content",
      chat({ messages: [{ role: "user", content: [{ type: "image_url" }] }] }),
      "messages[0].content",
    ],
    ["numeric content", chat({ messages: [{ role: "user", content: 5 }] }), "messages[0].content"],
    ["negative max_tokens", chat({ max_tokens: -1 }), "max_tokens"],
    ["zero max_tokens", chat({ max_tokens: 0 }), "max_tokens"],
    ["fractional max_tokens", chat({ max_tokens: 1.5 }), "max_tokens"],
    ["string max_tokens", chat({ max_tokens: "5" }), "max_tokens"],
    ["huge max_tokens", chat({ max_tokens: MAX_TOKENS_HARD_LIMIT + 1 }), "max_tokens"],
    ["temperature above 2", chat({ temperature: 2.5 }), "temperature"],
    ["top_p of 0", chat({ top_p: 0 }), "top_p"],
    ["a fractional seed", chat({ seed: 1.5 }), "seed"],
    ["five stop strings", chat({ stop: ["a", "b", "c", "d", "e"] }), "stop"],
    ["an empty stop string", chat({ stop: [""] }), "stop"],
    ["n = 2", chat({ n: 2 }), "n"],
    ["a non-boolean stream", chat({ stream: "yes" }), "stream"],
  ];
  for (const [name, body, param] of bad) {
    it(`rejects ${name} with InvalidRequest (param ${param})`, () => {
      assert.throws(
        () => parseChatRequest(body, D),
        (e) => isRouterError(e, RouterErrorCode.InvalidRequest) && e.param === param,
      );
    });
  }
});

describe("parseCompletionRequest", () => {
  it("decodes a string prompt and a one-string array prompt", () => {
    assert.deepEqual(parseCompletionRequest({ model: "m", prompt: "hello" }, D).request.input, {
      kind: "completion",
      prompt: "hello",
    });
    assert.deepEqual(parseCompletionRequest({ model: "m", prompt: ["hello"] }, D).request.input, {
      kind: "completion",
      prompt: "hello",
    });
  });

  for (const [name, prompt] of [
    ["a missing prompt", undefined],
    ["a token array prompt", [1, 2, 3]],
    ["several prompts", ["a", "b"]],
  ] as const) {
    it(`rejects ${name}`, () =>
      assert.throws(
        () => parseCompletionRequest({ model: "m", prompt }, D),
        (e) => isRouterError(e, RouterErrorCode.InvalidRequest) && e.param === "prompt",
      ));
  }
});
