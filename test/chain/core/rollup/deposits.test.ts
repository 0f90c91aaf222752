import assert from "node:assert/strict";
import { sha256, toAddress } from "../../../../chain/core/crypto/index.js";
import {
  accumulate,
  depositFromSsz,
  depositRoot,
  depositToSsz,
  isBridgeAddress,
  nextAccumulator,
  parseBridgeAmount,
  ZERO_ACCUMULATOR,
} from "../../../../chain/core/rollup/deposits.js";
import { DepositSsz, WithdrawalSsz } from "../../../../chain/core/rollup/types.js";
import {
  withdrawalFromSsz,
  withdrawalLeaf,
  withdrawalToSsz,
} from "../../../../chain/core/rollup/withdrawals.js";

const addr = (label: string) => toAddress(sha256(new TextEncoder().encode(label)).subarray(0, 20));
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("rollup deposits (accumulator and conversions)", () => {
  const fields = (nonce: number) => ({
    nonce,
    sender: addr("alice"),
    recipient: addr(`bob${nonce}`),
    denom: "ustra",
    amount: String(1000 * nonce),
    parentHeight: 7 + nonce,
  });

  it("acc[n] = sha256(acc[n−1] ‖ hashTreeRoot(Deposit)), acc[0] = 32 zero bytes", () => {
    assert.equal(hex(ZERO_ACCUMULATOR), "00".repeat(32));
    const d1 = depositToSsz(fields(1));
    const d2 = depositToSsz(fields(2));
    const acc1 = sha256(Uint8Array.from([...ZERO_ACCUMULATOR, ...DepositSsz.hashTreeRoot(d1)]));
    const acc2 = sha256(Uint8Array.from([...acc1, ...DepositSsz.hashTreeRoot(d2)]));
    assert.equal(hex(nextAccumulator(ZERO_ACCUMULATOR, d1)), hex(acc1));
    assert.equal(hex(accumulate([d1, d2])), hex(acc2));
    // Order matters: swapping two deposits changes the accumulator.
    assert.notEqual(hex(accumulate([d2, d1])), hex(acc2));
  });

  it("round-trips deposits and withdrawals between the protobuf and SSZ forms", () => {
    const f = fields(3);
    assert.deepEqual(depositFromSsz(depositToSsz(f)), f);
    const w = {
      index: 4,
      sender: addr("s"),
      recipient: addr("r"),
      denom: "ustra",
      amount: "12",
      childHeight: 9,
    };
    assert.deepEqual(withdrawalFromSsz(withdrawalToSsz(w)), w);
  });

  it("refuses what an SSZ record cannot hold", () => {
    assert.throws(() => depositToSsz({ ...fields(1), amount: "0" }), RangeError);
    assert.throws(() => depositToSsz({ ...fields(1), amount: "01" }), RangeError);
    assert.throws(() => depositToSsz({ ...fields(1), recipient: "strata1nope" }));
    assert.throws(
      () => depositToSsz({ ...fields(1), recipient: toAddress(new Uint8Array(32).fill(1)) }),
      RangeError,
    );
    assert.throws(() => depositToSsz({ ...fields(1), denom: "u".repeat(129) }), RangeError);
    assert.equal(parseBridgeAmount((1n << 256n).toString()), undefined);
    assert.equal(parseBridgeAmount(((1n << 256n) - 1n).toString()), (1n << 256n) - 1n);
    assert.equal(isBridgeAddress(addr("x")), true);
    assert.equal(isBridgeAddress(addr("x").toUpperCase()), false);
    assert.equal(isBridgeAddress(toAddress(new Uint8Array(32))), false);
  });
});

describe("rollup bridge record roots (hand-written SSZ)", () => {
  it("equal @chainsafe/ssz hashTreeRoot of Deposit and Withdrawal for every denom length and extreme values", () => {
    for (const len of [0, 1, 5, 31, 32, 33, 63, 64, 65, 96, 127, 128]) {
      for (const [id, amount, height] of [
        [0n, 1n, 0n],
        [7n, 123456789n, 99n],
        [(1n << 64n) - 1n, (1n << 256n) - 1n, (1n << 64n) - 1n],
      ] as const) {
        const tag = sha256(new TextEncoder().encode(`r:${len}:${id}`));
        const denom = Uint8Array.from({ length: len }, (_, i) => 97 + ((i * 7) % 26));
        const d = {
          nonce: id,
          sender: tag.subarray(0, 20),
          recipient: tag.subarray(12),
          denom,
          amount,
          parentHeight: height,
        };
        assert.equal(hex(depositRoot(d)), hex(DepositSsz.hashTreeRoot(d)), `deposit, denom ${len}`);
        const w = { index: id, sender: d.sender, recipient: d.recipient, denom, amount, childHeight: height };
        assert.equal(hex(withdrawalLeaf(w)), hex(WithdrawalSsz.hashTreeRoot(w)), `withdrawal, denom ${len}`);
      }
    }
  });

  it("refuses fields the schema cannot hold", () => {
    const base = {
      nonce: 1n,
      sender: new Uint8Array(20),
      recipient: new Uint8Array(20),
      denom: new Uint8Array(),
      amount: 1n,
      parentHeight: 1n,
    };
    assert.throws(() => depositRoot({ ...base, amount: 1n << 256n }), RangeError);
    assert.throws(() => depositRoot({ ...base, nonce: 1n << 64n }), RangeError);
    assert.throws(() => depositRoot({ ...base, sender: new Uint8Array(32) }), RangeError);
    assert.throws(() => depositRoot({ ...base, denom: new Uint8Array(129) }), RangeError);
  });
});
