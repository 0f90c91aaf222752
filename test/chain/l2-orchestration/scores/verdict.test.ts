import assert from "node:assert/strict";
import {
  judge,
  lowerMedian,
  type ScoredTask,
  type TaskScoring,
} from "../../../../chain/l2-orchestration/modules/scores/index.js";
import { strata } from "../../../../proto/gen/strata.js";

const { Verdict } = strata.scores.v1;

function task(executors: string[], missed: string[] = []): ScoredTask {
  return {
    receipts: executors.map((executor) => ({ executor })),
    reveals: executors.filter((e) => !missed.includes(e)).map((executor) => ({ executor })),
    missedReveals: missed,
  } as unknown as ScoredTask;
}

function scores(...byGuard: Record<string, number>[]): TaskScoring["scores"] {
  return byGuard.map((s, i) => ({
    guard: `g${i}`,
    height: 1,
    score: {
      taskId: "t",
      method: 1,
      note: "",
      scores: Object.entries(s).map(([executor, score]) => ({ executor, score })),
    },
  }));
}

describe("scores: judge", () => {
  it("lower median: the ⌊(n−1)/2⌋-th smallest", () => {
    assert.equal(lowerMedian([5]), 5);
    assert.equal(lowerMedian([9, 1]), 1);
    assert.equal(lowerMedian([3, 1, 2]), 2);
    assert.equal(lowerMedian([4, 1, 3, 2]), 2);
    assert.equal(lowerMedian([0, 1_000_000, 1_000_000, 1_000_000, 0]), 1_000_000);
  });

  it("final score per executor in receipt order; missed reveals score 0 and are not faulty", () => {
    const out = judge(
      task(["a", "b", "c"], ["c"]),
      scores({ a: 900_000, b: 499_999, c: 1_000_000 }, { a: 1_000_000, b: 800_000, c: 1_000_000 }),
      500_000,
    );
    assert.deepEqual(out.finalScores, [
      { executor: "a", score: 900_000 },
      { executor: "b", score: 499_999 },
      { executor: "c", score: 0 },
    ]);
    assert.deepEqual(out.faulty, ["b"]);
    assert.equal(out.verdict, Verdict.VERDICT_ACCEPTED);
  });

  it("the threshold is strict: a final score equal to it is not fraud", () => {
    const out = judge(task(["a", "b"]), scores({ a: 500_000, b: 499_999 }), 500_000);
    assert.deepEqual(out.faulty, ["b"]);
    assert.equal(out.verdict, Verdict.VERDICT_ACCEPTED);
  });

  it("REJECTED when the served executor missed its reveal or is faulty", () => {
    assert.equal(
      judge(task(["a", "b"], ["a"]), scores({ a: 1_000_000, b: 1_000_000 }), 500_000).verdict,
      Verdict.VERDICT_REJECTED,
    );
    assert.equal(
      judge(task(["a", "b"]), scores({ a: 10, b: 1_000_000 }), 500_000).verdict,
      Verdict.VERDICT_REJECTED,
    );
  });

  it("UNVERIFIED without scores, listing only missed reveals", () => {
    const out = judge(task(["a", "b"], ["b"]), [], 500_000);
    assert.equal(out.verdict, Verdict.VERDICT_UNVERIFIED);
    assert.deepEqual(out.finalScores, [{ executor: "b", score: 0 }]);
    assert.deepEqual(out.faulty, []);
  });
});
