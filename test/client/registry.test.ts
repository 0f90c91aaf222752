import assert from "node:assert/strict";
import { TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import {
  createStrataRegistry,
  decodeStrataMsgResponse,
  msgOpenSession,
  msgPublishModel,
  plain,
  StrataTypeUrl,
  strataMsgTypes,
} from "../../client/index.js";
import { strata } from "../../proto/gen/strata.js";
import { EVERY_MESSAGE } from "./fixtures.js";

/**
 * Packages whose messages the L3 code registers itself on a `StrataClient`'s registry
 * (`registerL3Types` in chain/l3-privacy/client, `registerL3RegistryTypes` in l3-anchor): not in
 * `createStrataRegistry()`.
 */
const REGISTERED_ELSEWHERE = new Set(["l3", "l3registry"]);

/** Type URLs of every `Msg…` class in the generated code (responses excluded). */
function generatedMsgTypeUrls(): string[] {
  const urls: string[] = [];
  for (const [module, ns] of Object.entries(strata)) {
    if (REGISTERED_ELSEWHERE.has(module)) continue;
    const v1 = (ns as { v1?: Record<string, unknown> }).v1;
    if (!v1) continue;
    for (const name of Object.keys(v1)) {
      if (/^Msg[A-Z]/.test(name) && !name.endsWith("Response") && typeof v1[name] === "function")
        urls.push(`/strata.${module}.v1.${name}`);
    }
  }
  return urls.sort();
}

describe("client registry", () => {
  const registry = createStrataRegistry();

  it("holds every strata Msg the protos define, and cosmjs's default types", () => {
    const registered = strataMsgTypes.map(([url]) => url).sort();
    assert.deepEqual(registered, generatedMsgTypeUrls());
    assert.equal(registered.length, 19);
    for (const url of registered) assert.ok(registry.lookupType(url), url);
    for (const url of [
      "/cosmos.bank.v1beta1.MsgSend",
      "/cosmos.staking.v1beta1.MsgDelegate",
      "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
    ])
      assert.ok(registry.lookupType(url), url);
  });

  it("the fixtures cover every message type once", () => {
    assert.deepEqual(EVERY_MESSAGE.map((m) => m.typeUrl).sort(), generatedMsgTypeUrls());
  });

  it("the fixtures set every field of every message to a non-default value", () => {
    for (const msg of EVERY_MESSAGE) {
      const type = registry.lookupType(msg.typeUrl) as { decode(b: Uint8Array): object };
      const fields = Object.keys(plain(type.decode(new Uint8Array()))).sort();
      const isSet = (v: unknown) =>
        v !== "" && v !== 0 && v !== false && v != null && !(Array.isArray(v) && v.length === 0);
      const set = Object.entries(msg.value)
        .filter(([, v]) => isSet(v))
        .map(([k]) => k)
        .sort();
      assert.deepEqual(set, fields, msg.typeUrl);
    }
  });

  for (const msg of EVERY_MESSAGE) {
    it(`round-trips ${msg.typeUrl} (encode → decode equal, every field)`, () => {
      const bytes = registry.encode(msg);
      assert.ok(bytes.length > 0);
      const decoded = registry.decode({ typeUrl: msg.typeUrl, value: bytes });
      assert.deepEqual(plain(decoded), plain(msg.value));
      // Re-encoding the decoded value gives the same bytes (nothing lost or reordered).
      assert.deepEqual(registry.encode({ typeUrl: msg.typeUrl, value: plain(decoded) }), bytes);
    });
  }

  it("round-trips all of them inside one TxBody as Anys", () => {
    const bodyBytes = registry.encode({
      typeUrl: "/cosmos.tx.v1beta1.TxBody",
      value: { messages: EVERY_MESSAGE, memo: "all" },
    });
    const body = TxBody.decode(bodyBytes);
    assert.deepEqual(
      body.messages.map((m) => m.typeUrl),
      EVERY_MESSAGE.map((m) => m.typeUrl),
    );
    const decoded = registry.decode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: bodyBytes });
    assert.deepEqual(
      decoded.messages.map((m: unknown) => plain(m)),
      EVERY_MESSAGE.map((m) => plain(m.value)),
    );
  });

  it("refuses an unregistered strata type url", () => {
    assert.throws(
      () => registry.encode({ typeUrl: "/strata.models.v1.MsgNope", value: {} }),
      /Unregistered type url: \/strata.models.v1.MsgNope/,
    );
  });

  it("decodes strata message responses, and ignores other types", () => {
    const value = strata.sessions.v1.MsgOpenSessionResponse.encode({ id: 7, expiresHeight: 1234 }).finish();
    assert.deepEqual(
      decodeStrataMsgResponse({ typeUrl: "/strata.sessions.v1.MsgOpenSessionResponse", value }),
      { id: 7, expiresHeight: 1234 },
    );
    const deposit = strata.bridge.v1.MsgDepositResponse.encode({ nonce: 9 }).finish();
    assert.deepEqual(
      decodeStrataMsgResponse({ typeUrl: "/strata.bridge.v1.MsgDepositResponse", value: deposit }),
      { nonce: 9 },
    );
    const withdraw = strata.l2bridge.v1.MsgWithdrawResponse.encode({ index: 4 }).finish();
    assert.deepEqual(
      decodeStrataMsgResponse({ typeUrl: "/strata.l2bridge.v1.MsgWithdrawResponse", value: withdraw }),
      { index: 4 },
    );
    assert.equal(
      decodeStrataMsgResponse({ typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: new Uint8Array() }),
      undefined,
    );
  });
});

