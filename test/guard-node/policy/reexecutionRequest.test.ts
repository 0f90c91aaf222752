import assert from "node:assert/strict";
import { reexecutionRequest } from "../../../guard-node/policy/index.js";
import type { GenerationRequest } from "../../../router-node/inference/index.js";

const req = (temperature: number, seed: number | null, topP: number | null): GenerationRequest => ({
  model: "m",
  input: { kind: "completion", prompt: "hi" },
  params: { maxTokens: 7, fitToContext: true, temperature, topP, seed, stop: ["."] },
});

describe("guard policy: the request a guard re-runs", () => {
  it("keeps deterministic requests, makes sampled ones greedy (max_tokens and stop kept)", () => {
    const table: [GenerationRequest, GenerationRequest][] = [
      [req(0, null, null), req(0, null, null)],
      [req(0.8, 5, 0.9), req(0.8, 5, 0.9)],
      [req(1, null, 0.9), req(0, null, null)],
    ];
    for (const [input, expected] of table) assert.deepEqual(reexecutionRequest(input), expected);
  });
});
