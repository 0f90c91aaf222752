import assert from "node:assert/strict";
import { clientAddress, createConnectionLimiter } from "../../../../chain/core/rpc/connectionLimiter.js";

describe("connection limiter", () => {
  it("bounds connections in total and per address, and frees slots on release", () => {
    const l = createConnectionLimiter({ max: 3, perAddress: 2 });
    assert.deepEqual(l.acquire("a"), { ok: true });
    assert.deepEqual(l.acquire("a"), { ok: true });
    assert.deepEqual(l.acquire("a"), { ok: false, reason: "address" });
    assert.deepEqual(l.acquire("b"), { ok: true });
    assert.deepEqual(l.acquire("c"), { ok: false, reason: "total" });
    assert.equal(l.open(), 3);
    l.release("a");
    assert.equal(l.openFrom("a"), 1);
    assert.deepEqual(l.acquire("c"), { ok: true });
    l.release("unknown");
    assert.equal(l.open(), 3);
  });

  it("refuses limits that are not positive integers", () => {
    assert.throws(() => createConnectionLimiter({ max: 0, perAddress: 1 }), RangeError);
    assert.throws(() => createConnectionLimiter({ max: 5, perAddress: 1.5 }), RangeError);
  });

  it("counts IPv4-mapped IPv6 addresses as their IPv4 address", () => {
    assert.equal(clientAddress("::ffff:10.0.0.1"), "10.0.0.1");
    assert.equal(clientAddress("::1"), "::1");
    assert.equal(clientAddress(undefined), "unknown");
  });
});