describe("typed message builders", () => {
  it("produce the right type url for every message", () => {
    const expected = [
      StrataTypeUrl.publishModel,
      StrataTypeUrl.attestModel,
      StrataTypeUrl.deprecateModel,
      StrataTypeUrl.registerNode,
      StrataTypeUrl.updateNode,
      StrataTypeUrl.unbondNode,
      StrataTypeUrl.unjailNode,
      StrataTypeUrl.openSession,
      StrataTypeUrl.topUpSession,
      StrataTypeUrl.closeSession,
      StrataTypeUrl.recordTasks,
      StrataTypeUrl.revealResults,
      StrataTypeUrl.submitScores,
      StrataTypeUrl.registerRollup,
      StrataTypeUrl.submitBatch,
      StrataTypeUrl.deposit,
      StrataTypeUrl.proveWithdrawal,
      StrataTypeUrl.mintDeposits,
      StrataTypeUrl.withdraw,
    ];
    assert.deepEqual(
      EVERY_MESSAGE.map((m) => m.typeUrl),
      expected,
    );
    assert.deepEqual(expected, [
      "/strata.models.v1.MsgPublishModel",
      "/strata.models.v1.MsgAttestModel",
      "/strata.models.v1.MsgDeprecateModel",
      "/strata.nodes.v1.MsgRegisterNode",
      "/strata.nodes.v1.MsgUpdateNode",
      "/strata.nodes.v1.MsgUnbondNode",
      "/strata.nodes.v1.MsgUnjailNode",
      "/strata.sessions.v1.MsgOpenSession",
      "/strata.sessions.v1.MsgTopUpSession",
      "/strata.sessions.v1.MsgCloseSession",
      "/strata.tasks.v1.MsgRecordTasks",
      "/strata.tasks.v1.MsgRevealResults",
      "/strata.scores.v1.MsgSubmitScores",
      "/strata.rollup.v1.MsgRegisterRollup",
      "/strata.rollup.v1.MsgSubmitBatch",
      "/strata.bridge.v1.MsgDeposit",
      "/strata.bridge.v1.MsgProveWithdrawal",
      "/strata.l2bridge.v1.MsgMintDeposits",
      "/strata.l2bridge.v1.MsgWithdraw",
    ]);
  });

  it("defaults a model's visibility to PUBLIC and keeps an explicit one", () => {
    const base = {
      owner: "o",
      name: "n",
      version: "1",
      weightsSha256: "a".repeat(64),
      weightsSize: 1,
      format: "gguf",
      quantization: "F32",
      storageUris: ["file:///m.gguf"],
      priceInputPer_1k: "0",
      priceOutputPer_1k: "0",
    };
    assert.equal(msgPublishModel(base).value.visibility, strata.models.v1.Visibility.VISIBILITY_PUBLIC);
    assert.equal(
      msgPublishModel({ ...base, visibility: strata.models.v1.Visibility.VISIBILITY_PRIVATE }).value
        .visibility,
      strata.models.v1.Visibility.VISIBILITY_PRIVATE,
    );
  });

  it("require the fields the chain always needs (checked by the compiler)", () => {
    // The lines below must not compile; `npm run typecheck` fails if a builder stops requiring them.
    // @ts-expect-error apiKeySha256 and durationBlocks are missing
    const open = msgOpenSession({ owner: "o", model: "m", redundancy: 1, maxPricePer_1k: "1", deposit: "1" });
    assert.equal(open.typeUrl, "/strata.sessions.v1.MsgOpenSession");
  });
});
