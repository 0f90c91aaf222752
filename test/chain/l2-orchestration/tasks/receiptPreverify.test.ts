import assert from "node:assert/strict";
import { TasksCode } from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import {
  preverifyReceipts,
  receiptPreverifyDrained,
  receiptPreverifyStats,
} from "../../../../chain/l2-orchestration/modules/tasks/receiptPreverify.js";
import type { strata } from "../../../../proto/gen/strata.js";
import { Market } from "../lifecycle/market.js";

const T = "tasks";

/** Six tasks of three receipts: 18 receipts, a batch the worker takes. */
function batch(m: Market, label: string): strata.tasks.v1.ITaskRecord[] {
  return Array.from({ length: 6 }, (_, i) => m.task(m.taskId(`${label}-${i}`)));
}

// Receipt signatures verified ahead of execution on a worker thread: the outcome, gas and
// errors of every tx are those of inline verification.
describe("tasks: receipt pre-verification", function () {
  this.timeout(30_000);

  it("a batch verified ahead executes without a second verification, with the same result as inline", async () => {
    const ahead = Market.create();
    const inline = Market.create();
    // The first batch teaches the executors' keys (receipts of unknown executors are not sent).
    for (const m of [ahead, inline]) m.chain.deliverOk("router", [m.record(batch(m, "first"))]);
    if (!receiptPreverifyStats().enabled) return; // one core, or STRATA_RECEIPT_PREVERIFY=0

    const tasksAhead = batch(ahead, "second");
    // Answers to batches the first deliveries sent are not counted below.
    await receiptPreverifyDrained();
    const before = receiptPreverifyStats();
    preverifyReceipts({ tasks: tasksAhead });
    await receiptPreverifyDrained();
    const sent = receiptPreverifyStats();
    assert.equal(sent.sent - before.sent, 18);
    assert.equal(sent.valid - before.valid, 18);
    const withHits = ahead.chain.deliverOk("router", [ahead.record(tasksAhead)]);
    assert.equal(receiptPreverifyStats().hits - sent.hits, 18, "every receipt was verified ahead");

    // The same batch on a chain that verifies inline (delivery runs synchronously: no worker
    // answer can arrive during it).
    const hits = receiptPreverifyStats().hits;
    const withoutHits = inline.chain.deliverOk("router", [inline.record(batch(inline, "second"))]);
    assert.equal(receiptPreverifyStats().hits, hits);
    assert.equal(withHits.gasUsed, withoutHits.gasUsed);
    assert.deepEqual(withHits.events, withoutHits.events);
    assert.deepEqual(withHits.data, withoutHits.data);
    for (const t of tasksAhead) assert.deepEqual(ahead.getTask(t.taskId!), inline.getTask(t.taskId!));
  });

  it("a forged receipt is never remembered as valid: its tx is refused as without the worker", async () => {
    const m = Market.create();
    m.chain.deliverOk("router", [m.record(batch(m, "first"))]);
    if (!receiptPreverifyStats().enabled) return;
    const tasks = batch(m, "forged");
    await receiptPreverifyDrained();
    // exec2's receipt of the fourth task signed with exec3's key.
    tasks[3] = m.task(m.taskId("forged-3"), m.executors, { exec2: { signer: "exec3" } });
    const before = receiptPreverifyStats();
    preverifyReceipts({ tasks });
    await receiptPreverifyDrained();
    const after = receiptPreverifyStats();
    assert.equal(after.sent - before.sent, 18);
    assert.equal(after.valid - before.valid, 17);
    m.expectRefused(
      "router",
      [m.record(tasks)],
      T,
      TasksCode.badSignature,
      /receipt 1 .*signature does not verify/,
    );
  });
});
