import assert from "node:assert/strict";
import { ScoresCode, ScoresError } from "../../../chain/l2-orchestration/modules/scores/index.js";
import { TasksCode, TasksError } from "../../../chain/l2-orchestration/modules/tasks/index.js";
import { ClientError, ClientErrorCode, TxRefusedError } from "../../../client/index.js";
import { staleScore } from "../../../guard-node/index.js";

const [a, b] = ["aa".repeat(32), "bb".repeat(32)];

/** A refusal as the client reports it, with the chain's own log text for `err`. */
const refused = (err: ScoresError | TasksError) =>
  new TxRefusedError({ codespace: err.codespace, code: err.code, log: err.message, stage: "simulate" });

describe("guard: stale score refusals", () => {
  it("names the reason and the task of the batch the chain's log names", () => {
    const table: [unknown, ReturnType<typeof staleScore>][] = [
      [
        refused(
          new ScoresError(
            ScoresCode.verdictReached,
            `task ${b} was decided at height 9 (verdict VERDICT_ACCEPTED)`,
          ),
        ),
        { reason: "decided", taskId: b },
      ],
      [
        refused(new ScoresError(ScoresCode.scoreTooLate, `task ${a}: scores closed at height 40, now 41`)),
        { reason: "late", taskId: a },
      ],
      [
        refused(new ScoresError(ScoresCode.doubleScore, `strata1guard already scored task ${a}`)),
        { reason: "already-scored", taskId: a },
      ],
      [
        refused(new ScoresError(ScoresCode.notAssigned, `strata1guard was not drawn for task ${b}`)),
        { reason: "not-assigned", taskId: b },
      ],
      [
        refused(new ScoresError(ScoresCode.notScoring, `task ${"cc".repeat(32)} has no scoring`)),
        { reason: "not-scoring", taskId: null },
      ],
      // Faults, not staleness: retried.
      [refused(new ScoresError(ScoresCode.invalidScore, `task ${a}: note longer than 256 bytes`)), null],
      [refused(new TasksError(TasksCode.taskNotFound, `task ${a}`)), null],
      [new ClientError(ClientErrorCode.nodeUnreachable, "cannot reach node"), null],
      [new Error("socket hang up"), null],
    ];
    for (const [err, expected] of table) assert.deepEqual(staleScore(err, [a, b]), expected, String(err));
  });
});
