import { encodeGguf, type GgufTensor, type GgufValue } from "./encodeGguf.js";
import { createPrng, type IntegerPrng } from "./prng.js";
import { BOS_ID, buildTinyVocab, EOS_ID, SPACE_PIECE, TokenType, UNK_ID } from "./tinyVocab.js";

/** Which weights the tiny model gets. */
export type TinyModelVariant = "random" | "bigram";

/** Options of {@link buildTinyModel}. */
export interface TinyModelOptions {
  /** PRNG seed (32-bit); default 1. */
  seed?: number;
  /**
   * `bigram` (default): the next token is the successor of the last character in the cycle
   * `" " a b … z " "`, exact whatever the float rounding, for assertions on text.
   * `random`: seeded random weights (deterministic only with pinned threads/batch size).
   */
  variant?: TinyModelVariant;
  /** Model width; default 64. */
  dim?: number;
  /** Number of transformer blocks; default 2. */
  layers?: number;
  /** Attention heads (`dim` must divide by it); default 4. */
  heads?: number;
  /** Feed-forward width; default 192. */
  ff?: number;
  /** Context length the model declares; default 2048. */
  contextLength?: number;
}

/** The bytes of a tiny model plus facts about it. */
export interface TinyModel {
  bytes: Uint8Array;
  variant: TinyModelVariant;
  seed: number;
  params: number;
  vocabSize: number;
  contextLength: number;
}

/**
 * Chat template of the tiny model: message contents joined by a space, nothing after the last
 * one. With the bigram weights, a chat answer therefore continues the alphabet from the last
 * character of the last message, exactly like a completion of that message.
 */
export const TINY_CHAT_TEMPLATE = "{% for message in messages %}{{ message['content'] }}{% endfor %}";

/** The alphabet cycle of the bigram variant, as pieces. */
const CYCLE = [SPACE_PIECE, ..."abcdefghijklmnopqrstuvwxyz"];

function normals(prng: IntegerPrng, n: number, std: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = prng.nextNormal(std);
  return out;
}

/**
 * Builds a small llama-architecture GGUF v3 model from a seed. Pure and deterministic: the same
 * options give byte-identical output on every engine (integer PRNG, IEEE-exact arithmetic).
 *
 * @throws RouterError `InvalidModelFile` when the dimensions are inconsistent.
 */
