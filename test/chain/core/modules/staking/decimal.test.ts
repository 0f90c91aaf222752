import assert from "node:assert/strict";
import {
  DEC_ONE,
  decFromString,
  decFromWire,
  decMul,
  decMulTruncate,
  decQuo,
  decQuoRoundUp,
  decQuoTruncate,
  decRound,
  decToString,
  decToWire,
} from "../../../../../chain/core/modules/staking/index.js";

const d = decFromString;
// One unit in the 18th decimal place.
const ULP = 1n;

describe("18-decimal fixed point (LegacyDec)", () => {
  it("parses and prints the text and wire forms", () => {
    assert.equal(d("0.05"), DEC_ONE / 20n);
    assert.equal(d("1"), DEC_ONE);
    assert.equal(d("-1.5"), -(3n * DEC_ONE) / 2n);
    assert.equal(decToString(d("0.05")), "0.050000000000000000");
    assert.equal(decToString(-ULP), "-0.000000000000000001");
    assert.equal(decToWire(d("0.05")), "50000000000000000");
    assert.equal(decFromWire("50000000000000000"), d("0.05"));
    assert.equal(decFromWire("0.050000000000000000"), d("0.05"));
    assert.throws(() => d("0.0000000000000000001"), /invalid decimal/);
    assert.throws(() => decFromWire(""), /invalid decimal/);
    assert.throws(() => decFromWire("1e5"), /invalid decimal/);
  });

  it("rounds half to even like chopPrecisionAndRound", () => {
    // 0.000000000000000001 × 0.5 = 0.0000000000000000005 → ties to even (0)
    assert.equal(decMul(ULP, d("0.5")), 0n);
    // 0.000000000000000003 × 0.5 = 0.0000000000000000015 → 0.000000000000000002
    assert.equal(decMul(3n * ULP, d("0.5")), 2n * ULP);
    assert.equal(decMulTruncate(3n * ULP, d("0.5")), ULP);
    assert.equal(decMul(-3n * ULP, d("0.5")), -2n * ULP);
    assert.equal(decRound(d("2.5")), 2n);
    assert.equal(decRound(d("3.5")), 4n);
    assert.equal(decRound(d("2.500000000000000001")), 3n);
  });

  it("divides with rounding, truncation and rounding up", () => {
    assert.equal(decQuo(d("2"), d("3")), d("0.666666666666666667"));
    assert.equal(decQuoTruncate(d("2"), d("3")), d("0.666666666666666666"));
    assert.equal(decQuoRoundUp(d("1"), d("3")), d("0.333333333333333334"));
    assert.equal(decQuoRoundUp(d("1"), d("4")), d("0.25"));
    assert.throws(() => decQuo(DEC_ONE, 0n), RangeError);
  });
});
