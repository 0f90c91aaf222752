import assert from "node:assert/strict";
import {
  fromBase64,
  fromHex,
  RpcError,
  toBase64,
  toHexUpper,
  toRfc3339Nano,
} from "../../../../chain/core/rpc/index.js";
import { decodeParams } from "../../../../chain/core/rpc/params.js";

describe("rpc codec", () => {
  it("formats nanosecond times as RFC3339 with 9 fraction digits", () => {
    assert.equal(toRfc3339Nano(1_748_779_203_123_456_789n), "2025-06-01T12:00:03.123456789Z");
    assert.equal(toRfc3339Nano(1_748_779_203_000_000_001n), "2025-06-01T12:00:03.000000001Z");
    assert.equal(toRfc3339Nano(0n), "1970-01-01T00:00:00.000000000Z");
    assert.equal(toRfc3339Nano(-1n), "1969-12-31T23:59:59.999999999Z");
    assert.throws(() => toRfc3339Nano(10n ** 30n), RangeError);
  });

  it("hex is uppercase out, either case in; base64 is strict", () => {
    assert.equal(toHexUpper(new Uint8Array([0xab, 0x01])), "AB01");
    assert.deepEqual(fromHex("0xaB01"), new Uint8Array([0xab, 0x01]));
    assert.throws(() => fromHex("abc"), /odd length/);
    assert.throws(() => fromHex("zz"), /not a hex string/);
    assert.equal(toBase64(new Uint8Array([1, 2, 3, 4])), "AQIDBA==");
    assert.deepEqual(fromBase64("AQIDBA=="), new Uint8Array([1, 2, 3, 4]));
    assert.throws(() => fromBase64("AQIDBA"), /base64/);
    assert.throws(() => fromBase64("AQ-_"), /base64/);
  });

  it("encodes from a subarray without leaking the rest of the buffer", () => {
    const whole = new Uint8Array([1, 2, 3, 4, 5]);
    assert.equal(toHexUpper(whole.subarray(1, 3)), "0203");
    assert.equal(toBase64(whole.subarray(4)), "BQ==");
  });
});

describe("rpc param decoding", () => {
  const spec = {
    height: "int",
    query: "string",
    prove: "bool",
    data: "hexBytes",
    tx: "bytes",
    hash: "hash",
  } as const;
  const hash = new Uint8Array(32).fill(0xab);

  it("JSON: int64 as number or string, hash as base64 or hex", () => {
    const p = decodeParams(spec, {
      source: "json",
      value: {
        height: "5",
        query: "q",
        prove: false,
        data: "0aFF",
        tx: "AQI=",
        hash: Buffer.from(hash).toString("base64"),
      },
    });
    assert.deepEqual(p, {
      height: 5,
      query: "q",
      prove: false,
      data: new Uint8Array([0x0a, 0xff]),
      tx: new Uint8Array([1, 2]),
      hash,
    });
    assert.deepEqual(decodeParams(spec, { source: "json", value: { hash: "AB".repeat(32) } }).hash, hash);
    assert.deepEqual(
      decodeParams(spec, { source: "json", value: { hash: `0x${"ab".repeat(32)}` } }).hash,
      hash,
    );
    assert.deepEqual(decodeParams(spec, { source: "json", value: { height: 7, prove: null } }), {
      height: 7,
    });
  });

  it("JSON: rejects wrong types and out-of-range integers", () => {
    for (const value of [
      { height: "5.5" },
      { height: "9007199254740993" },
      { height: [] },
      { prove: "yes" },
      { query: 1 },
      { tx: "AQI" },
    ]) {
      assert.throws(() => decodeParams(spec, { source: "json", value }), RpcError, JSON.stringify(value));
    }
  });

  it("URI: quoted strings, bare numbers, 0x bytes, quoted bytes as UTF-8", () => {
    const q = new URLSearchParams(
      `height=5&query="tx.height=5"&prove=true&data=0xABCD&tx="hi"&hash=0x${"ab".repeat(32)}`,
    );
    assert.deepEqual(decodeParams(spec, { source: "uri", value: q }), {
      height: 5,
      query: "tx.height=5",
      prove: true,
      data: new Uint8Array([0xab, 0xcd]),
      tx: new TextEncoder().encode("hi"),
      hash,
    });
    assert.deepEqual(decodeParams(spec, { source: "uri", value: new URLSearchParams("height=&query=raw") }), {
      query: "raw",
    });
    assert.throws(
      () => decodeParams(spec, { source: "uri", value: new URLSearchParams('query="unterminated') }),
      RpcError,
    );
    assert.throws(
      () => decodeParams(spec, { source: "uri", value: new URLSearchParams("prove=maybe") }),
      RpcError,
    );
  });
});
