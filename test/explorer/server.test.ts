import assert from "node:assert/strict";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { HeaderSsz } from "../../chain/core/block/index.js";
import { createStrataRegistry } from "../../client/index.js";
import { ExplorerError, ExplorerErrorCode } from "../../explorer/index.js";
import { taskEventsOf } from "../../explorer/server/activity.js";
import { createExplorerRegistry, decodeTx, messageTypes, toJson } from "../../explorer/server/decode.js";
import { anchoredHeaderRow, isUnknownService, l3ChainRow } from "../../explorer/server/l3.js";
import { isMissing } from "../../explorer/server/rpc.js";
import { strata } from "../../proto/gen/strata.js";

describe("explorer server: decoding and events", () => {
  it("toJson turns bytes into hex, bigints and Longs into decimals, and keeps structure", () => {
    const long = { low: 5, high: 0, unsigned: true, toString: () => "5" };
    assert.deepEqual(toJson({ a: Uint8Array.of(1, 255), b: 10n, c: [long, null], d: "x", f: () => 1 }), {
      a: "01ff",
      b: "10",
      c: ["5", null],
      d: "x",
    });
  });

  it("decodes a signed bank transfer with the strata registry; bytes that are not a tx give no messages", async () => {
    const registry = createStrataRegistry();
    const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
    const [account] = await wallet.getAccounts();
    const body = registry.encodeTxBody({
      messages: [
        {
          typeUrl: "/cosmos.bank.v1beta1.MsgSend",
          value: {
            fromAddress: account!.address,
            toAddress: account!.address,
            amount: [{ denom: "ustra", amount: "7" }],
          },
        },
      ],
      memo: "<i>hi</i>",
    });
    const authInfo = makeAuthInfoBytes(
      [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(account!.pubkey)), sequence: 3 }],
      [{ denom: "ustra", amount: "500" }],
      200_000,
      undefined,
      undefined,
    );
    const signed = await wallet.signDirect(
      account!.address,
      makeSignDoc(body, authInfo, "strata-l1-local", 0),
    );
    const bytes = TxRaw.encode(
      TxRaw.fromPartial({
        bodyBytes: signed.signed.bodyBytes,
        authInfoBytes: signed.signed.authInfoBytes,
        signatures: [Buffer.from(signed.signature.signature, "base64")],
      }),
    ).finish();
    const tx = decodeTx(registry, bytes);
    assert.equal(tx.memo, "<i>hi</i>");
    assert.deepEqual(tx.fee, { amount: [{ denom: "ustra", amount: "500" }], gasLimit: "200000" });
    assert.equal(tx.messages.length, 1);
    assert.equal(tx.messages[0]!.typeUrl, "/cosmos.bank.v1beta1.MsgSend");
    assert.deepEqual((tx.messages[0]!.value as { amount: unknown }).amount, [
      { denom: "ustra", amount: "7" },
    ]);
    assert.deepEqual(messageTypes(bytes), ["/cosmos.bank.v1beta1.MsgSend"]);
    assert.deepEqual(decodeTx(registry, Uint8Array.of(1, 2, 3)).messages, []);
    assert.deepEqual(messageTypes(Uint8Array.of(0xff)), []);
  });

  it("the explorer's registry also decodes the L3 registry's messages", () => {
    const registry = createExplorerRegistry();
    const value = strata.l3registry.v1.MsgRegisterL3.encode({
      creator: "strata1x",
      chainId: "acme-1",
      name: "Acme",
    }).finish();
    const decoded = registry.decode({ typeUrl: "/strata.l3registry.v1.MsgRegisterL3", value }) as {
      chainId: string;
    };
    assert.equal(decoded.chainId, "acme-1");
  });

  it("reads recorded tasks, verdicts and settlements of a block; failed txs' events are not state", () => {
    const ev = (type: string, attrs: Record<string, string>) => ({
      type,
      attributes: Object.entries(attrs).map(([key, value]) => ({ key, value })),
    });
    const r = taskEventsOf(
      {
        height: "12",
        txs_results: [
          { code: 0, events: [ev("record_task", { id: "aa", session: "1", router: "r" })] },
          { code: 5, events: [ev("record_task", { id: "bb", session: "1", router: "r" })] },
        ],
        finalize_block_events: [
          ev("verdict", { task: "cc", verdict: "ACCEPTED" }),
          ev("settle_task", { task: "cc", verdict: "ACCEPTED", charge: "60" }),
          ev("other", {}),
        ],
      },
      "2026-01-01T00:00:00Z",
    );
    assert.deepEqual(r, {
      height: 12,
      time: "2026-01-01T00:00:00Z",
      recorded: [{ id: "aa", session: "1", router: "r" }],
      verdicts: [{ task: "cc", verdict: "ACCEPTED" }],
      settled: [{ task: "cc", verdict: "ACCEPTED", charge: "60" }],
    });
    assert.deepEqual(
      taskEventsOf({ height: "1", txs_results: null, finalize_block_events: null }, "t").recorded,
      [],
    );
  });

  it("tells a missing height or hash from other RPC errors", () => {
    const rpcErr = (m: string) => new ExplorerError(ExplorerErrorCode.rpcError, m, "l1");
    assert.ok(isMissing(rpcErr("l1 tx: Internal error: tx (AB) not found")));
    assert.ok(
      isMissing(rpcErr("l1 block: height 99 must be less than or equal to the current blockchain height 5")),
    );
    assert.ok(!isMissing(rpcErr("l1 block: Internal error: stored genesis is not valid JSON")));
    assert.ok(!isMissing(new ExplorerError(ExplorerErrorCode.chainDown, "not found", "l1")));
  });

  it("L3: an anchored SSZ header is decoded for height, time and app hash; a chain record becomes a row", () => {
    const header = HeaderSsz.defaultValue();
    header.height = 42n;
    header.timeNs = 1_767_225_600_123_000_000n;
    header.appHash = new Uint8Array(32).fill(0xab);
    const row = anchoredHeaderRow({
      number: 3,
      parentHeight: 17,
      submitter: "strata1x",
      headerRoot: Uint8Array.of(1, 2),
      header: HeaderSsz.serialize(header),
    });
    assert.deepEqual(row, {
      number: 3,
      l2Height: 17,
      submitter: "strata1x",
      headerRoot: "0102",
      height: 42,
      time: "2026-01-01T00:00:00.123Z",
      appHash: "AB".repeat(32),
    });
    const bad = anchoredHeaderRow({ number: 1, header: Uint8Array.of(1) });
    assert.equal(bad.height, null);
    assert.equal(bad.appHash, null);
    assert.deepEqual(
      l3ChainRow({
        chainId: "priv-1",
        name: "P",
        genesisSha256: Uint8Array.of(255),
        lastNumber: 2,
        validators: [{ pubKey: Uint8Array.of(1), power: 5 }],
      }),
      {
        chainId: "priv-1",
        name: "P",
        creator: "",
        admins: [],
        genesisSha256: "ff",
        registeredHeight: 0,
        lastNumber: 2,
        validators: [{ pubKey: "01", power: "5" }],
      },
    );
    assert.ok(
      isUnknownService(
        new Error(
          "Query failed with (6): unknown query path /strata.l3registry.v1.Query/Chains: unknown request",
        ),
      ),
    );
    assert.ok(!isUnknownService(new Error("fetch failed")));
  });
});
