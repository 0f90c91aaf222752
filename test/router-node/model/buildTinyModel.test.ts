import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readGgufFileInfo } from "node-llama-cpp";
import {
  bigramContinuation,
  buildTinyModel,
  isRouterError,
  RouterErrorCode,
} from "../../../router-node/index.js";
import { createPrng, TINY_CHAT_TEMPLATE } from "../../../router-node/model/index.js";
import { tinyModelFixture } from "../helpers/tinyModel.js";

const sha256 = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

describe("buildTinyModel", () => {
  it("is byte-identical for a seed and matches the golden digests", () => {
    // Golden vectors: a change here changes every model digest the localnet registers.
    assert.equal(
      sha256(buildTinyModel().bytes),
      "cc2bc7d0fc0ba4239bb7d76e24357b12937fec4f09937204fe2afb48b88c7291",
    );
    assert.equal(
      sha256(buildTinyModel({ seed: 1, variant: "bigram" }).bytes),
      sha256(buildTinyModel().bytes),
    );
    assert.equal(
      sha256(buildTinyModel({ seed: 7, variant: "random" }).bytes),
      "5ee2887935df7e5d43dac7a783540fdfb9f902f9053af87e588ca2f8f05b0d37",
    );
  });

  it("differs between seeds and between variants", () => {
    const a = sha256(buildTinyModel({ seed: 1 }).bytes);
    assert.notEqual(a, sha256(buildTinyModel({ seed: 2 }).bytes));
    assert.notEqual(a, sha256(buildTinyModel({ seed: 1, variant: "random" }).bytes));
  });

  it("is a GGUF v3 llama model that node-llama-cpp's parser reads back", async () => {
    const fx = await tinyModelFixture();
    try {
      const info = await readGgufFileInfo(fx.path, { logWarnings: false });
      assert.equal(info.version, 3);
      const md = info.metadata as unknown as Record<string, Record<string, unknown>>;
      assert.equal(md.general!.architecture, "llama");
      assert.equal(info.architectureMetadata.embedding_length, 64);
      assert.equal(info.architectureMetadata.block_count, 2);
      assert.equal(info.architectureMetadata.context_length, 2048);
      const tokenizer = md.tokenizer as { ggml: { model: string; tokens: string[] }; chat_template: string };
      assert.equal(tokenizer.ggml.model, "llama");
      assert.equal(tokenizer.ggml.tokens.length, buildTinyModel().vocabSize);
      assert.equal(
        new Set(tokenizer.ggml.tokens).size,
        tokenizer.ggml.tokens.length,
        "token pieces are unique",
      );
      assert.equal(tokenizer.chat_template, TINY_CHAT_TEMPLATE);
      assert.equal(info.tensorInfo!.length, 3 + 2 * 9);
      const params = info.tensorInfo!.reduce(
        (n, t) => n + t.dimensions.reduce((a: number, b) => a * Number(b), 1),
        0,
      );
      assert.equal(params, buildTinyModel().params);
      assert.equal(params, 154_176);
    } finally {
      await fx.remove();
    }
  });
});

describe("createPrng", () => {
  it("yields the same integers for a seed (golden) and different ones for another seed", () => {
    const a = createPrng(42);
    const first = [a.nextU32(), a.nextU32(), a.nextU32()];
    const b = createPrng(42);
    assert.deepEqual([b.nextU32(), b.nextU32(), b.nextU32()], first);
    assert.ok(first.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32));
    const c = createPrng(43);
    assert.notDeepEqual([c.nextU32(), c.nextU32(), c.nextU32()], first);
  });

  it("draws normals with about the requested spread", () => {
    const p = createPrng(1);
    let sum = 0;
    let sumSq = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const x = p.nextNormal(2);
      sum += x;
      sumSq += x * x;
    }
    const mean = sum / n;
    const std = Math.sqrt(sumSq / n - mean * mean);
    assert.ok(Math.abs(mean) < 0.1, `mean ${mean}`);
    assert.ok(Math.abs(std - 2) < 0.1, `std ${std}`);
  });
});

describe("bigramContinuation", () => {
  const cases: [string, number, string][] = [
    ["hello", 16, "pqrstuvwxyz abcd"],
    ["say ", 4, "abcd"],
    // The decoder drops a space that opens the output: 3 tokens, 2 characters.
    ["xyz", 3, "ab"],
    ["z", 28, "abcdefghijklmnopqrstuvwxyz "],
  ];
  for (const [text, n, want] of cases) {
    it(`"${text}" + ${n} tokens -> "${want}"`, () => assert.equal(bigramContinuation(text, n), want));
  }
  it("is undefined after a character outside the cycle", () => {
    assert.throws(
      () => bigramContinuation("Hi!", 3),
      (e) => isRouterError(e, RouterErrorCode.InvalidRequest),
    );
  });
});
