import assert from "node:assert/strict";
import { isRouterError, RouterErrorCode } from "../../../router-node/index.js";
import { encodeGguf } from "../../../router-node/model/index.js";

describe("encodeGguf", () => {
  it("matches the golden bytes of a one-key, one-tensor file", () => {
    const bytes = encodeGguf({
      metadata: [["general.architecture", { type: "string", value: "llama" }]],
      tensors: [{ name: "t", shape: [2], data: new Float32Array([1, -2]) }],
    });
    const hex = [
      "47475546", // "GGUF"
      "03000000", // version 3
      "0100000000000000", // 1 tensor
      "0100000000000000", // 1 key/value
      "1400000000000000",
      Buffer.from("general.architecture").toString("hex"),
      "08000000", // STRING
      "0500000000000000",
      Buffer.from("llama").toString("hex"),
      "0100000000000000",
      Buffer.from("t").toString("hex"),
      "01000000", // n_dims
      "0200000000000000", // ne0
      "00000000", // F32
      "0000000000000000", // offset
      "00".repeat(26), // header padded to 128 = 4 * 32
      "0000803f", // 1.0f
      "000000c0", // -2.0f
      "00".repeat(24), // tensor padded to 32 bytes
    ].join("");
    assert.equal(Buffer.from(bytes).toString("hex"), hex);
    assert.equal(bytes.length, 160);
  });

  it("writes a non-default alignment as general.alignment and pads to it", () => {
    const bytes = encodeGguf({
      metadata: [],
      tensors: [{ name: "t", shape: [1], data: new Float32Array([1]) }],
      alignment: 64,
    });
    assert.equal(bytes.length % 64, 0);
    assert.ok(Buffer.from(bytes).includes(Buffer.from("general.alignment")));
  });

  it("rejects a tensor whose shape does not match its data", () => {
    assert.throws(
      () => encodeGguf({ metadata: [], tensors: [{ name: "t", shape: [3], data: new Float32Array(2) }] }),
      (e) => isRouterError(e, RouterErrorCode.InvalidModelFile),
    );
  });
});
