import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import {
  addressBytes,
  InvalidAddressError,
  toAddress,
  VALOPER_PREFIX,
} from "../../../../chain/core/crypto/address.js";
import { any, TestChain } from "../modules/helpers.js";
import { signDirect } from "../tx/helpers.js";

const BYTES = new Uint8Array(20).fill(0x42);
const LOWER = toAddress(BYTES);

const isInvalidAddress = (why: RegExp) => (err: unknown) =>
  err instanceof InvalidAddressError && err.codespace === "sdk" && err.code === 7 && why.test(err.message);

describe("addressBytes: one spelling per account", () => {
  it("accepts the lowercase (canonical) form", () => {
    assert.deepEqual(addressBytes(LOWER), BYTES);
  });

  it("refuses the all-uppercase form, which BIP 173 allows and the SDK canonicalises", () => {
    assert.throws(() => addressBytes(LOWER.toUpperCase()), isInvalidAddress(/uppercase bech32/));
    const valoper = toAddress(BYTES, VALOPER_PREFIX);
    assert.deepEqual(addressBytes(valoper, VALOPER_PREFIX), BYTES);
    assert.throws(() => addressBytes(valoper.toUpperCase(), VALOPER_PREFIX), isInvalidAddress(/uppercase/));
  });

  it("refuses mixed case, as bech32 and the SDK do", () => {
    const mixed = `${LOWER.slice(0, 10)}${LOWER.slice(10).toUpperCase()}`;
    assert.throws(() => addressBytes(mixed), isInvalidAddress(/mixed-case/i));
  });

  it("an earlier lowercase decode does not let the uppercase spelling through the cache", () => {
    addressBytes(LOWER);
    assert.throws(() => addressBytes(LOWER.toUpperCase()), isInvalidAddress(/uppercase/));
  });
});

describe("a transfer to an uppercase address", () => {
  it("is refused at CheckTx with invalid address (7), so nothing is indexed under that spelling", () => {
    const chain = TestChain.create({ accounts: { alice: 1_000_000n, bob: 0n } });
    const alice = chain.acct("alice");
    const upper = chain.acct("bob").address.toUpperCase();
    const send = (to: string) =>
      any(MsgSend, { fromAddress: alice.address, toAddress: to, amount: [{ denom: "ustra", amount: "10" }] });
    const next = chain.info(chain.height + 1);
    const refused = chain.app.checkTx(chain.store, next, signDirect(chain.chainId, alice, [send(upper)]));
    assert.deepEqual([refused.codespace, refused.code], ["sdk", 7], refused.log);
    assert.match(refused.log, /uppercase bech32; use the lowercase \(canonical\) form/);
    // The same transfer to the canonical spelling goes through.
    const ok = chain.block([signDirect(chain.chainId, alice, [send(chain.acct("bob").address)])])
      .txResults[0]!;
    assert.equal(ok.code, 0, ok.log);
    assert.equal(chain.balance(chain.acct("bob").address), 10n);
  });
});
