import assert from "node:assert/strict";
import { formatCoins, parseCoins } from "../../../../chain/core/app/coins.js";
import { SdkError } from "../../../../chain/core/app/errors.js";
import { assertMinGasPrice, parseGasPrices } from "../../../../chain/core/modules/auth/index.js";

describe("coins and gas prices", () => {
  it("parses valid sorted coins", () => {
    const coins = parseCoins([
      { denom: "uatom", amount: "5" },
      { denom: "ustra", amount: "10" },
    ]);
    assert.deepEqual(coins, [
      { denom: "uatom", amount: 5n },
      { denom: "ustra", amount: 10n },
    ]);
    assert.equal(formatCoins(coins), "5uatom,10ustra");
  });

  const bad: [string, { denom: string; amount: string }[], RegExp][] = [
    ["zero amount", [{ denom: "ustra", amount: "0" }], /not positive/],
    ["negative amount", [{ denom: "ustra", amount: "-1" }], /invalid amount/],
    ["decimal amount", [{ denom: "ustra", amount: "1.5" }], /invalid amount/],
    ["short denom", [{ denom: "u", amount: "1" }], /invalid denom/],
    ["denom with a space", [{ denom: "us tra", amount: "1" }], /invalid denom/],
    [
      "unsorted",
      [
        { denom: "ustra", amount: "1" },
        { denom: "uatom", amount: "1" },
      ],
      /not sorted/,
    ],
    [
      "duplicate",
      [
        { denom: "ustra", amount: "1" },
        { denom: "ustra", amount: "1" },
      ],
      /duplicates/,
    ],
    ["above 2^256", [{ denom: "ustra", amount: (2n ** 256n).toString() }], /not positive/],
    ["empty", [], /empty coins/],
  ];
  for (const [name, input, message] of bad) {
    it(`rejects ${name} with code 10`, () => {
      assert.throws(
        () => parseCoins(input),
        (err: unknown) => err instanceof SdkError && err.code === 10 && message.test(err.message),
      );
    });
  }

  it("parses gas prices exactly and checks the minimum fee with rounding up", () => {
    const prices = parseGasPrices("0.0025ustra");
    assert.deepEqual(prices, [{ denom: "ustra", num: 25n, den: 10000n }]);
    assertMinGasPrice([{ denom: "ustra", amount: 500n }], 200_000n, prices);
    assert.throws(
      () => assertMinGasPrice([{ denom: "ustra", amount: 499n }], 200_000n, prices),
      /required: 500ustra/,
    );
    // 0.0025 × 1 = 0.0025 → 1 (ceil), so a zero fee fails even for 1 gas.
    assert.throws(() => assertMinGasPrice([], 1n, prices), /insufficient fees/);
    assertMinGasPrice([], 1_000_000n, []);
    assert.throws(() => parseGasPrices("abc"), /invalid gas price/);
  });
});
