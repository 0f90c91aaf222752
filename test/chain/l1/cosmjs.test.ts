import assert from "node:assert/strict";
import { toBech32 } from "@cosmjs/encoding";
import { coins } from "@cosmjs/proto-signing";
import {
  assertIsDeliverTxSuccess,
  calculateFee,
  GasPrice,
  type MsgSendEncodeObject,
  SigningStargateClient,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { addressBytes } from "../../../chain/core/crypto/index.js";
import { verifyStateProof } from "../../../chain/core/store/index.js";
import { TestL1Node } from "../../helpers/l1Node.js";

// End-to-end: an L1 node started through the CLI, driven by unmodified @cosmjs/stargate 0.39.
describe("L1 node with unmodified cosmjs", function () {
  this.timeout(120_000);
  let node: TestL1Node;
  let client: SigningStargateClient;
  const gasPrice = GasPrice.fromString("0.0025ustra");

  before(async () => {
    node = await TestL1Node.create({ accounts: 3, blockIntervalMs: 200 });
    client = await SigningStargateClient.connectWithSigner(node.rpc, node.accounts[0]!.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
  });

  after(async () => {
    client?.disconnect();
    await node?.destroy();
  });

  it("reports chain id, height and accounts", async () => {
    assert.equal(await client.getChainId(), node.chainId);
    const h1 = await client.getHeight();
    assert.ok(h1 >= 1);
    const acc = await client.getAccount(node.accounts[0]!.address);
    assert.ok(acc);
    assert.equal(acc.address, node.accounts[0]!.address);
    assert.equal(acc.sequence, 0);
    assert.equal(await client.getAccount(toBech32("strata", new Uint8Array(20).fill(7))), null);
  });

  it("getBlock(1) and getBlock() decode: block 1 has no last block id (CometBFT's empty form)", async () => {
    const first = await client.getBlock(1);
    assert.equal(first.header.height, 1);
    assert.equal(first.header.chainId, node.chainId);
    assert.match(first.id, /^[0-9A-F]{64}$/);
    const latest = await client.getBlock();
    assert.ok(latest.header.height >= 1);
    const comet = await Comet38Client.connect(node.rpc);
    try {
      const b1 = await comet.block(1);
      assert.equal(b1.block.header.lastBlockId, null);
      assert.equal(b1.block.lastCommit, null);
      assert.equal((await comet.commit(1)).header.lastBlockId, null);
      const metas = await comet.blockchain(1, 1);
      assert.equal(metas.blockMetas[0]!.header.lastBlockId, null);
      const header = (await node.rpcCall("header", { height: "1" })).result.header;
      assert.deepEqual(header.last_block_id, { hash: "", parts: { total: 0, hash: "" } });
    } finally {
      comet.disconnect();
    }
  });

  it("reads balances", async () => {
    const b = await client.getBalance(node.accounts[1]!.address, "ustra");
    assert.deepEqual(b, { denom: "ustra", amount: "1000000000" });
    assert.deepEqual(await client.getAllBalances(node.accounts[1]!.address), [
      { denom: "ustra", amount: "1000000000" },
    ]);
    assert.deepEqual(await client.getBalance(node.accounts[1]!.address, "uother"), {
      denom: "uother",
      amount: "0",
    });
  });

  it("sends with fee auto (simulate) and balances move by exactly amount + fee", async () => {
    const [from, to] = [node.accounts[0]!.address, node.accounts[1]!.address];
    const before = BigInt((await client.getBalance(from, "ustra")).amount);
    const toBefore = BigInt((await client.getBalance(to, "ustra")).amount);
    const res = await client.sendTokens(from, to, coins(12345, "ustra"), "auto", "auto fee");
    assertIsDeliverTxSuccess(res);
    const tx = await client.getTx(res.transactionHash);
    assert.ok(tx);
    const feePaid = BigInt(
      tx.events
        .find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee"))!
        .attributes.find((a) => a.key === "fee")!
        .value.replace("ustra", ""),
    );
    assert.ok(feePaid > 0n);
    assert.equal(BigInt((await client.getBalance(from, "ustra")).amount), before - 12345n - feePaid);
    assert.equal(BigInt((await client.getBalance(to, "ustra")).amount), toBefore + 12345n);
    assert.ok(res.gasUsed > 0n && res.gasUsed <= res.gasWanted);
  });

  it("sends with an explicit fee", async () => {
    const [from, to] = [node.accounts[0]!.address, node.accounts[2]!.address];
    const before = BigInt((await client.getBalance(from, "ustra")).amount);
    const fee = calculateFee(150_000, gasPrice);
    const res = await client.sendTokens(from, to, coins(1000, "ustra"), fee);
    assertIsDeliverTxSuccess(res);
    assert.equal(
      BigInt((await client.getBalance(from, "ustra")).amount),
      before - 1000n - BigInt(fee.amount[0]!.amount),
    );
    assert.equal(res.gasWanted, 150_000n);
  });

  it("signs and broadcasts several messages in one tx, then finds it by hash, events and block", async () => {
    const from = node.accounts[0]!.address;
    const msgs: MsgSendEncodeObject[] = [1, 2].map((i) => ({
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: from, toAddress: node.accounts[i]!.address, amount: coins(7 * i, "ustra") },
    }));
    const res = await client.signAndBroadcast(from, msgs, "auto");
    assertIsDeliverTxSuccess(res);
    assert.equal(res.msgResponses.length, 2);
    assert.equal(res.msgResponses[0]!.typeUrl, "/cosmos.bank.v1beta1.MsgSendResponse");

    const tx = await client.getTx(res.transactionHash);
    assert.ok(tx);
    assert.equal(tx.height, res.height);
    assert.equal(tx.hash, res.transactionHash);

    const found = await client.searchTx([{ key: "transfer.recipient", value: node.accounts[2]!.address }]);
    assert.ok(found.some((t) => t.hash === res.transactionHash));
    const byHeight = await client.searchTx(`tx.height=${res.height}`);
    assert.ok(byHeight.some((t) => t.hash === res.transactionHash));
    assert.deepEqual(await client.searchTx([{ key: "transfer.recipient", value: "strata1nobody" }]), []);

    const block = await client.getBlock(res.height);
    assert.equal(block.header.height, res.height);
    assert.equal(block.header.chainId, node.chainId);
    assert.ok(block.txs.some((t) => Buffer.from(t).equals(Buffer.from(tx.tx))));
    assert.match(block.id, /^[0-9A-F]{64}$/);
    const latest = await client.getBlock();
    assert.ok(latest.header.height >= res.height);
  });

  it("a failed execution still charges the fee and bumps the sequence", async () => {
    const poor = node.accounts[2]!;
    const poorClient = await SigningStargateClient.connectWithSigner(node.rpc, poor.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
    try {
      const before = BigInt((await poorClient.getBalance(poor.address, "ustra")).amount);
      const seqBefore = (await poorClient.getSequence(poor.address)).sequence;
      const fee = calculateFee(100_000, gasPrice);
      const res = await poorClient.sendTokens(
        poor.address,
        node.accounts[0]!.address,
        coins((before * 2n).toString(), "ustra"),
        fee,
      );
      assert.equal(res.code, 5);
      assert.match(res.rawLog ?? "", /insufficient funds/);
      assert.equal(
        BigInt((await poorClient.getBalance(poor.address, "ustra")).amount),
        before - BigInt(fee.amount[0]!.amount),
      );
      assert.equal((await poorClient.getSequence(poor.address)).sequence, seqBefore + 1);
    } finally {
      poorClient.disconnect();
    }
  });

  it("serves the CometBFT JSON-RPC methods cosmjs does not call", async () => {
    for (const method of [
      "health",
      "abci_info",
      "net_info",
      "num_unconfirmed_txs",
      "genesis",
      "validators",
      "commit",
      "blockchain",
      "block_results",
    ]) {
      const body = await node.rpcCall(method, {});
      assert.ok(body.result !== undefined, `${method}: ${JSON.stringify(body.error)}`);
    }
    const genesis = await node.rpcCall("genesis", {});
    assert.equal(genesis.result.genesis.chainId, node.chainId);
  });

  it("checks that a signed tx reaches every query path: raw TxRaw re-broadcast is rejected as a replay", async () => {
    const from = node.accounts[1]!;
    const c = await SigningStargateClient.connectWithSigner(node.rpc, from.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
    try {
      const raw = await c.sign(
        from.address,
        [
          {
            typeUrl: "/cosmos.bank.v1beta1.MsgSend",
            value: {
              fromAddress: from.address,
              toAddress: node.accounts[0]!.address,
              amount: coins(1, "ustra"),
            },
          },
        ],
        calculateFee(100_000, gasPrice),
        "",
      );
      const bytes = TxRaw.encode(raw).finish();
      const res = await c.broadcastTx(bytes);
      assertIsDeliverTxSuccess(res);
      const again = await node.rpcCall("broadcast_tx_sync", { tx: Buffer.from(bytes).toString("base64") });
      assert.equal(again.result.code, 32);
      assert.match(again.result.log, /account sequence mismatch, expected 1, got 0/);
    } finally {
      c.disconnect();
    }
  });

  it("serves a raw store key with a Merkle proof that verifies against the app hash", async () => {
    const address = addressBytes(node.accounts[1]!.address);
    // bank balance key: 0x02 ‖ len(address) ‖ address ‖ denom
    const key = Buffer.concat([Uint8Array.of(0x02, address.length), address, Buffer.from("ustra")]);
    const body = await node.rpcCall("abci_query", {
      path: "/store/bank/key",
      data: key.toString("hex"),
      prove: true,
    });
    const response = body.result.response;
    assert.equal(response.code, 0);
    const value = Buffer.from(response.value, "base64");
    assert.equal(value.toString(), (await client.getBalance(node.accounts[1]!.address, "ustra")).amount);
    const op = response.proofOps.ops[0];
    const raw = JSON.parse(Buffer.from(op.data, "base64").toString()) as {
      height: number;
      root: string;
      key: string;
      value: string;
      nodes: string[];
    };
    const b64 = (x: string) => new Uint8Array(Buffer.from(x, "base64"));
    const proof = {
      height: raw.height,
      root: b64(raw.root),
      key: b64(raw.key),
      value: b64(raw.value),
      nodes: raw.nodes.map(b64),
    };
    const proven = await verifyStateProof(proof.root, proof.key, proof);
    assert.deepEqual(Buffer.from(proven!), value);
    // The root is the state after the queried height: the next block's header carries it.
    while ((await client.getHeight()) <= proof.height) await new Promise((r) => setTimeout(r, 50));
    const next = await node.rpcCall("block", { height: String(proof.height + 1) });
    assert.equal(Buffer.from(proof.root).toString("hex").toUpperCase(), next.result.block.header.app_hash);
  });
});
