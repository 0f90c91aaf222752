import assert from "node:assert/strict";
import { createSseParser, type SseEvent } from "../../../router-node/backends/index.js";

function parseAll(pieces: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const p = createSseParser((e) => events.push(e));
  for (const piece of pieces) p.push(piece);
  return events;
}

describe("createSseParser", () => {
  const stream = 'data: {"a":1}\n\nevent: error\ndata: {"b":\ndata: 2}\n\n: comment\n\ndata: [DONE]\n\n';
  const want: SseEvent[] = [
    { event: null, data: '{"a":1}' },
    { event: "error", data: '{"b":\n2}' },
    { event: null, data: "[DONE]" },
  ];

  it("decodes whole events, joins multi-line data, skips comments", () => {
    assert.deepEqual(parseAll([stream]), want);
  });

  it("gives the same events whatever the split, one character at a time included", () => {
    assert.deepEqual(parseAll([...stream]), want);
    for (let cut = 1; cut < stream.length; cut++) {
      assert.deepEqual(parseAll([stream.slice(0, cut), stream.slice(cut)]), want, `cut at ${cut}`);
    }
  });

  it("accepts CRLF and CR line endings, including a CRLF split across pieces", () => {
    assert.deepEqual(parseAll(["data: x\r", "\n\r\n"]), [{ event: null, data: "x" }]);
    assert.deepEqual(parseAll(["data: x\r\rdata: y\r\n\r\n"]), [
      { event: null, data: "x" },
      { event: null, data: "y" },
    ]);
  });

  it("keeps a value without the optional space and ignores unknown fields", () => {
    assert.deepEqual(parseAll(["id: 7\nretry: 10\ndata:tight\n\n"]), [{ event: null, data: "tight" }]);
  });

  it("holds an incomplete event until its blank line", () => {
    assert.deepEqual(parseAll(["data: partial\n"]), []);
  });
});
