import assert from "node:assert/strict";
import { coins, type EncodeObject } from "@cosmjs/proto-signing";
import { calculateFee, GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { TestL1Node } from "../../helpers/l1Node.js";

const N = BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
const gasPrice = GasPrice.fromString("0.0025ustra");

// Every kind of bad input gets a clear code and log, leaves state unchanged, and the node serves on.
describe("L1 node rejects bad input", function () {
  this.timeout(120_000);
  let node: TestL1Node;
  let signer: SigningStargateClient;
  let reader: StargateClient;
  let from: string;
  let to: string;

  const send = (amount = 10): EncodeObject[] => [
    {
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: from, toAddress: to, amount: coins(amount, "ustra") },
    },
  ];

  async function signRaw(
    msgs: EncodeObject[],
    opts: {
      chainId?: string;
      sequence?: number;
      memo?: string;
      gas?: number;
      fee?: { amount: { denom: string; amount: string }[]; gas: string };
    } = {},
  ) {
    const acc = await reader.getAccount(from);
    const raw = await signer.sign(
      from,
      msgs,
      opts.fee ?? calculateFee(opts.gas ?? 200_000, gasPrice),
      opts.memo ?? "",
      {
        accountNumber: acc!.accountNumber,
        sequence: opts.sequence ?? acc!.sequence,
        chainId: opts.chainId ?? node.chainId,
      },
    );
    return raw;
  }

  async function broadcast(bytes: Uint8Array) {
    const body = await node.rpcCall("broadcast_tx_sync", { tx: Buffer.from(bytes).toString("base64") });
    assert.ok(body.result, JSON.stringify(body.error));
    return body.result as { code: number; codespace: string; log: string; hash: string };
  }

  async function snapshot() {
    const acc = await reader.getAccount(from);
    return { balance: (await reader.getBalance(from, "ustra")).amount, sequence: acc!.sequence };
  }

  async function expectRejected(bytes: Uint8Array, code: number, log: RegExp) {
    const before = await snapshot();
    const r = await broadcast(bytes);
    assert.equal(r.code, code, r.log);
    assert.equal(r.codespace, "sdk");
    assert.match(r.log, log);
    // Wait for a block to pass, then check nothing moved and the node still serves.
    const h = await reader.getHeight();
    while ((await reader.getHeight()) <= h + 1) await new Promise((res) => setTimeout(res, 50));
    assert.deepEqual(await snapshot(), before);
    assert.equal((await node.rpcCall("health", {})).result !== undefined, true);
  }

  before(async () => {
    node = await TestL1Node.create({ accounts: 2, blockIntervalMs: 150 });
    from = node.accounts[0]!.address;
    to = node.accounts[1]!.address;
    signer = await SigningStargateClient.offline(node.accounts[0]!.wallet);
    reader = await StargateClient.connect(node.rpc);
    // A first tx stores the sender's public key, so later rejections test more than "no pubkey".
    const c = await SigningStargateClient.connectWithSigner(node.rpc, node.accounts[0]!.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
    await c.sendTokens(from, to, coins(1, "ustra"), "auto");
    c.disconnect();
  });

  after(async () => {
    reader?.disconnect();
    await node?.destroy();
  });

  it("malformed bytes: code 2", async () => {
    await expectRejected(new Uint8Array([0xff, 0x01, 0x02, 0x03]), 2, /tx parse error/);
  });

  it("wrong chain id: signature fails, code 4", async () => {
    const raw = await signRaw(send(), { chainId: "other-chain" });
    await expectRejected(
      TxRaw.encode(raw).finish(),
      4,
      /signature verification failed; please verify account number \(\d+\) and chain-id \(strata-test-1\)/,
    );
  });

  it("bad signature: code 4", async () => {
    const raw = await signRaw(send());
    raw.signatures[0]![5]! ^= 0xff;
    await expectRejected(TxRaw.encode(raw).finish(), 4, /signature verification failed/);
  });

  it("high-S twin of a valid signature: code 4", async () => {
    const raw = await signRaw(send());
    const sig = raw.signatures[0]!;
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).toString("hex")}`);
    sig.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32);
    await expectRejected(TxRaw.encode(raw).finish(), 4, /signature verification failed/);
  });

  it("skipped sequence: code 32", async () => {
    const acc = await reader.getAccount(from);
    const raw = await signRaw(send(), { sequence: acc!.sequence + 5 });
    await expectRejected(TxRaw.encode(raw).finish(), 32, /account sequence mismatch, expected \d+, got \d+/);
  });

  it("insufficient fee: code 13", async () => {
    const raw = await signRaw(send(), { fee: { amount: coins(1, "ustra"), gas: "200000" } });
    await expectRejected(TxRaw.encode(raw).finish(), 13, /insufficient fees; got: 1ustra required: 500ustra/);
  });

  it("fee larger than the balance: code 5", async () => {
    const raw = await signRaw(send(), { fee: { amount: coins("999999999999999", "ustra"), gas: "200000" } });
    await expectRejected(TxRaw.encode(raw).finish(), 5, /insufficient funds to pay fees/);
  });

  it("oversize tx: code 21", async () => {
    const raw = await signRaw(send());
    const body = TxBody.decode(raw.bodyBytes);
    body.memo = "x".repeat(1024 * 1024 + 10);
    raw.bodyBytes = TxBody.encode(body).finish();
    await expectRejected(TxRaw.encode(raw).finish(), 21, /tx size \d+ bytes exceeds the limit/);
  });

  it("unknown message type: code 2", async () => {
    const raw = await signRaw(send());
    const body = TxBody.decode(raw.bodyBytes);
    body.messages = [{ typeUrl: "/strata.nothing.v1.MsgNothing", value: new Uint8Array([1, 2, 3]) }];
    raw.bodyBytes = TxBody.encode(body).finish();
    await expectRejected(
      TxRaw.encode(raw).finish(),
      2,
      /unable to resolve type URL \/strata.nothing.v1.MsgNothing/,
    );
  });

  it("invalid coins in a message: code 10", async () => {
    const raw = await signRaw([
      {
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: { fromAddress: from, toAddress: to, amount: [{ denom: "ustra", amount: "0" }] },
      },
    ]);
    await expectRejected(TxRaw.encode(raw).finish(), 10, /amount is not positive/);
  });

  it("malformed JSON-RPC gets a JSON-RPC error and the node keeps serving", async () => {
    const res = await fetch(node.rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { error: { code: number } };
    assert.equal(body.error.code, -32700);
    const unknown = await node.rpcCall("no_such_method", {});
    assert.equal(unknown.error?.code, -32601);
    const badParams = await node.rpcCall("broadcast_tx_sync", { tx: 42 });
    assert.ok(badParams.error);
    assert.ok((await reader.getHeight()) > 0);
  });

  it("unknown query path and unknown account via abci_query", async () => {
    const r = await node.rpcCall("abci_query", {
      path: "/cosmos.nothing.v1.Query/X",
      data: "",
      prove: false,
    });
    assert.equal(r.result.response.code, 6);
    assert.match(r.result.response.log, /unknown query path/);
  });
});
