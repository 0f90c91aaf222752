import assert from "node:assert/strict";
import { isSimilar, levenshtein, levenshteinWithin, similarity } from "../../../guard-node/policy/index.js";

const swapCase = (t: string) => t.replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()));

describe("guard policy: similarity (normalised Levenshtein over code points)", () => {
  it("levenshtein distances", () => {
    const table: [string, string, number][] = [
      ["", "", 0],
      ["", "abc", 3],
      ["abc", "", 3],
      ["abc", "abc", 0],
      ["kitten", "sitting", 3],
      ["flaw", "lawn", 2],
      ["prefix same suffix", "prefix diff suffix", 4],
      ["héllo", "hello", 1],
      // One code point each, though two UTF-16 units.
      ["a😀b", "a😁b", 1],
      ["😀", "", 1],
      ["ab", "ba", 2],
    ];
    for (const [a, b, d] of table) {
      assert.equal(levenshtein(a, b), d, `${a} / ${b}`);
      assert.equal(levenshtein(b, a), d, `${b} / ${a} (symmetric)`);
    }
  });

  it("similarity is 1 − distance / longest length", () => {
    const table: [string, string, number][] = [
      ["", "", 1],
      ["abc", "abc", 1],
      ["abc", "", 0],
      ["kitten", "sitting", 1 - 3 / 7],
      ["the cat sat", "the cat sat.", 1 - 1 / 12],
      ["abcd", "wxyz", 0],
    ];
    for (const [a, b, s] of table) assert.equal(similarity(a, b), s, `${a} / ${b}`);
  });

  it("an output with its letters' case swapped (the router's alter-output fault) is far below 0.8", () => {
    const honest = "the quick brown fox jumps over the lazy dog";
    assert.ok(similarity(honest, swapCase(honest)) < 0.3);
    // A one-word change in a sentence stays above the default threshold.
    assert.ok(similarity(honest, "the quick brown fox jumps over the lazy cat") >= 0.8);
  });

  it("levenshteinWithin: the distance up to the bound, bound + 1 beyond it", () => {
    const table: [string, string, number, number][] = [
      ["kitten", "sitting", 3, 3],
      ["kitten", "sitting", 5, 3],
      ["kitten", "sitting", 2, 3],
      ["kitten", "sitting", 0, 1],
      ["abc", "abcdefgh", 2, 3],
      ["same", "same", 0, 0],
    ];
    for (const [a, b, max, d] of table)
      assert.equal(levenshteinWithin(a, b, max), d, `${a} / ${b} within ${max}`);
  });

  it("isSimilar(a, b, t) ⇔ distance ≤ floor((1 − t) · longest length)", () => {
    const table: [string, string, number, boolean][] = [
      ["the answer", "The Answer", 0.8, true], // distance 2 of 10: exactly 0.8
      ["the answer", "The AnsweR", 0.8, false], // distance 3
      ["", "", 1, true],
      ["a", "b", 0, true],
      ["a", "b", 1, false],
      ["abc", "abc", 1, true],
    ];
    for (const [a, b, t, expected] of table) {
      assert.equal(isSimilar(a, b, t), expected, `${a} / ${b} at ${t}`);
      assert.equal(similarity(a, b) >= t, expected, `similarity agrees: ${a} / ${b} at ${t}`);
    }
  });

  it("handles outputs of the chain's maximum size (16 KiB) in one pass", () => {
    const a = "x".repeat(16_384);
    const b = `${"y".repeat(8)}${"x".repeat(16_376)}`;
    assert.equal(levenshtein(a, b), 8);
    // Unrelated outputs of that size are decided without the full distance.
    const u = Array.from({ length: 16_384 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join("");
    const v = Array.from({ length: 16_384 }, (_, i) => String.fromCharCode(97 + ((i * 11) % 26))).join("");
    assert.equal(isSimilar(u, v, 0.8), false);
  });
});
