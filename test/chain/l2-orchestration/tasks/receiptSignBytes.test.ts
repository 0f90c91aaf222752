import assert from "node:assert/strict";
import { ed25519FromSeed } from "../../../../chain/core/crypto/index.js";
import {
  RECEIPT_DOMAIN,
  receiptSignBytes,
  signReceipt,
  verifyReceipt,
} from "../../../../chain/l2-orchestration/modules/tasks/index.js";
import { strata } from "../../../../proto/gen/strata.js";

const CHAIN = "strata-l2-test";
const key = ed25519FromSeed(new Uint8Array(32).fill(7));

const fields = {
  taskId: "ab".repeat(32),
  sessionId: 42,
  executor: "strata1qqqsyqcyq5rqwzqfpg9scrgwpugpzysnl3h7f8",
  modelSha256: "cd".repeat(32),
  promptSha256: "ef".repeat(32),
  commitment: "01".repeat(32),
  inputTokens: 300,
  outputTokens: 5_000_000_000,
};

function expected(chainId: string, r: strata.tasks.v1.IReceipt): Buffer {
  return Buffer.concat([
    Buffer.from(RECEIPT_DOMAIN),
    Buffer.from(chainId),
    Buffer.of(0),
    Buffer.from(strata.tasks.v1.Receipt.encode(r).finish()),
  ]);
}

describe("tasks: receipt sign bytes", () => {
  it("are the domain, the chain id, 0x00 and the protobuf Receipt without its signature", () => {
    assert.deepEqual(Buffer.from(receiptSignBytes(CHAIN, fields)), expected(CHAIN, fields));
    // A signature on the receipt is ignored.
    const signed = { ...fields, signature: new Uint8Array(64).fill(1) };
    assert.deepEqual(Buffer.from(receiptSignBytes(CHAIN, signed)), expected(CHAIN, fields));
  });

  it("omit default-valued fields however the object spells them (canonical encoding)", () => {
    const sparse = {
      taskId: fields.taskId,
      executor: fields.executor,
      sessionId: 0,
      inputTokens: 0,
      commitment: "",
    };
    const bytes = Buffer.from(receiptSignBytes(CHAIN, sparse));
    assert.deepEqual(bytes, expected(CHAIN, { taskId: fields.taskId, executor: fields.executor }));
    // The generated encoder would write the explicit zeros: the sign bytes must not.
    assert.notDeepEqual(bytes, expected(CHAIN, sparse));
  });

  it("match a golden vector (routers and executors in other languages check against it)", () => {
    const bytes = receiptSignBytes("strata-l2-1", {
      taskId: `${"00".repeat(31)}01`,
      sessionId: 1,
      executor: "strata1exec",
      modelSha256: "11".repeat(32),
      promptSha256: "22".repeat(32),
      commitment: "33".repeat(32),
      inputTokens: 128,
      outputTokens: 1,
    });
    const ascii = (text: string) => Buffer.from(text).toString("hex");
    // Written out from the wire format: tag, length, value for each non-default field in order.
    const golden =
      `${ascii("strata-receipt/v1")}${ascii("strata-l2-1")}00` +
      `0a40${ascii(`${"0".repeat(63)}1`)}` + // 1: task_id
      "1001" + // 2: session_id 1
      `1a0b${ascii("strata1exec")}` + // 3: executor
      `2240${ascii("1".repeat(64))}` + // 4: model_sha256
      `2a40${ascii("2".repeat(64))}` + // 5: prompt_sha256
      `3240${ascii("3".repeat(64))}` + // 6: commitment
      "388001" + // 7: input_tokens 128 (varint 0x80 0x01)
      "4001"; // 8: output_tokens 1
    assert.equal(Buffer.from(bytes).toString("hex"), golden);
  });

  it("change with the chain id and every field", () => {
    const base = Buffer.from(receiptSignBytes(CHAIN, fields)).toString("hex");
    assert.notEqual(Buffer.from(receiptSignBytes("other-chain", fields)).toString("hex"), base);
    for (const [k, v] of Object.entries({ sessionId: 43, inputTokens: 301, commitment: "02".repeat(32) })) {
      assert.notEqual(Buffer.from(receiptSignBytes(CHAIN, { ...fields, [k]: v })).toString("hex"), base, k);
    }
  });

  it("a signed receipt verifies under its key and chain only", () => {
    const r = signReceipt(CHAIN, fields, key);
    assert.equal(r.signature!.length, 64);
    assert.ok(verifyReceipt(CHAIN, r, key.pubKey));
    assert.ok(!verifyReceipt("other-chain", r, key.pubKey));
    assert.ok(!verifyReceipt(CHAIN, r, ed25519FromSeed(new Uint8Array(32).fill(8)).pubKey));
    assert.ok(!verifyReceipt(CHAIN, { ...r, outputTokens: 1 }, key.pubKey));
    assert.ok(!verifyReceipt(CHAIN, { ...r, signature: r.signature!.subarray(0, 63) }, key.pubKey));
    assert.ok(!verifyReceipt(CHAIN, { ...r, inputTokens: -1 }, key.pubKey));
    assert.ok(!verifyReceipt(CHAIN, r, new Uint8Array(31)));
  });

  it("refuses numbers that are not non-negative integers", () => {
    assert.throws(() => receiptSignBytes(CHAIN, { ...fields, inputTokens: 1.5 }), RangeError);
    assert.throws(() => receiptSignBytes(CHAIN, { ...fields, sessionId: -1 }), RangeError);
  });

  it("grow the scratch buffer for long fields and stay correct afterwards", () => {
    const long = { ...fields, executor: "x".repeat(5000) };
    assert.deepEqual(Buffer.from(receiptSignBytes(CHAIN, long)), expected(CHAIN, long));
    assert.deepEqual(Buffer.from(receiptSignBytes("c2", fields)), expected("c2", fields));
    assert.deepEqual(Buffer.from(receiptSignBytes(CHAIN, fields)), expected(CHAIN, fields));
  });
});
