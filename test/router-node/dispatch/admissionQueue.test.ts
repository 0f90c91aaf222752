import assert from "node:assert/strict";
import { createAdmissionQueue } from "../../../router-node/dispatch/index.js";
import { isRouterError, RouterErrorCode } from "../../../router-node/index.js";

describe("createAdmissionQueue", () => {
  const never = new AbortController().signal;

  it("admits up to maxConcurrent, queues up to maxQueue, refuses the rest with QueueFull", async () => {
    const q = createAdmissionQueue({ maxConcurrent: 2, maxQueue: 1 });
    const r1 = await q.acquire(never);
    await q.acquire(never);
    assert.equal(q.active, 2);
    const waiting = q.acquire(never);
    assert.equal(q.depth, 1);
    await assert.rejects(q.acquire(never), (e) => isRouterError(e, RouterErrorCode.QueueFull));
    r1();
    const r3 = await waiting;
    assert.equal(q.depth, 0);
    assert.equal(q.active, 2);
    r3();
    assert.equal(q.active, 1);
  });

  it("serves waiters first in, first out", async () => {
    const q = createAdmissionQueue({ maxConcurrent: 1, maxQueue: 5 });
    const first = await q.acquire(never);
    const order: number[] = [];
    const waits = [1, 2, 3].map((n) =>
      q.acquire(never).then((release) => {
        order.push(n);
        release();
      }),
    );
    first();
    await Promise.all(waits);
    assert.deepEqual(order, [1, 2, 3]);
    assert.equal(q.active, 0);
  });

  it("an aborted waiter leaves the queue with the abort reason", async () => {
    const q = createAdmissionQueue({ maxConcurrent: 1, maxQueue: 1 });
    const held = await q.acquire(never);
    const ac = new AbortController();
    const waiting = q.acquire(ac.signal);
    ac.abort(new Error("gone"));
    await assert.rejects(waiting, /gone/);
    assert.equal(q.depth, 0);
    held();
    assert.equal(q.active, 0);
  });

  it("a release function works once only", async () => {
    const q = createAdmissionQueue({ maxConcurrent: 1, maxQueue: 0 });
    const release = await q.acquire(never);
    release();
    release();
    assert.equal(q.active, 0);
  });
});
