import assert from "node:assert/strict";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { directSignBytes } from "../../../../chain/core/tx/index.js";

describe("directSignBytes", () => {
  it("matches the protobuf SignDoc encoding byte for byte", () => {
    const cases = [
      {
        body: new Uint8Array(300).fill(1),
        auth: new Uint8Array([1, 2, 3]),
        chainId: "strata-l1-local",
        acc: 0n,
      },
      { body: new Uint8Array([9]), auth: new Uint8Array(0), chainId: "x", acc: 127n },
      { body: new Uint8Array(0), auth: new Uint8Array(200_000).fill(7), chainId: "", acc: 2n ** 63n + 5n },
    ];
    for (const c of cases) {
      const expected = SignDoc.encode({
        bodyBytes: c.body,
        authInfoBytes: c.auth,
        chainId: c.chainId,
        accountNumber: c.acc,
      }).finish();
      assert.deepEqual(
        new Uint8Array(directSignBytes(c.body, c.auth, c.chainId, c.acc)),
        new Uint8Array(expected),
      );
    }
  });
});
