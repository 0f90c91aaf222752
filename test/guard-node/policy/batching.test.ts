import assert from "node:assert/strict";
import { postAfter, type ReadyScore, selectBatches } from "../../../guard-node/policy/index.js";

describe("guard policy: posting scores", () => {
  it("postAfter: re-executed scores at once, others held (at most until one block before the deadline)", () => {
    const table: [Parameters<typeof postAfter>[0], number][] = [
      [{ assignedHeight: 100, deadline: 150, reexecuted: true, holdBlocks: 25 }, 100],
      [{ assignedHeight: 100, deadline: 150, reexecuted: false, holdBlocks: 25 }, 125],
      [{ assignedHeight: 100, deadline: 150, reexecuted: false, holdBlocks: 0 }, 100],
      [{ assignedHeight: 100, deadline: 110, reexecuted: false, holdBlocks: 25 }, 109],
      [{ assignedHeight: 100, deadline: 100, reexecuted: false, holdBlocks: 25 }, 100],
    ];
    for (const [args, height] of table) assert.equal(postAfter(args), height, JSON.stringify(args));
  });

  it("selectBatches: due scores by deadline then id, in batches; expired ones dropped", () => {
    const r = (taskId: string, postAfterHeight: number, deadline: number): ReadyScore => ({
      taskId,
      postAfter: postAfterHeight,
      deadline,
    });
    const ready = [
      r("d", 10, 30),
      r("b", 10, 20),
      r("a", 10, 20),
      r("held", 12, 40),
      r("late", 0, 10),
      r("c", 9, 11),
    ];
    const table: [number, number, ReturnType<typeof selectBatches>][] = [
      [10, 10, { batches: [["c", "a", "b", "d"]], expired: ["late"] }],
      [
        10,
        2,
        {
          batches: [
            ["c", "a"],
            ["b", "d"],
          ],
          expired: ["late"],
        },
      ],
      // At height 11 a transaction lands at 12 at the earliest: past task c's deadline 11.
      [11, 10, { batches: [["a", "b", "d"]], expired: ["c", "late"] }],
      [12, 10, { batches: [["a", "b", "d", "held"]], expired: ["c", "late"] }],
      [9, 10, { batches: [["late", "c"]], expired: [] }],
    ];
    for (const [height, maxBatch, expected] of table) {
      assert.deepEqual(
        selectBatches(ready, height, maxBatch),
        expected,
        `height ${height}, batch ${maxBatch}`,
      );
    }
    assert.deepEqual(selectBatches([], 5, 10), { batches: [], expired: [] });
  });
});
