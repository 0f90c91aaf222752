import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { GenerationRequest } from "../../../router-node/inference/index.js";
import {
  canonicalRequest,
  canonicalRequestSha256,
  parseCanonicalRequest,
  requestSha256,
} from "../../../router-node/inference/index.js";

const chat: GenerationRequest = {
  model: "tiny@1",
  input: {
    kind: "chat",
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: 'héllo "world"\n' },
    ],
  },
  params: { maxTokens: 16, fitToContext: false, temperature: 0, topP: null, seed: null, stop: [] },
};

const completion: GenerationRequest = {
  model: "tiny@1",
  input: { kind: "completion", prompt: "the quick" },
  params: { maxTokens: 8, fitToContext: true, temperature: 0.7, topP: 0.9, seed: 42, stop: ["\n", "."] },
};

// RULES.md, tasks, "The request": the golden texts and digests other implementations must match.
describe("canonicalRequest (RULES.md, tasks, The request)", () => {
  it("encodes a chat request: sorted keys, no whitespace, JSON string escapes", () => {
    const text =
      '{"max_tokens":16,"messages":[{"content":"Be brief.","role":"system"},' +
      '{"content":"héllo \\"world\\"\\n","role":"user"}],"seed":null,"stop":[],"temperature":0,"top_p":null}';
    assert.equal(canonicalRequest(chat), text);
    const digest = createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");
    assert.equal(requestSha256(chat), digest);
    assert.equal(canonicalRequestSha256(text), digest);
  });

  it("encodes a completion request with sampling parameters", () => {
    assert.equal(
      canonicalRequest(completion),
      '{"max_tokens":8,"prompt":"the quick","seed":42,"stop":["\\n","."],"temperature":0.7,"top_p":0.9}',
    );
  });

  it("round-trips through parseCanonicalRequest (fitToContext true: the recorded run fit its context)", () => {
    for (const req of [chat, completion]) {
      const back = parseCanonicalRequest(canonicalRequest(req), "other-id");
      assert.deepEqual(back, { ...req, model: "other-id", params: { ...req.params, fitToContext: true } });
    }
  });

  it("refuses texts that are not canonical requests", () => {
    const good = canonicalRequest(completion);
    const table: [string, RegExp][] = [
      ["not json", /not JSON/],
      ["[]", /not a JSON object/],
      [good.replace('"max_tokens":8', '"max_tokens":0'), /max_tokens must be a positive integer/],
      [good.replace('"seed":42', '"seed":1.5'), /seed must be an integer or null/],
      [good.replace('"temperature":0.7', '"temperature":-1'), /temperature/],
      [good.replace('"top_p":0.9', '"top_p":"x"'), /top_p/],
      [good.replace('"stop":["\\n","."]', '"stop":[1]'), /stop must be a list of strings/],
      [good.replace('"prompt":"the quick"', '"prompt":1'), /prompt must be a string/],
      [good.replace('"prompt":"the quick",', ""), /exactly one of messages and prompt/],
      [
        good.replace('"prompt":"the quick"', '"messages":[],"prompt":"x"'),
        /exactly one of messages and prompt/,
      ],
      [canonicalRequest(chat).replace('"role":"user"', '"role":"robot"'), /chat role/],
      [good.replace("{", "{ "), /canonical form/],
      [good.replace("}", ',"extra":1}'), /canonical form/],
    ];
    for (const [text, message] of table) {
      assert.throws(() => parseCanonicalRequest(text, "m"), message, text);
    }
  });
});
