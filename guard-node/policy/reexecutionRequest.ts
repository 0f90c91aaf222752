/**
 * The request a guard re-runs for a task (RULES.md, scores, "Guard scoring policy"). Pure.
 */
import type { GenerationRequest } from "../../router-node/inference/index.js";

/**
 * The revealed request as the guard re-runs it: unchanged when its decoding is deterministic
 * (`temperature` 0, or a fixed `seed`), so the guard reproduces the executors' run; otherwise
 * greedy (`temperature` 0, no `top_p`, no seed), the guard's best single answer to compare by
 * similarity. `max_tokens` and `stop` are always kept.
 */
export function reexecutionRequest(req: GenerationRequest): GenerationRequest {
  if (req.params.temperature === 0 || req.params.seed !== null) return req;
  return { ...req, params: { ...req.params, temperature: 0, topP: null, seed: null } };
}
