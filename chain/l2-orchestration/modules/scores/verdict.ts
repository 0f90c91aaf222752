import { strata } from "../../../../proto/gen/strata.js";
import type { ScoredTask, TaskScoring } from "./expectedKeepers.js";

const { Verdict } = strata.scores.v1;

/** The outcome of a task's scoring. */
export interface VerdictOutcome {
  verdict: strata.scores.v1.Verdict;
  /** Per executor, in receipt order (see {@link judge} for which executors are listed). */
  finalScores: { executor: string; score: number }[];
  /** Executors judged fraudulent, in receipt order. */
  faulty: string[];
}

/** The lower median of a non-empty list: the ⌊(n−1)/2⌋-th smallest value. */
export function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
}

/**
 * The verdict of a task from the guard scores that made it (RULES.md, scores, "Score"): an
 * executor's final score is the lower median of the scores it got (0 for a missed reveal); it is
 * faulty when it revealed and its final score is below `fraudThreshold`. REJECTED when the served
 * (first) receipt's executor missed its reveal or is faulty, else ACCEPTED. With no scores the
 * verdict is UNVERIFIED and only missed reveals are listed (score 0), as no one judged the others.
 */
export function judge(
  task: ScoredTask,
  scores: TaskScoring["scores"],
  fraudThreshold: number,
): VerdictOutcome {
  const missed = new Set(task.missedReveals);
  if (scores.length === 0) {
    return {
      verdict: Verdict.VERDICT_UNVERIFIED,
      finalScores: task.missedReveals.map((executor) => ({ executor, score: 0 })),
      faulty: [],
    };
  }
  const finalScores: { executor: string; score: number }[] = [];
  const faulty: string[] = [];
  for (const receipt of task.receipts) {
    const executor = receipt.executor;
    if (missed.has(executor)) {
      finalScores.push({ executor, score: 0 });
      continue;
    }
    // Every stored score names every executor of the task exactly once (checked on submit).
    const given = scores.map((g) => g.score!.scores.find((s) => s.executor === executor)!.score);
    const score = lowerMedian(given);
    finalScores.push({ executor, score });
    if (score < fraudThreshold) faulty.push(executor);
  }
  const served = task.receipts[0]!.executor;
  const rejected = missed.has(served) || faulty.includes(served);
  return { verdict: rejected ? Verdict.VERDICT_REJECTED : Verdict.VERDICT_ACCEPTED, finalScores, faulty };
}
