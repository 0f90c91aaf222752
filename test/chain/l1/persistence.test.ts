import assert from "node:assert/strict";
import { coins } from "@cosmjs/proto-signing";
import { calculateFee, GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { strata, TestL1Node } from "../../helpers/l1Node.js";

const gasPrice = GasPrice.fromString("0.0025ustra");

async function chainView(node: TestL1Node) {
  const status = (await node.rpcCall("status", {})).result;
  const height = Number(status.sync_info.latest_block_height);
  const block = (await node.rpcCall("block", { height: String(height) })).result;
  return {
    height,
    appHash: status.sync_info.latest_app_hash as string,
    blockHash: block.block_id.hash as string,
  };
}

// Restart and crash recovery: the node must come back at the same state, never half a block.
describe("L1 node persistence", function () {
  this.timeout(180_000);
  let node: TestL1Node;

  before(async () => {
    node = await TestL1Node.create({ accounts: 4, blockIntervalMs: 100 });
  });

  after(async () => {
    await node?.destroy();
  });

  it("stop and restart keeps height, balances and app hash", async () => {
    const c = await SigningStargateClient.connectWithSigner(node.rpc, node.accounts[0]!.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 50,
    });
    await c.sendTokens(node.accounts[0]!.address, node.accounts[1]!.address, coins(4242, "ustra"), "auto");
    c.disconnect();
    await node.stop("SIGTERM");
    const blocksBefore = await strata(["replay", "--home", node.home, "--output", "json"]);
    const stoppedAt = JSON.parse(blocksBefore) as { blocks: number; appHash: string; mismatches: unknown[] };
    assert.deepEqual(stoppedAt.mismatches, []);

    await node.start(stoppedAt.blocks);
    const reader = await StargateClient.connect(node.rpc);
    try {
      const block = await reader.getBlock(stoppedAt.blocks);
      assert.equal(block.header.height, stoppedAt.blocks);
      // The first block after the restart carries the app hash the replay recomputed.
      const next = (await node.rpcCall("block", { height: String(stoppedAt.blocks + 1) })).result;
      if (next) assert.equal(next.block.header.app_hash, stoppedAt.appHash);
      assert.equal(
        (await reader.getBalance(node.accounts[1]!.address, "ustra")).amount,
        String(1_000_000_000 + 4242),
      );
    } finally {
      reader.disconnect();
    }
  });

  it("SIGKILL during block production under load, then restart: no corrupt or half-applied block", async () => {
    // Pre-sign a stream of transfers from every account, and keep sending while we kill the node.
    const signers = await Promise.all(node.accounts.map((a) => SigningStargateClient.offline(a.wallet)));
    const reader = await StargateClient.connect(node.rpc);
    const raws: Uint8Array[] = [];
    for (let i = 0; i < node.accounts.length; i++) {
      const acc = await reader.getAccount(node.accounts[i]!.address);
      for (let s = 0; s < 60; s++) {
        const raw = await signers[i]!.sign(
          node.accounts[i]!.address,
          [
            {
              typeUrl: "/cosmos.bank.v1beta1.MsgSend",
              value: {
                fromAddress: node.accounts[i]!.address,
                toAddress: node.accounts[(i + 1) % 4]!.address,
                amount: coins(1, "ustra"),
              },
            },
          ],
          calculateFee(100_000, gasPrice),
          "",
          { accountNumber: acc!.accountNumber, sequence: acc!.sequence + s, chainId: node.chainId },
        );
        raws.push(TxRaw.encode(raw).finish());
      }
    }
    reader.disconnect();
    let sent = 0;
    const sender = (async () => {
      for (const tx of raws) {
        try {
          await node.rpcCall("broadcast_tx_sync", { tx: Buffer.from(tx).toString("base64") });
          sent++;
        } catch {
          return; // the node is gone
        }
      }
    })();
    while (sent < raws.length / 2) await new Promise((r) => setTimeout(r, 5));
    await node.stop("SIGKILL");
    await sender;

    // The replay of what was stored must reproduce every app hash (nothing half-written).
    const report = JSON.parse(await strata(["replay", "--home", node.home, "--output", "json"])) as {
      blocks: number;
      mismatches: unknown[];
    };
    assert.deepEqual(report.mismatches, []);
    assert.ok(report.blocks > 0);

    await node.start(report.blocks + 1);
    const view = await chainView(node);
    assert.ok(view.height > report.blocks);
    // Total supply is conserved: nothing was minted or lost by the crash.
    const supply = (
      await node.rpcCall("abci_query", {
        path: "/cosmos.bank.v1beta1.Query/SupplyOf",
        data: "0a057573747261",
      })
    ).result;
    assert.equal(supply.response.code, 0);
    const r2 = await StargateClient.connect(node.rpc);
    try {
      let total = 0n;
      for (const a of node.accounts) total += BigInt((await r2.getBalance(a.address, "ustra")).amount);
      const fees = BigInt(
        (await r2.getBalance("strata17xpfvakm2amg962yls6f84z3kell8c5lar74vl", "ustra")).amount,
      );
      assert.equal(total + fees, 4n * 1_000_000_000n);
    } finally {
      r2.disconnect();
    }
  });
});
