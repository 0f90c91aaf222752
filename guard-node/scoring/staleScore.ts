/**
 * Reading a refused `MsgSubmitScores`: which refusals mean "this score is no longer needed" (the
 * task was decided, its deadline passed, the guard already scored it, …) rather than a fault, and
 * which task of the batch it names. Pure.
 */
import { TxRefusedError } from "../../client/index.js";

/** Scores refusals of a score that is no longer needed, by the scores module's code. */
export const STALE_SCORE_CODES: Readonly<Record<number, string>> = Object.freeze({
  5: "not-scoring",
  6: "decided",
  7: "late",
  8: "not-assigned",
  9: "already-scored",
});

/** A refusal of a stale score. */
export interface StaleScore {
  /** `decided`, `late`, `already-scored`, `not-assigned`, `not-scoring`. */
  reason: string;
  /** The task of the batch the chain's log names, or null when it names none of them. */
  taskId: string | null;
}

/**
 * The stale-score refusal `err` is, or null for any other failure (those are retried). The chain
 * refuses a whole message for its first bad score and names that task in its log.
 */
export function staleScore(err: unknown, batch: readonly string[]): StaleScore | null {
  if (!(err instanceof TxRefusedError) || err.codespace !== "scores") return null;
  const reason = STALE_SCORE_CODES[err.code];
  if (!reason) return null;
  return { reason, taskId: batch.find((id) => err.log.includes(id)) ?? null };
}
