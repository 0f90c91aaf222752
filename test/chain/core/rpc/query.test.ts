import assert from "node:assert/strict";
import {
  flattenEvents,
  MAX_QUERY_LENGTH,
  matchesQuery,
  parseEventQuery,
  RpcError,
  RpcErrorCode,
} from "../../../../chain/core/rpc/index.js";

describe("event query parser", () => {
  it("parses what cosmjs sends", () => {
    assert.deepEqual(parseEventQuery("tx.hash='6958DF43'"), {
      conditions: [{ key: "tx.hash", op: "=", value: "6958DF43" }],
    });
    // searchTx([{key,value}]) with a number: unquoted (cosmjs #1462).
    assert.deepEqual(parseEventQuery("message.sender='cosmos1abc' AND tx.height=5"), {
      conditions: [
        { key: "message.sender", op: "=", value: "cosmos1abc" },
        { key: "tx.height", op: "=", value: 5 },
      ],
    });
    // subscribeTx builds "tm.event='Tx' AND <raw>".
    assert.deepEqual(
      parseEventQuery("tm.event='Tx' AND transfer.recipient='cosmos1xyz'").conditions.length,
      2,
    );
  });

  it("parses every operator, fractions, EXISTS, and odd tag characters", () => {
    const q = parseEventQuery(
      "a.b<1 AND a.b<=2 AND a.b>3.5 AND a.b>=4 AND a.b CONTAINS 'x y' AND wasm-execute._contract EXISTS AND é.ü='ok'",
    );
    assert.deepEqual(q.conditions, [
      { key: "a.b", op: "<", value: 1 },
      { key: "a.b", op: "<=", value: 2 },
      { key: "a.b", op: ">", value: 3.5 },
      { key: "a.b", op: ">=", value: 4 },
      { key: "a.b", op: "CONTAINS", value: "x y" },
      { key: "wasm-execute._contract", op: "EXISTS" },
      { key: "é.ü", op: "=", value: "ok" },
    ]);
  });

  it("turns quoted numbers into numbers for heights and for ordering operators only", () => {
    assert.deepEqual(parseEventQuery("tx.height='5'").conditions[0], { key: "tx.height", op: "=", value: 5 });
    assert.deepEqual(parseEventQuery("block.height='7'").conditions[0], {
      key: "block.height",
      op: "=",
      value: 7,
    });
    assert.deepEqual(parseEventQuery("transfer.amount='5'").conditions[0], {
      key: "transfer.amount",
      op: "=",
      value: "5",
    });
    assert.deepEqual(parseEventQuery("transfer.amount>'5'").conditions[0], {
      key: "transfer.amount",
      op: ">",
      value: 5,
    });
    assert.deepEqual(parseEventQuery("tx.height CONTAINS '5'").conditions[0], {
      key: "tx.height",
      op: "CONTAINS",
      value: "5",
    });
  });

  it("uppercases tx.hash operands (hashes are indexed in uppercase)", () => {
    assert.equal(parseEventQuery("tx.hash='abcdef'").conditions[0]!.value, "ABCDEF");
  });

  it("rejects malformed queries with -32602 and a pointer to the problem", () => {
    const cases: [string, RegExp][] = [
      ["", /query is empty/],
      ["   ", /query is empty/],
      ["tx.height", /expected an operator after tx.height, got end of query/],
      ["tx.height=", /expected a number or a string, got end of query/],
      ["tx.height=5 AND", /expected a tag, got end of query/],
      ["tx.height=5 tx.hash='a'", /expected AND, got tag tx.hash at offset 12/],
      ["tx.height=5 OR tx.height=6", /expected AND, got tag OR/],
      ["tx.hash='abc", /unterminated string starting at offset 8/],
      ['tx.hash="abc"', /unexpected character "\\"" at offset 8/],
      ["tx.height=-5", /unexpected character "-" at offset 10/],
      ["tx.height=1.2.3", /malformed number 1.2.3/],
      ["a.b CONTAINS 5", /CONTAINS needs a string operand/],
      ["a.b < 'x'", /operator < needs a number operand/],
      ["block.time >= TIME 2013-05-03T14:45:00Z", /TIME operands are not supported/],
      ["= 'x'", /expected a tag, got operator =/],
      ["a.b = = 'x'", /expected a number or a string, got operator =/],
      [`a.b='${"x".repeat(MAX_QUERY_LENGTH)}'`, /query is too long/],
    ];
    for (const [query, why] of cases) {
      assert.throws(
        () => parseEventQuery(query),
        (err: unknown) =>
          err instanceof RpcError && err.code === RpcErrorCode.InvalidParams && why.test(err.message),
        query,
      );
    }
  });
});

describe("event query matcher", () => {
  const events = flattenEvents([
    {
      type: "transfer",
      attributes: [
        { key: "recipient", value: "cosmos1aaa", index: true },
        { key: "amount", value: "1234ustake", index: true },
        { key: "", value: "skipped", index: true },
      ],
    },
    { type: "transfer", attributes: [{ key: "recipient", value: "cosmos1bbb", index: true }] },
    { type: "", attributes: [{ key: "x", value: "skipped", index: true }] },
  ]);
  events.set("tm.event", ["Tx"]);
  events.set("tx.height", ["12"]);
  const m = (q: string) => matchesQuery(parseEventQuery(q), events);

  it("flattens events into type.key → values", () => {
    assert.deepEqual(events.get("transfer.recipient"), ["cosmos1aaa", "cosmos1bbb"]);
    assert.equal(events.has("transfer."), false);
    assert.equal(events.has(".x"), false);
  });

  it("matches any value of a key, ANDs conditions", () => {
    assert.equal(m("transfer.recipient='cosmos1bbb'"), true);
    assert.equal(m("tm.event='Tx' AND transfer.recipient='cosmos1aaa'"), true);
    assert.equal(m("tm.event='NewBlock' AND transfer.recipient='cosmos1aaa'"), false);
    assert.equal(m("transfer.recipient='cosmos1ccc'"), false);
    assert.equal(m("missing.key='x'"), false);
  });

  it("compares numbers, including a number prefix like 1234ustake", () => {
    assert.equal(m("tx.height=12"), true);
    assert.equal(m("tx.height='12'"), true);
    assert.equal(m("tx.height>11 AND tx.height<=12"), true);
    assert.equal(m("tx.height>=13"), false);
    assert.equal(m("transfer.amount>1000"), true);
    assert.equal(m("transfer.amount<1000"), false);
    assert.equal(m("transfer.recipient>1"), false, "non-numeric values never satisfy a number");
  });

  it("CONTAINS and EXISTS (by key and by event type)", () => {
    assert.equal(m("transfer.recipient CONTAINS 'bbb'"), true);
    assert.equal(m("transfer.amount CONTAINS 'stake'"), true);
    assert.equal(m("transfer.recipient CONTAINS 'zzz'"), false);
    assert.equal(m("transfer.amount EXISTS"), true);
    assert.equal(m("transfer EXISTS"), true);
    assert.equal(m("coin_spent EXISTS"), false);
  });

  it("never matches an empty event map", () => {
    assert.equal(matchesQuery(parseEventQuery("a EXISTS"), new Map()), false);
  });
});
