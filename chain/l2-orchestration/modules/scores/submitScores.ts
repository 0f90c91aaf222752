import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import {
  type Decoded,
  isCanonicalAddress,
  isDigest,
  SCALE,
  utf8Length,
  withNumbers,
} from "../../shared/index.js";
import { decideVerdict } from "./decideVerdict.js";
import { ScoresCode, ScoresError } from "./errors.js";
import type { ScoresHooks, TasksKeeper } from "./expectedKeepers.js";
import { scoresStore } from "./store.js";

const { Method, Verdict, MsgSubmitScoresResponse } = strata.scores.v1;
const { TaskStatus } = strata.tasks.v1;

/** A decoded `MsgSubmitScores`. */
export type MsgSubmitScores = Decoded<strata.scores.v1.IMsgSubmitScores>;

/** Longest note on a score, UTF-8 bytes. */
export const MAX_NOTE_BYTES = 256;

const METHODS = new Set<number>([
  Method.METHOD_EXACT_MATCH,
  Method.METHOD_SIMILARITY,
  Method.METHOD_REEXECUTION,
  Method.METHOD_DIGEST_CHECK,
]);

/**
 * Stateless checks of a `MsgSubmitScores` (RULES.md, scores, "Score").
 * @throws ScoresError for the first broken rule.
 */
export function validateSubmitScores(msg: MsgSubmitScores): void {
  // [REJECT] the guard is a canonical account address
  if (!isCanonicalAddress(msg.guard)) {
    throw new ScoresError(ScoresCode.invalidAddress, `guard ${JSON.stringify(msg.guard)}`);
  }
  // [REJECT] 1 ≤ scores (the upper bound is a param, checked in execute)
  if (msg.scores.length === 0) throw new ScoresError(ScoresCode.invalidRequest, "no scores in the message");
  for (const s of msg.scores) {
    // [REJECT] the task id is 64 lowercase hex
    if (!isDigest(s.taskId)) {
      throw new ScoresError(
        ScoresCode.invalidTaskId,
        `task id ${JSON.stringify(s.taskId)} is not 64 lowercase hex`,
      );
    }
    // [REJECT] `method` is set
    if (!METHODS.has(s.method)) {
      throw new ScoresError(
        ScoresCode.invalidScore,
        `task ${s.taskId}: method ${s.method} is not a scoring method`,
      );
    }
    // [REJECT] note ≤ 256 bytes
    if (utf8Length(s.note) > MAX_NOTE_BYTES) {
      throw new ScoresError(
        ScoresCode.invalidScore,
        `task ${s.taskId}: note longer than ${MAX_NOTE_BYTES} bytes`,
      );
    }
    for (let i = 0; i < s.scores.length; i++) {
      const e = s.scores[i]!;
      // [REJECT] each score in [0, SCALE]
      if (BigInt(e.score) > SCALE) {
        throw new ScoresError(
          ScoresCode.invalidScore,
          `task ${s.taskId}: score ${e.score} of ${e.executor} exceeds ${SCALE}`,
        );
      }
      // [REJECT] one score per executor
      for (let j = 0; j < i; j++) {
        if (s.scores[j]!.executor === e.executor) {
          throw new ScoresError(
            ScoresCode.invalidScore,
            `task ${s.taskId}: executor ${e.executor} scored twice`,
          );
        }
      }
    }
  }
}

/**
 * Records a guard's scores (RULES.md, scores, "Score"); a task reaching its quorum gets its
 * verdict at once. Returns the ids of the tasks decided.
 * @throws ScoresError for the first broken rule; the message's writes are then discarded.
 */
export function submitScores(
  tasks: TasksKeeper,
  ctx: Context,
  msg: MsgSubmitScores,
  hooks: ScoresHooks | undefined,
): string[] {
  const params = scoresStore.getParams(ctx);
  // [REJECT] scores ≤ max_scores_per_msg
  if (msg.scores.length > params.maxScoresPerMsg) {
    throw new ScoresError(
      ScoresCode.invalidRequest,
      `${msg.scores.length} scores in one message; at most ${params.maxScoresPerMsg}`,
    );
  }
  const height = ctx.block.height;
  const decided: string[] = [];
  for (const score of msg.scores) {
    const id = score.taskId;
    const scoring = scoresStore.getScoring(ctx, id);
    const task = tasks.getTask(ctx, id);
    // [REJECT] the task is SCORING (it exists and its reveal phase has closed)
    if (!scoring || !task) {
      throw new ScoresError(
        ScoresCode.notScoring,
        `task ${id} has no scoring (unknown or still in its reveal phase)`,
      );
    }
    // [REJECT] height ≤ deadline (checked first: past it, the deadline itself decided the task)
    if (height > scoring.deadline) {
      throw new ScoresError(
        ScoresCode.scoreTooLate,
        `task ${id}: scores closed at height ${scoring.deadline}, now ${height}`,
      );
    }
    // [REJECT] no verdict yet (score after verdict)
    if (scoring.verdict !== Verdict.VERDICT_UNSPECIFIED || task.status !== TaskStatus.TASK_STATUS_SCORING) {
      throw new ScoresError(
        ScoresCode.verdictReached,
        `task ${id} was decided at height ${scoring.verdictHeight} (verdict ${Verdict[scoring.verdict]})`,
      );
    }
    // [REJECT] the signer is assigned to the task
    if (!scoring.assigned.includes(msg.guard)) {
      throw new ScoresError(ScoresCode.notAssigned, `${msg.guard} was not drawn for task ${id}`);
    }
    // [REJECT] the signer has not scored it
    if (scoring.scores.some((g) => g.guard === msg.guard)) {
      throw new ScoresError(ScoresCode.doubleScore, `${msg.guard} already scored task ${id}`);
    }
    // [REJECT] one score per executor of the task (distinct: validateBasic; here: exactly the task's)
    if (
      score.scores.length !== task.receipts.length ||
      !task.receipts.every((r) => score.scores.some((s) => s.executor === r.executor))
    ) {
      throw new ScoresError(
        ScoresCode.invalidScore,
        `task ${id}: scores must name exactly its executors ${task.receipts.map((r) => r.executor).join(", ")}`,
      );
    }
    scoring.scores.push({ guard: msg.guard, score, height });
    scoresStore.removePending(ctx, msg.guard, id);
    ctx.events.emit("submit_score", { task: id, guard: msg.guard });
    // When the task has `quorum` scores: the verdict.
    if (scoring.scores.length >= scoring.quorum) {
      decideVerdict(ctx, task, scoring, params.fraudThreshold, hooks);
      decided.push(id);
    } else {
      scoresStore.setScoring(ctx, scoring);
    }
  }
  return decided;
}

/** `MsgSubmitScores` (signer: the guard). */
export function submitScoresHandler(
  tasks: TasksKeeper,
  hooks: () => ScoresHooks | undefined,
): MsgHandler<MsgSubmitScores> {
  return {
    typeUrl: "/strata.scores.v1.MsgSubmitScores",
    decode: (bytes) =>
      withNumbers(strata.scores.v1.MsgSubmitScores.decode(bytes)) as unknown as MsgSubmitScores,
    validateBasic: validateSubmitScores,
    signers: (msg) => [msg.guard],
    execute(ctx, msg) {
      const decided = submitScores(tasks, ctx, msg, hooks());
      return {
        typeUrl: "/strata.scores.v1.MsgSubmitScoresResponse",
        value: MsgSubmitScoresResponse.encode({ decided }).finish(),
      };
    },
  };
}
