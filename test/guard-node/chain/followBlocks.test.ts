import assert from "node:assert/strict";
import { eventHeight, websocketUrl } from "../../../guard-node/index.js";

describe("guard: following L2, the parts without a node", () => {
  it("websocketUrl and eventHeight", () => {
    assert.equal(websocketUrl("http://127.0.0.1:26657"), "ws://127.0.0.1:26657/websocket");
    assert.equal(websocketUrl("https://rpc.example.com/l2/"), "wss://rpc.example.com/l2/websocket");
    const table: [unknown, number | undefined][] = [
      [
        {
          result: { data: { type: "tendermint/event/NewBlockHeader", value: { header: { height: "42" } } } },
        },
        42,
      ],
      [{ result: { data: { value: { block: { header: { height: "7" } } } } } }, 7],
      [{ result: {} }, undefined],
      [{ result: { data: { value: { header: { height: "x" } } } } }, undefined],
      [{ result: { data: { value: { header: { height: "0" } } } } }, undefined],
      [null, undefined],
    ];
    for (const [message, height] of table)
      assert.equal(eventHeight(message), height, JSON.stringify(message));
  });
});
