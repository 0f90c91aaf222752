import assert from "node:assert/strict";
import {
  type CompareMode,
  comparisonMode,
  DEFAULT_COMPARE_CONFIG,
  groupOutputs,
  outputsMatch,
} from "../../../guard-node/policy/index.js";

const exact: CompareMode = { kind: "exact" };
const similar: CompareMode = { kind: "similarity", threshold: 0.8 };

describe("guard policy: comparison mode and output groups", () => {
  it("comparisonMode: exact only for deterministic decoding of a one-runtime format", () => {
    const table: [Parameters<typeof comparisonMode>[0], CompareMode["kind"]][] = [
      [{ request: { temperature: 0, seed: null }, modelFormat: "gguf" }, "exact"],
      [{ request: { temperature: 0.7, seed: 42 }, modelFormat: "gguf" }, "exact"],
      [{ request: { temperature: 1, seed: null }, modelFormat: "gguf" }, "similarity"],
      [{ request: { temperature: 0, seed: null }, modelFormat: "safetensors" }, "similarity"],
      [{ request: null, modelFormat: "gguf" }, "similarity"],
    ];
    for (const [input, kind] of table) {
      const mode = comparisonMode(input, DEFAULT_COMPARE_CONFIG);
      assert.equal(mode.kind, kind, JSON.stringify(input));
      if (mode.kind === "similarity") assert.equal(mode.threshold, 0.8);
    }
    assert.deepEqual(
      comparisonMode(
        { request: { temperature: 0, seed: null }, modelFormat: "onnx" },
        { exactFormats: ["onnx"], similarityThreshold: 0.5 },
      ),
      { kind: "exact" },
    );
  });

  it("outputsMatch", () => {
    assert.equal(outputsMatch("a b c", "a b c", exact), true);
    assert.equal(outputsMatch("a b c", "a b c ", exact), false);
    assert.equal(outputsMatch("hello world", "hello world!", similar), true);
    assert.equal(outputsMatch("hello world", "HELLO WORLD", similar), false);
    assert.equal(outputsMatch("", "", similar), true);
  });

  it("groupOutputs: single, unanimous, majority, split", () => {
    const o = (executor: string, output: string) => ({ executor, output });
    const table: [string, ReturnType<typeof o>[], CompareMode, ReturnType<typeof groupOutputs>][] = [
      ["none", [], exact, { level: "single", agreeing: [], disagreeing: [] }],
      ["one", [o("a", "x")], exact, { level: "single", agreeing: ["a"], disagreeing: [] }],
      [
        "two equal",
        [o("a", "x"), o("b", "x")],
        exact,
        { level: "unanimous", agreeing: ["a", "b"], disagreeing: [] },
      ],
      ["1-1", [o("a", "x"), o("b", "y")], exact, { level: "split", agreeing: ["a"], disagreeing: ["b"] }],
      [
        "2-1, served in the minority",
        [o("a", "y"), o("b", "x"), o("c", "x")],
        exact,
        { level: "majority", agreeing: ["b", "c"], disagreeing: ["a"] },
      ],
      [
        "1-1-1",
        [o("a", "x"), o("b", "y"), o("c", "z")],
        exact,
        { level: "split", agreeing: ["a"], disagreeing: ["b", "c"] },
      ],
      [
        "2-2",
        [o("a", "x"), o("b", "y"), o("c", "x"), o("d", "y")],
        exact,
        { level: "split", agreeing: ["a", "c"], disagreeing: ["b", "d"] },
      ],
      [
        "similar outputs agree",
        [o("a", "the answer is 42"), o("b", "the answer is 42.")],
        similar,
        { level: "unanimous", agreeing: ["a", "b"], disagreeing: [] },
      ],
      [
        "similarity: the reference is the output matched by most (not transitive)",
        [o("a", "aaaaaaaaaa"), o("b", "aaaaaaaabb"), o("c", "aaaaaabbbb")],
        similar,
        { level: "unanimous", agreeing: ["a", "b", "c"], disagreeing: [] },
      ],
      [
        "similarity: an altered output is outvoted",
        [o("a", "THE ANSWER"), o("b", "the answer"), o("c", "the answer")],
        similar,
        { level: "majority", agreeing: ["b", "c"], disagreeing: ["a"] },
      ],
    ];
    for (const [name, outputs, mode, expected] of table) {
      assert.deepEqual(groupOutputs(outputs, mode), expected, name);
    }
  });
});
