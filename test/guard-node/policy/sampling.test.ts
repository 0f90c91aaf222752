import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { ed25519FromSeed } from "../../../chain/core/crypto/index.js";
import {
  inSample,
  isSampled,
  perGuardRate,
  SAMPLE_DOMAIN,
  sampleMessage,
  sampleValue,
} from "../../../guard-node/policy/index.js";

const keyOf = (label: string) => ed25519FromSeed(createHash("sha256").update(label).digest());
const taskId = (i: number) => createHash("sha256").update(`task ${i}`).digest("hex");

describe("guard policy: the re-execution sample", () => {
  it("signs the domain, a zero byte and the 32 task id bytes", () => {
    const id = "ab".repeat(32);
    assert.deepEqual(
      Buffer.from(sampleMessage(id)),
      Buffer.concat([Buffer.from(SAMPLE_DOMAIN), Buffer.of(0), Buffer.from(id, "hex")]),
    );
    assert.throws(() => sampleMessage("AB".repeat(32)), RangeError);
    assert.throws(() => sampleMessage("ab"), RangeError);
  });

  it("the draw is the first 53 bits of sha256(signature) over 2^53", () => {
    const table: [Uint8Array, number][] = [[new Uint8Array(64), 0]];
    const digest = createHash("sha256").update(new Uint8Array(64)).digest();
    table[0]![1] = Number(digest.readBigUInt64BE(0) >> 11n) / 2 ** 53;
    for (const [sig, value] of table) assert.equal(sampleValue(sig), value);
    for (let i = 0; i < 50; i++) {
      const v = sampleValue(keyOf("g").sign(sampleMessage(taskId(i))));
      assert.ok(v >= 0 && v < 1);
    }
  });

  it("inSample: value < rate", () => {
    const table: [number, number, boolean][] = [
      [0, 0, false],
      [0, 0.05, true],
      [0.049, 0.05, true],
      [0.05, 0.05, false],
      [0.99, 1, true],
    ];
    for (const [v, r, s] of table) assert.equal(inSample(v, r), s, `${v} < ${r}`);
  });

  it("is a pure function of (task id, guard key, rate): reproducible, rate 0 never, rate 1 always", () => {
    const g = keyOf("guard one");
    for (let i = 0; i < 20; i++) {
      assert.equal(isSampled(taskId(i), 0.3, g), isSampled(taskId(i), 0.3, keyOf("guard one")));
      assert.equal(isSampled(taskId(i), 0, g), false);
      assert.equal(isSampled(taskId(i), 1, g), true);
    }
    // Monotone in the rate: a task sampled at 5 % is sampled at 10 %.
    for (let i = 0; i < 200; i++) {
      if (isSampled(taskId(i), 0.05, g)) assert.ok(isSampled(taskId(i), 0.1, g));
    }
  });

  it("samples about `rate` of tasks, and another guard's key draws other tasks", () => {
    const [a, b] = [keyOf("guard a"), keyOf("guard b")];
    const n = 2000;
    let countA = 0;
    let both = 0;
    for (let i = 0; i < n; i++) {
      const sa = isSampled(taskId(i), 0.1, a);
      const sb = isSampled(taskId(i), 0.1, b);
      countA += sa ? 1 : 0;
      both += sa && sb ? 1 : 0;
    }
    // Binomial(2000, 0.1): mean 200, sd 13.4; bounds at about 4 sd.
    assert.ok(countA > 145 && countA < 255, `sampled ${countA} of ${n}`);
    // Independent draws: about 1 % of tasks are sampled by both.
    assert.ok(both < 50, `both sampled ${both}`);
  });

  it("perGuardRate: each of n guards samples at 1 − (1 − rate)^(1/n), so a task is re-executed with probability rate", () => {
    const table: [number, number, number][] = [
      [0.05, 1, 0.05],
      [0, 3, 0],
      [1, 3, 1],
      [0.75, 2, 0.5],
      [0.05, 0, 0.05],
    ];
    for (const [rate, n, expected] of table)
      assert.ok(Math.abs(perGuardRate(rate, n) - expected) < 1e-12, `${rate} ${n}`);
    for (const n of [2, 3, 5]) {
      const p = perGuardRate(0.05, n);
      assert.ok(Math.abs(1 - (1 - p) ** n - 0.05) < 1e-12);
    }
  });
});
