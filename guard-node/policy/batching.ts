/**
 * When a guard posts its scores (RULES.md, scores, "Guard scoring policy"). Pure.
 */

/** A score waiting to be posted. */
export interface ReadyScore {
  taskId: string;
  /** First committed height after which it may be posted (the hold below). */
  postAfter: number;
  /** The task's scoring deadline: the last height a score is accepted. */
  deadline: number;
}

/**
 * When a score may be posted. A re-executed score is posted at once. Any other (digest check or
 * redundancy only) is held until `assignedHeight + holdBlocks` (and at the latest one block before
 * the deadline): the verdict is taken at quorum, so holding lets the scores of guards that
 * re-executed the task — which take longer — be among the quorum rather than be refused as
 * "score after verdict".
 */
export function postAfter(args: {
  assignedHeight: number;
  deadline: number;
  reexecuted: boolean;
  holdBlocks: number;
}): number {
  if (args.reexecuted) return args.assignedHeight;
  return Math.max(args.assignedHeight, Math.min(args.assignedHeight + args.holdBlocks, args.deadline - 1));
}

/** Outcome of {@link selectBatches}. */
export interface BatchSelection {
  /** Task ids to post now, each batch one `MsgSubmitScores`. */
  batches: string[][];
  /** Scores whose deadline passed (a transaction sent now lands too late): dropped. */
  expired: string[];
}

/**
 * The scores to post at committed height `height`: those whose hold is over and whose deadline
 * the next block can still meet (`height + 1 ≤ deadline`), earliest deadline first (then task id),
 * in batches of at most `maxBatch` (the chain's `max_scores_per_msg`).
 */
export function selectBatches(
  ready: readonly ReadyScore[],
  height: number,
  maxBatch: number,
): BatchSelection {
  const expired: string[] = [];
  const due: ReadyScore[] = [];
  for (const r of ready) {
    if (height + 1 > r.deadline) expired.push(r.taskId);
    else if (r.postAfter <= height) due.push(r);
  }
  due.sort((a, b) => a.deadline - b.deadline || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0));
  const size = Math.max(1, Math.floor(maxBatch));
  const batches: string[][] = [];
  for (let i = 0; i < due.length; i += size) batches.push(due.slice(i, i + size).map((r) => r.taskId));
  return { batches, expired: expired.sort() };
}
