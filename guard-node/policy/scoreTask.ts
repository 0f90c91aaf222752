/**
 * A guard's judgement of one task (RULES.md, scores, "Guard scoring policy"): the model digests of
 * the receipts, the redundant outputs against each other, and the guard's own re-execution when
 * it ran one, combined into one score per executor and the method used. Pure.
 */
import { Method } from "../../client/index.js";
import {
  type Agreement,
  type CompareMode,
  groupOutputs,
  outputsMatch,
  type RevealedOutput,
} from "./compareOutputs.js";

/** Score of a correct result (the chain's fixed-point scale). */
export const SCALE = 1_000_000;

/**
 * Score of every executor of a split (no output matched by more than half) that nobody
 * re-executed: the guard cannot tell who is right. It is not below the default fraud threshold
 * (500,000), so a split alone slashes nobody; reputation moves toward the middle.
 */
export const SPLIT_SCORE = 500_000;

/** Longest note the chain accepts on a score, UTF-8 bytes. */
export const MAX_NOTE_BYTES = 256;

/** The parts of a task a guard judges. */
export interface TaskView {
  id: string;
  /** In receipt order (the first is the served one). */
  receipts: readonly { executor: string; modelSha256: string }[];
  reveals: readonly RevealedOutput[];
  missedReveals: readonly string[];
}

/** Why a guard re-executes a task. */
export type ReexecReason = "sampled" | "disagreement";

/** Inputs of {@link planTask}. */
export interface PlanInput {
  task: TaskView;
  /** The session's model version digest (`weights_sha256`). */
  modelSha256: string;
  mode: CompareMode;
  /** The task fell in the guard's re-execution sample ({@link isSampled}). */
  sampled: boolean;
  /** The guard holds the model and the request was revealed. */
  canReexecute: boolean;
}

/** What a guard does with a task before scoring it. */
export interface TaskPlan {
  /** Revealed outputs of receipts with the right digest, grouped. */
  agreement: Agreement;
  /** Why it re-executes, or null when it does not. */
  reexecute: ReexecReason | null;
}

/** Revealed outputs whose receipt carries the session model's digest, in receipt order. */
function judgedOutputs(task: TaskView, modelSha256: string): RevealedOutput[] {
  const good = new Set(task.receipts.filter((r) => r.modelSha256 === modelSha256).map((r) => r.executor));
  return task.reveals.filter((r) => good.has(r.executor));
}

/**
 * Whether to re-execute: when the task is sampled, or when revealed outputs disagree (a majority
 * with dissent, or a split) — in both cases only if the guard can (model held, request revealed)
 * and some output is left to judge.
 */
export function planTask(input: PlanInput): TaskPlan {
  const outputs = judgedOutputs(input.task, input.modelSha256);
  const agreement = groupOutputs(outputs, input.mode);
  let reexecute: ReexecReason | null = null;
  if (input.canReexecute && outputs.length > 0) {
    if (input.sampled) reexecute = "sampled";
    else if (agreement.level === "majority" || agreement.level === "split") reexecute = "disagreement";
  }
  return { agreement, reexecute };
}

/** Inputs of {@link scoreTask}: the plan's inputs plus the guard's own output when it re-executed. */
export interface ScoreInput extends PlanInput {
  /** The guard's output of the task's request, or null when it did not re-execute. */
  reexecution: { output: string; reason: ReexecReason } | null;
}

/** How one executor was judged. */
export type ExecutorOutcome = "match" | "mismatch" | "split" | "unchecked" | "wrong-digest" | "missed-reveal";

/** A guard's score of one task, ready for `MsgSubmitScores`. */
export interface TaskScoreDecision {
  taskId: string;
  method: number;
  /** One per receipt, in receipt order. */
  scores: { executor: string; score: number }[];
  outcomes: { executor: string; outcome: ExecutorOutcome }[];
  note: string;
}

function clipNote(note: string): string {
  const bytes = Buffer.from(note, "utf8");
  if (bytes.length <= MAX_NOTE_BYTES) return note;
  // Cut on a character boundary.
  let text = bytes.subarray(0, MAX_NOTE_BYTES).toString("utf8");
  while (Buffer.byteLength(text, "utf8") > MAX_NOTE_BYTES || text.endsWith("\uFFFD"))
    text = text.slice(0, -1);
  return text;
}

