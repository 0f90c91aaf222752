import assert from "node:assert/strict";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { Any } from "cosmjs-types/google/protobuf/any";
import { concat, encodeAny, messageField } from "../../../../chain/core/app/protoWire.js";
import { encodeAccountAny, encodeAccountBytes } from "../../../../chain/core/modules/auth/index.js";

describe("hand-encoded protobuf on the hot path", () => {
  it("encodes accounts exactly as cosmjs-types does", () => {
    const cases = [
      { address: "strata1abc", pubKey: undefined, accountNumber: 0n, sequence: 0n },
      { address: "strata1abc", pubKey: new Uint8Array(33).fill(2), accountNumber: 300n, sequence: 2n ** 40n },
      { address: "", pubKey: new Uint8Array(33).fill(3), accountNumber: 1n, sequence: 0n },
    ];
    for (const acc of cases) {
      assert.deepEqual(
        new Uint8Array(encodeAccountBytes(acc)),
        new Uint8Array(Any.encode(encodeAccountAny(acc)).finish()),
      );
    }
  });

  it("encodes TxMsgData exactly as cosmjs-types does", () => {
    const responses = [
      { typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: new Uint8Array() },
      { typeUrl: "/x.Y", value: new Uint8Array([1, 2, 3]) },
    ];
    const ours = concat(responses.flatMap((r) => messageField(2, encodeAny(r.typeUrl, r.value))));
    assert.deepEqual(
      new Uint8Array(ours),
      new Uint8Array(TxMsgData.encode({ data: [], msgResponses: responses }).finish()),
    );
  });
});
