/**
 * The guard's verification policies: pure functions of their inputs, table-tested, used by the
 * guard process and by `npm run bench -- verify` (RULES.md, scores, "Guard scoring policy").
 */
export type { BatchSelection, ReadyScore } from "./batching.js";
export { postAfter, selectBatches } from "./batching.js";
export type {
  Agreement,
  AgreementLevel,
  CompareConfig,
  CompareMode,
  ModeInput,
  RevealedOutput,
} from "./compareOutputs.js";
export {
  comparisonMode,
  DEFAULT_COMPARE_CONFIG,
  groupOutputs,
  outputsMatch,
} from "./compareOutputs.js";
export { reexecutionRequest } from "./reexecutionRequest.js";
export type { SampleSigner } from "./sampling.js";
export { inSample, isSampled, perGuardRate, SAMPLE_DOMAIN, sampleMessage, sampleValue } from "./sampling.js";
export type {
  ExecutorOutcome,
  PlanInput,
  ReexecReason,
  ScoreInput,
  TaskPlan,
  TaskScoreDecision,
  TaskView,
} from "./scoreTask.js";
export { MAX_NOTE_BYTES, planTask, SCALE, SPLIT_SCORE, scoreTask } from "./scoreTask.js";
export { isSimilar, levenshtein, levenshteinWithin, similarity } from "./similarity.js";