export function buildTinyModel(opts: TinyModelOptions = {}): TinyModel {
  const seed = (opts.seed ?? 1) >>> 0;
  const variant = opts.variant ?? "bigram";
  const dim = opts.dim ?? 64;
  const layers = opts.layers ?? 2;
  const heads = opts.heads ?? 4;
  const ff = opts.ff ?? 192;
  const contextLength = opts.contextLength ?? 2048;
  const vocab = buildTinyVocab();
  const nVocab = vocab.length;
  const prng = createPrng(seed);

  const ones = (n: number): Float32Array => new Float32Array(n).fill(1);
  const matrix = (rowLen: number, rows: number, std: number): Float32Array =>
    normals(prng, rowLen * rows, std);
  const bigram = variant === "bigram";

  const tokenEmbd = matrix(dim, nVocab, 1);
  // Bigram: a faint random readout so the planted successor logits dominate by orders of magnitude.
  const output = matrix(dim, nVocab, (bigram ? 0.1 : 3) / Math.sqrt(dim));
  const blocks: GgufTensor[] = [];
  for (let l = 0; l < layers; l++) {
    const p = `blk.${l}.`;
    const attnOut = matrix(dim, dim, 1 / Math.sqrt(dim));
    const ffnDown = matrix(ff, dim, 1 / Math.sqrt(ff));
    // Bigram: blocks write nothing back into the residual stream, so the final hidden state is
    // the (normalised) embedding of the current token alone.
    if (bigram) {
      attnOut.fill(0);
      ffnDown.fill(0);
    }
    blocks.push(
      { name: `${p}attn_norm.weight`, shape: [dim], data: ones(dim) },
      { name: `${p}attn_q.weight`, shape: [dim, dim], data: matrix(dim, dim, 1 / Math.sqrt(dim)) },
      { name: `${p}attn_k.weight`, shape: [dim, dim], data: matrix(dim, dim, 1 / Math.sqrt(dim)) },
      { name: `${p}attn_v.weight`, shape: [dim, dim], data: matrix(dim, dim, 1 / Math.sqrt(dim)) },
      { name: `${p}attn_output.weight`, shape: [dim, dim], data: attnOut },
      { name: `${p}ffn_norm.weight`, shape: [dim], data: ones(dim) },
      { name: `${p}ffn_gate.weight`, shape: [dim, ff], data: matrix(dim, ff, 1 / Math.sqrt(dim)) },
      { name: `${p}ffn_up.weight`, shape: [dim, ff], data: matrix(dim, ff, 1 / Math.sqrt(dim)) },
      { name: `${p}ffn_down.weight`, shape: [ff, dim], data: ffnDown },
    );
  }

  // Special and byte tokens never win: their logits are exactly 0, so output stays printable ASCII.
  vocab.forEach((v, id) => {
    if (v.type !== TokenType.Normal) output.fill(0, id * dim, (id + 1) * dim);
  });

  if (bigram) {
    const idOf = new Map(vocab.map((v, id) => [v.piece, id]));
    vocab.forEach((v, id) => {
      if (v.type !== TokenType.Normal) return;
      const last = v.piece.at(-1)!;
      const at = CYCLE.indexOf(last);
      if (at < 0) return;
      const succ = idOf.get(CYCLE[(at + 1) % CYCLE.length]!)!;
      // Plant the unit-RMS direction of this token's embedding in its successor's readout row:
      // that logit becomes ~dim while every other one stays ~0.1.
      let sumSq = 0;
      for (let d = 0; d < dim; d++) sumSq += tokenEmbd[id * dim + d]! ** 2;
      const inv = 1 / Math.sqrt(sumSq / dim);
      for (let d = 0; d < dim; d++) output[succ * dim + d]! += tokenEmbd[id * dim + d]! * inv;
    });
  }

  const tensors: GgufTensor[] = [
    { name: "token_embd.weight", shape: [dim, nVocab], data: tokenEmbd },
    { name: "output_norm.weight", shape: [dim], data: ones(dim) },
    { name: "output.weight", shape: [dim, nVocab], data: output },
    ...blocks,
  ];

  const metadata: [string, GgufValue][] = [
    ["general.architecture", { type: "string", value: "llama" }],
    ["general.name", { type: "string", value: `strata-tiny-${variant}-${seed}` }],
    ["general.file_type", { type: "u32", value: 0 }],
    ["llama.context_length", { type: "u32", value: contextLength }],
    ["llama.embedding_length", { type: "u32", value: dim }],
    ["llama.block_count", { type: "u32", value: layers }],
    ["llama.feed_forward_length", { type: "u32", value: ff }],
    ["llama.attention.head_count", { type: "u32", value: heads }],
    ["llama.attention.head_count_kv", { type: "u32", value: heads }],
    ["llama.rope.dimension_count", { type: "u32", value: dim / heads }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "f32", value: 1e-5 }],
    ["llama.vocab_size", { type: "u32", value: nVocab }],
    ["tokenizer.ggml.model", { type: "string", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "string[]", value: vocab.map((v) => v.piece) }],
    ["tokenizer.ggml.scores", { type: "f32[]", value: vocab.map((v) => v.score) }],
    ["tokenizer.ggml.token_type", { type: "i32[]", value: vocab.map((v) => v.type) }],
    ["tokenizer.ggml.bos_token_id", { type: "u32", value: BOS_ID }],
    ["tokenizer.ggml.eos_token_id", { type: "u32", value: EOS_ID }],
    ["tokenizer.ggml.unknown_token_id", { type: "u32", value: UNK_ID }],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: true }],
    ["tokenizer.ggml.add_eos_token", { type: "bool", value: false }],
    ["tokenizer.chat_template", { type: "string", value: TINY_CHAT_TEMPLATE }],
  ];

  const params = tensors.reduce((n, t) => n + t.data.length, 0);
  return {
    bytes: encodeGguf({ metadata, tensors }),
    variant,
    seed,
    params,
    vocabSize: nVocab,
    contextLength,
  };
}
