import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { encodeEd25519Pubkey } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { Decimal } from "@cosmjs/math";
import { coin, coins, encodePubkey } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { homePaths } from "../../../chain/core/node/index.js";
import { waitForHeight } from "../../../localnet/index.js";
import { type RpcBody, TestL1Node } from "../../helpers/l1Node.js";

const gasPrice = GasPrice.fromString("0.0025ustra");

/** Polls `check` every 200 ms until it returns a value; fails naming `what` after `timeoutMs`. */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function height(node: TestL1Node): Promise<number> {
  return Number((await node.rpcCall("status", {})).result.sync_info.latest_block_height);
}

/** The validator addresses that signed (flag 2) the commit of block `h`, read from block h+1. */
async function signersOf(node: TestL1Node, h: number): Promise<string[]> {
  const body: RpcBody = await node.rpcCall("block", { height: String(h + 1) });
  return body.result.block.last_commit.signatures
    .filter((s: { block_id_flag: number }) => s.block_id_flag === 2)
    .map((s: { validator_address: string }) => s.validator_address);
}

// End-to-end, separate OS processes started through the CLI: a single validator running the solo
// producer, a full node of its chain (`strata init --genesis --peers`) that syncs over p2p, serves
// cosmjs and relays txs, and then joins the validator set through MsgCreateValidator.
describe("full node of a single-validator L1, then a validator joining through staking", function () {
  this.timeout(180_000);
  let validator: TestL1Node;
  let full: TestL1Node;
  const clients: { disconnect(): void }[] = [];

  before(async () => {
    validator = await TestL1Node.create({ accounts: 3, blockIntervalMs: 200, operator: 0 });
    full = await TestL1Node.createFullNode(validator);
  });

  afterEach(function () {
    // An e2e failure is diagnosed from the nodes' own logs.
    if (this.currentTest?.state === "failed") {
      process.stderr.write(
        `validator log:\n${validator.stderr.slice(-6000)}\nfull node log:\n${full.stderr.slice(-6000)}\n`,
      );
    }
  });

  after(async () => {
    for (const c of clients) c.disconnect();
    await full?.destroy();
    await validator?.destroy();
  });

  it("syncs the validator's blocks and serves getBlock and balances through cosmjs", async () => {
    const target = await height(validator);
    await waitForHeight(full.rpc, target, 30_000, () => false);
    const onFull = await StargateClient.connect(full.rpc);
    const onValidator = await StargateClient.connect(validator.rpc);
    clients.push(onFull, onValidator);
    assert.equal(await onFull.getChainId(), validator.chainId);
    assert.equal((await onFull.getBlock(1)).id, (await onValidator.getBlock(1)).id);
    assert.equal((await onFull.getBlock(target)).id, (await onValidator.getBlock(target)).id);
    assert.ok((await onFull.getBlock()).header.height >= target);
    const account = validator.accounts[1]!.address;
    assert.deepEqual(
      await onFull.getBalance(account, "ustra"),
      await onValidator.getBalance(account, "ustra"),
    );
    // The full node is not a validator: its key has no power.
    const status = (await full.rpcCall("status", {})).result;
    assert.equal(status.validator_info.voting_power, "0");
    assert.equal((await validator.rpcCall("status", {})).result.validator_info.voting_power, "10");
  });

  it("reports the validator as a peer in net_info, and each node's real p2p address in status", async () => {
    const validatorId = await validator.nodeId();
    const fullId = await full.nodeId();
    // The peer's node info arrives over p2p shortly after the link opens.
    const peer = await until("the full node knows the validator's node info", async () => {
      const net = (await full.rpcCall("net_info", {})).result;
      const p = net.peers.find(
        (x: { node_info: { id: string; version: string } }) => x.node_info.id === validatorId,
      );
      return p?.node_info.version ? { net, p } : undefined;
    });
    assert.equal(peer.net.listening, true);
    assert.deepEqual(peer.net.listeners, [`Listener(@127.0.0.1:${full.p2pPort})`]);
    assert.equal(peer.net.n_peers, "1");
    assert.equal(peer.p.is_outbound, true);
    assert.equal(peer.p.remote_ip, "127.0.0.1");
    assert.deepEqual(peer.p.node_info, {
      protocol_version: { p2p: "8", block: "11", app: "0" },
      id: validatorId,
      listen_addr: `tcp://127.0.0.1:${validator.p2pPort}`,
      network: validator.chainId,
      version: "0.38.17",
      channels: "40202122233038606100",
      moniker: "validator-0",
      other: { tx_index: "on", rpc_address: validator.rpc.replace("http://", "tcp://") },
    });
    const fromValidator = (await validator.rpcCall("net_info", {})).result;
    const back = fromValidator.peers.find((x: { node_info: { id: string } }) => x.node_info.id === fullId);
    assert.equal(back.is_outbound, false);
    const vStatus = (await validator.rpcCall("status", {})).result;
    assert.equal(vStatus.node_info.listen_addr, `tcp://127.0.0.1:${validator.p2pPort}`);
    assert.equal(vStatus.node_info.id, validatorId);
  });

  it("relays a tx broadcast to the full node to the validator, which commits it", async () => {
    const [from, to] = [validator.accounts[1]!, validator.accounts[2]!];
    const client = await SigningStargateClient.connectWithSigner(full.rpc, from.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
    clients.push(client);
    const res = await client.sendTokens(from.address, to.address, coins(777, "ustra"), "auto");
    assertIsDeliverTxSuccess(res);
    // Only the validator proposes: the tx reached it from the full node by mempool gossip.
    const validatorKey = JSON.parse(await readFile(homePaths(validator.home).validatorKey, "utf8"));
    const block = (await validator.rpcCall("block", { height: String(res.height) })).result.block;
    assert.equal(block.header.proposer_address, validatorKey.address);
    const found = (await validator.rpcCall("tx_search", { query: `tx.hash='${res.transactionHash}'` }))
      .result;
    assert.equal(found.total_count, "1");
  });

  it("a validator joining through MsgCreateValidator signs blocks once the schedule includes it", async () => {
    const keyFile = JSON.parse(await readFile(homePaths(full.home).validatorKey, "utf8"));
    const pubKey = new Uint8Array(Buffer.from(keyFile.pubKey.value, "base64"));
    const fullAddress: string = keyFile.address;
    const creator = validator.accounts[2]!;
    const client = await SigningStargateClient.connectWithSigner(validator.rpc, creator.wallet, {
      gasPrice,
      broadcastPollIntervalMs: 100,
    });
    clients.push(client);
    // Power 10, as much as the genesis validator: from then on no block commits without both.
    const created = await client.signAndBroadcast(
      creator.address,
      [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
          value: {
            description: { moniker: "full-0", identity: "", website: "", securityContact: "", details: "" },
            commission: {
              rate: Decimal.fromUserInput("0.05", 18).atomics,
              maxRate: Decimal.fromUserInput("0.2", 18).atomics,
              maxChangeRate: Decimal.fromUserInput("0.01", 18).atomics,
            },
            minSelfDelegation: "1",
            delegatorAddress: creator.address,
            validatorAddress: toBech32("stratavaloper", fromBech32(creator.address, 90).data),
            pubkey: encodePubkey(encodeEd25519Pubkey(pubKey)),
            value: coin(10_000_000, "ustra"),
          },
        },
      ],
      "auto",
    );
    assertIsDeliverTxSuccess(created);
    // Updates of block h apply from h+2: the new validator signs the commit of a later block.
    const signedAt = await until("a commit carries the new validator's signature", async () => {
      const tip = await height(validator);
      for (let h = created.height + 2; h < tip; h++) {
        if ((await signersOf(validator, h)).includes(fullAddress)) return h;
      }
      return undefined;
    });
    assert.ok(signedAt >= created.height + 2);
    // Both hold half of the power: every later block carries both signatures, on both nodes.
    await waitForHeight(full.rpc, signedAt + 4, 60_000, () => false);
    for (let h = signedAt; h < signedAt + 3; h++) {
      assert.equal((await signersOf(full, h)).length, 2, `commit of block ${h}`);
      assert.equal((await signersOf(validator, h)).length, 2, `commit of block ${h}`);
    }
    const status = (await full.rpcCall("status", {})).result;
    assert.equal(status.validator_info.address, fullAddress);
    assert.equal(status.validator_info.voting_power, "10");
    const set = (await validator.rpcCall("validators", {})).result;
    assert.equal(set.total, "2");
  });
});