function modeText(mode: CompareMode): string {
  return mode.kind === "exact" ? "exact" : `similarity ≥ ${mode.threshold}`;
}

/**
 * Scores every executor of a task:
 * 1. a receipt whose `model_sha256` is not the session model's digest: 0 (method DIGEST_CHECK);
 * 2. a missed reveal: 0;
 * 3. with a re-execution: SCALE when the output matches the guard's, else 0 (REEXECUTION);
 * 4. else with two or more outputs: a majority's members SCALE and the rest 0, or every
 *    output {@link SPLIT_SCORE} on a split (EXACT_MATCH or SIMILARITY, by mode);
 * 5. else (one output, not re-executed): SCALE, only its digest was checked (DIGEST_CHECK).
 * The method is DIGEST_CHECK whenever a digest was wrong, else the one that judged the outputs.
 */
export function scoreTask(input: ScoreInput): TaskScoreDecision {
  const { task, modelSha256, mode, reexecution } = input;
  const outputs = judgedOutputs(task, modelSha256);
  const byExecutor = new Map(outputs.map((o) => [o.executor, o.output]));
  const missed = new Set(task.missedReveals);
  const agreement = groupOutputs(outputs, mode);
  let method: number;
  let note: string;
  const outcomeOf = (executor: string, output: string): ExecutorOutcome => {
    if (reexecution) return outputsMatch(reexecution.output, output, mode) ? "match" : "mismatch";
    if (agreement.level === "single") return "unchecked";
    if (agreement.level === "split") return "split";
    return agreement.agreeing.includes(executor) ? "match" : "mismatch";
  };
  const outcomes = task.receipts.map((r) => {
    let outcome: ExecutorOutcome;
    if (r.modelSha256 !== modelSha256) outcome = "wrong-digest";
    else if (missed.has(r.executor) || !byExecutor.has(r.executor)) outcome = "missed-reveal";
    else outcome = outcomeOf(r.executor, byExecutor.get(r.executor)!);
    return { executor: r.executor, outcome };
  });
  const scoreOf: Record<ExecutorOutcome, number> = {
    match: SCALE,
    unchecked: SCALE,
    split: SPLIT_SCORE,
    mismatch: 0,
    "wrong-digest": 0,
    "missed-reveal": 0,
  };
  const matched = outcomes.filter((o) => o.outcome === "match").length;
  if (reexecution) {
    method = Method.METHOD_REEXECUTION;
    note = `re-executed (${reexecution.reason}), ${modeText(mode)}: ${matched}/${outputs.length} outputs match`;
  } else if (agreement.level === "single") {
    method = Method.METHOD_DIGEST_CHECK;
    note = `digest check only: ${outputs.length} output${outputs.length === 1 ? "" : "s"}, not re-executed`;
  } else {
    method = mode.kind === "exact" ? Method.METHOD_EXACT_MATCH : Method.METHOD_SIMILARITY;
    note =
      agreement.level === "split"
        ? `${modeText(mode)}: split, no majority among ${outputs.length} outputs, not re-executed`
        : `${modeText(mode)}: ${agreement.agreeing.length}/${outputs.length} outputs agree`;
  }
  const wrong = outcomes.filter((o) => o.outcome === "wrong-digest").length;
  if (wrong > 0) {
    method = Method.METHOD_DIGEST_CHECK;
    note = `${wrong} receipt${wrong === 1 ? "" : "s"} with a wrong model digest; ${note}`;
  }
  const missedCount = outcomes.filter((o) => o.outcome === "missed-reveal").length;
  if (missedCount > 0) note = `${note}; ${missedCount} missed reveal${missedCount === 1 ? "" : "s"}`;
  return {
    taskId: task.id,
    method,
    scores: outcomes.map((o) => ({ executor: o.executor, score: scoreOf[o.outcome] })),
    outcomes,
    note: clipNote(note),
  };
}
