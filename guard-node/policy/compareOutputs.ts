/**
 * How a guard compares outputs (RULES.md, scores, "Guard scoring policy"): exactly when decoding is
 * deterministic on one runtime, by similarity against a threshold otherwise; and how redundant
 * outputs are grouped into a majority or a split. Pure.
 */
import { isSimilar } from "./similarity.js";

/** Byte-for-byte comparison, or similarity at least `threshold` (in [0, 1]). */
export type CompareMode = { kind: "exact" } | { kind: "similarity"; threshold: number };

/** What decides the comparison mode of a task. */
export interface ModeInput {
  /** The revealed request's sampling parameters, or null when no request was revealed. */
  request: { temperature: number; seed: number | null } | null;
  /** The model version's `format` (e.g. `gguf`). */
  modelFormat: string;
}

/** Guard configuration the comparison rules read. */
export interface CompareConfig {
  /** Formats whose executors run one reference runtime (default `["gguf"]`: llama.cpp). */
  exactFormats: readonly string[];
  /** Similarity threshold for non-deterministic tasks, in [0, 1] (default 0.8). */
  similarityThreshold: number;
}

/** Default comparison configuration. */
export const DEFAULT_COMPARE_CONFIG: Readonly<CompareConfig> = Object.freeze({
  exactFormats: Object.freeze(["gguf"]),
  similarityThreshold: 0.8,
});

/**
 * Exact when the request is known and its decoding deterministic (greedy, `temperature` 0, or a
 * fixed `seed`) and the model's format runs on one reference runtime; similarity otherwise (a
 * request not revealed, unseeded sampling, other runtimes).
 */
export function comparisonMode(input: ModeInput, config: CompareConfig): CompareMode {
  const deterministic =
    input.request !== null && (input.request.temperature === 0 || input.request.seed !== null);
  if (deterministic && config.exactFormats.includes(input.modelFormat)) return { kind: "exact" };
  return { kind: "similarity", threshold: config.similarityThreshold };
}

/** Whether two outputs agree under `mode`. */
export function outputsMatch(a: string, b: string, mode: CompareMode): boolean {
  if (mode.kind === "exact") return a === b;
  return isSimilar(a, b, mode.threshold);
}

/** One executor's revealed output. */
export interface RevealedOutput {
  executor: string;
  output: string;
}

/**
 * How revealed outputs agree:
 * - `single`: fewer than two outputs, nothing to compare;
 * - `unanimous`: every output matches the reference;
 * - `majority`: more than half match the reference, the others do not;
 * - `split`: no output is matched by more than half (e.g. 1–1 with two executors).
 */
export type AgreementLevel = "single" | "unanimous" | "majority" | "split";

/** Outcome of {@link groupOutputs}. */
export interface Agreement {
  level: AgreementLevel;
  /** Executors whose output matches the reference, in input order (all of them for `single`). */
  agreeing: string[];
  /** The others, in input order. */
  disagreeing: string[];
}

/**
 * Groups outputs around a reference: the output matched by the most outputs (itself included;
 * ties go to the earliest, i.e. the served receipt first). Under similarity matching need not be
 * transitive, so "matches" always means "matches the reference".
 */
export function groupOutputs(outputs: readonly RevealedOutput[], mode: CompareMode): Agreement {
  if (outputs.length < 2)
    return { level: "single", agreeing: outputs.map((o) => o.executor), disagreeing: [] };
  let best = -1;
  let bestSupport = 0;
  for (let i = 0; i < outputs.length; i++) {
    let support = 0;
    for (let j = 0; j < outputs.length; j++) {
      if (i === j || outputsMatch(outputs[i]!.output, outputs[j]!.output, mode)) support++;
    }
    if (support > bestSupport) {
      best = i;
      bestSupport = support;
    }
  }
  const reference = outputs[best]!.output;
  const agreeing: string[] = [];
  const disagreeing: string[] = [];
  for (const o of outputs) {
    (outputsMatch(reference, o.output, mode) ? agreeing : disagreeing).push(o.executor);
  }
  const level: AgreementLevel =
    disagreeing.length === 0 ? "unanimous" : agreeing.length * 2 > outputs.length ? "majority" : "split";
  return { level, agreeing, disagreeing };
}
