import assert from "node:assert/strict";
import {
  bpsPercent,
  DEFAULT_SETTLEMENT_PARAMS,
  parseSettlementParams,
  SettlementCode,
  type SplitInput,
  splitCharge,
} from "../../../../chain/l2-orchestration/modules/settlement/index.js";
import { strata } from "../../../../proto/gen/strata.js";

const { PaymentRole: R } = strata.settlement.v1;

function split(charge: bigint, weights: bigint[], guards: string[], params = DEFAULT_SETTLEMENT_PARAMS) {
  const input: SplitInput = {
    charge,
    params,
    executors: weights.map((weight, i) => ({ address: `e${i + 1}`, weight })),
    router: "router",
    modelOwner: "owner",
    guards,
    treasury: "treasury",
  };
  return splitCharge(input).map((p) => [p.recipient, p.role, p.amount, p.reason] as const);
}

describe("settlement: splitting a charge", () => {
  it("even numbers: 80/5/5/5/5 with equal scores", () => {
    assert.deepEqual(split(600n, [1_000_000n, 1_000_000n, 1_000_000n], ["g1", "g2"]), [
      ["e1", R.PAYMENT_ROLE_EXECUTOR, 160n, "executor share 80% x score 1000000/3000000"],
      ["e2", R.PAYMENT_ROLE_EXECUTOR, 160n, "executor share 80% x score 1000000/3000000"],
      ["e3", R.PAYMENT_ROLE_EXECUTOR, 160n, "executor share 80% x score 1000000/3000000"],
      ["router", R.PAYMENT_ROLE_ROUTER, 30n, "router share 5%"],
      ["g1", R.PAYMENT_ROLE_GUARD, 15n, "guard share 5% / 2 guards"],
      ["g2", R.PAYMENT_ROLE_GUARD, 15n, "guard share 5% / 2 guards"],
      ["owner", R.PAYMENT_ROLE_MODEL_OWNER, 30n, "model owner share 5%"],
      ["treasury", R.PAYMENT_ROLE_TREASURY, 30n, "treasury share 5%"],
    ]);
  });

  it("a tiny charge: every share floors to 0 or 1, the rest is the treasury's remainder, zero payments left out", () => {
    // E = floor(7 · 0.8) = 5, each executor floor(5/3) = 1; the 5 % shares floor to 0.
    assert.deepEqual(split(7n, [1n, 1n, 1n], ["g1"]), [
      ["e1", R.PAYMENT_ROLE_EXECUTOR, 1n, "executor share 80% x score 1/3"],
      ["e2", R.PAYMENT_ROLE_EXECUTOR, 1n, "executor share 80% x score 1/3"],
      ["e3", R.PAYMENT_ROLE_EXECUTOR, 1n, "executor share 80% x score 1/3"],
      ["treasury", R.PAYMENT_ROLE_TREASURY, 4n, "remainder"],
    ]);
    assert.deepEqual(split(1n, [5n], []), [["treasury", R.PAYMENT_ROLE_TREASURY, 1n, "remainder"]]);
  });

  it("awkward weights and guard counts", () => {
    // charge 1001: E = 800, R = O = T = 50, G = 50 over 3 guards = 16 each (2 left).
    // e1 floor(800·999999/1333333) = 599, e2 floor(800·333333/1333333) = 199, e3 floor(800·1/1333333) = 0.
    const out = split(1001n, [999_999n, 333_333n, 1n], ["g1", "g2", "g3"]);
    assert.deepEqual(out, [
      ["e1", R.PAYMENT_ROLE_EXECUTOR, 599n, "executor share 80% x score 999999/1333333"],
      ["e2", R.PAYMENT_ROLE_EXECUTOR, 199n, "executor share 80% x score 333333/1333333"],
      ["router", R.PAYMENT_ROLE_ROUTER, 50n, "router share 5%"],
      ["g1", R.PAYMENT_ROLE_GUARD, 16n, "guard share 5% / 3 guards"],
      ["g2", R.PAYMENT_ROLE_GUARD, 16n, "guard share 5% / 3 guards"],
      ["g3", R.PAYMENT_ROLE_GUARD, 16n, "guard share 5% / 3 guards"],
      ["owner", R.PAYMENT_ROLE_MODEL_OWNER, 50n, "model owner share 5%"],
      ["treasury", R.PAYMENT_ROLE_TREASURY, 50n, "treasury share 5%"],
      // 1001 − (599 + 199 + 50 + 48 + 50 + 50) = 5
      ["treasury", R.PAYMENT_ROLE_TREASURY, 5n, "remainder"],
    ]);
  });

  it("no guard: the guard share goes to the treasury; all-zero weights split equally", () => {
    assert.deepEqual(split(100n, [0n, 0n], []), [
      ["e1", R.PAYMENT_ROLE_EXECUTOR, 40n, "executor share 80% x 1/2 (equal weights)"],
      ["e2", R.PAYMENT_ROLE_EXECUTOR, 40n, "executor share 80% x 1/2 (equal weights)"],
      ["router", R.PAYMENT_ROLE_ROUTER, 5n, "router share 5%"],
      ["treasury", R.PAYMENT_ROLE_TREASURY, 5n, "guard share 5%: no guard scored"],
      ["owner", R.PAYMENT_ROLE_MODEL_OWNER, 5n, "model owner share 5%"],
      ["treasury", R.PAYMENT_ROLE_TREASURY, 5n, "treasury share 5%"],
    ]);
  });

  it("other params: odd basis points", () => {
    const params = {
      ...DEFAULT_SETTLEMENT_PARAMS,
      executorsBps: 3333,
      routerBps: 3333,
      guardsBps: 3334,
      modelOwnerBps: 0,
      treasuryBps: 0,
    };
    // E = floor(10·0.3333) = 3 → 1 each; R = 3; G = 3 → 3 for the one guard; remainder 1.
    assert.deepEqual(split(10n, [7n, 7n, 7n], ["g"], params), [
      ["e1", R.PAYMENT_ROLE_EXECUTOR, 1n, "executor share 33.33% x score 7/21"],
      ["e2", R.PAYMENT_ROLE_EXECUTOR, 1n, "executor share 33.33% x score 7/21"],
      ["e3", R.PAYMENT_ROLE_EXECUTOR, 1n, "executor share 33.33% x score 7/21"],
      ["router", R.PAYMENT_ROLE_ROUTER, 3n, "router share 33.33%"],
      ["g", R.PAYMENT_ROLE_GUARD, 3n, "guard share 33.34% / 1 guards"],
      ["treasury", R.PAYMENT_ROLE_TREASURY, 1n, "remainder"],
    ]);
  });

  it("always sums to the charge exactly, with no zero or negative payment (seeded sweep)", () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const charge = BigInt(rand(10 ** 6)) * BigInt(1 + rand(3) * 999_999);
      const weights = Array.from({ length: 1 + rand(8) }, () => BigInt(rand(1_000_001)));
      const guards = Array.from({ length: rand(5) }, (_, g) => `g${g}`);
      const out = split(charge, weights, guards);
      const sum = out.reduce((acc, p) => acc + p[2], 0n);
      assert.equal(sum, charge, `charge ${charge} weights ${weights} guards ${guards.length}`);
      for (const p of out) assert.ok(p[2] > 0n);
    }
  });

  it("basis points for people", () => {
    assert.equal(bpsPercent(8000), "80%");
    assert.equal(bpsPercent(250), "2.5%");
    assert.equal(bpsPercent(1), "0.01%");
    assert.equal(bpsPercent(10_000), "100%");
    assert.equal(bpsPercent(0), "0%");
  });

  it("params: defaults, shares summing to 10,000, slash fractions within SCALE", () => {
    assert.deepEqual(parseSettlementParams(undefined), DEFAULT_SETTLEMENT_PARAMS);
    assert.deepEqual(parseSettlementParams({ executorsBps: 7500, treasuryBps: 1000 }).executorsBps, 7500);
    const refuses = (json: object, message: RegExp) =>
      assert.throws(
        () => parseSettlementParams(json),
        (e: { codespace: string; code: number; message: string }) =>
          e.codespace === "settlement" && e.code === SettlementCode.invalidGenesis && message.test(e.message),
      );
    refuses({ executorsBps: 7000 }, /shares sum to 9000 basis points, not 10000/);
    refuses({ executorsBps: 10_500, routerBps: -500 }, /within \[0, 10000\]/);
    refuses({ fraudSlash: 1_000_001 }, /fraudSlash must be within/);
    refuses({ missedRevealSlash: -1 }, /missedRevealSlash/);
    refuses({ routerBps: 1.5 }, /routerBps/);
  });
});
