/**
 * The unmodified cosmjs Comet38Client (HTTP) against the server: every shape it decodes must
 * pass its checks (`comet38/adaptor/responses.ts`).
 */
import assert from "node:assert/strict";
import { toHex } from "@cosmjs/encoding";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { createRpcServer, type RpcServer } from "../../../../chain/core/rpc/index.js";
import {
  BAD_SEQUENCE_MEMO,
  CHAIN_ID,
  fixtureBlocks,
  MemoryBackend,
  makeSendTx,
  NOT_FOUND_PATH,
  RECIPIENT_A,
  RECIPIENT_B,
  SENDER,
  sha256,
  VALIDATORS,
} from "./memoryBackend.js";

const upperHex = (b: Uint8Array) => toHex(b).toUpperCase();

describe("rpc server with cosmjs Comet38Client (HTTP)", () => {
  let backend: MemoryBackend;
  let server: RpcServer;
  let client: Comet38Client;

  before(async () => {
    backend = new MemoryBackend({ blocks: fixtureBlocks() });
    server = await createRpcServer(backend, { host: "127.0.0.1", port: 0 });
    client = await Comet38Client.connect(server.url);
  });

  after(async () => {
    client.disconnect();
    await server.close();
  });

  it("status: version 0.38, chain id, heights, nanosecond times, validator", async () => {
    const s = await client.status();
    assert.equal(s.nodeInfo.version, "0.38.17");
    assert.equal(s.nodeInfo.network, CHAIN_ID);
    assert.equal(s.nodeInfo.protocolVersion.block, 11);
    assert.equal(s.nodeInfo.other.get("tx_index"), "on");
    assert.equal(s.syncInfo.latestBlockHeight, 5);
    assert.equal(s.syncInfo.earliestBlockHeight, 1);
    assert.equal(s.syncInfo.latestBlockTime.toISOString(), "2025-06-01T12:00:05.123Z");
    assert.equal((s.syncInfo.latestBlockTime as { nanoseconds?: number }).nanoseconds, 456789);
    assert.equal(s.syncInfo.catchingUp, false);
    assert.equal(upperHex(s.syncInfo.latestBlockHash), upperHex(backend.blocks[4]!.blockId.hash));
    assert.equal(s.validatorInfo.pubkey?.algorithm, "ed25519");
    assert.deepEqual(s.validatorInfo.pubkey?.data, VALIDATORS[0]!.pubKey);
    assert.equal(s.validatorInfo.votingPower, 10n);
  });

  it("health and abciInfo", async () => {
    assert.equal(await client.health(), null);
    const info = await client.abciInfo();
    assert.equal(info.data, "strata");
    assert.equal(info.lastBlockHeight, 5);
    assert.deepEqual(info.lastBlockAppHash, backend.results[4]!.appHash);
  });

  it("abciQuery: hex data in, base64 value out, height and NotFound code", async () => {
    const data = new Uint8Array([0x0a, 0x2d, 0xff]);
    const r = await client.abciQuery({ path: "/cosmos.bank.v1beta1.Query/Balance", data });
    assert.equal(r.code, 0);
    assert.equal(r.height, 5);
    assert.deepEqual(r.key, data);
    assert.deepEqual(
      r.value,
      new Uint8Array([...new TextEncoder().encode("/cosmos.bank.v1beta1.Query/Balance"), ...data]),
    );

    const atHeight = await client.abciQuery({ path: "/x", data, height: 3, prove: true });
    assert.equal(atHeight.height, 3);
    assert.equal(atHeight.proof?.ops[0]?.type, "ics23:iavl");

    const missing = await client.abciQuery({ path: NOT_FOUND_PATH, data });
    assert.equal(missing.code, 22);
    assert.equal(missing.codespace, "sdk");
    assert.match(missing.log ?? "", /rpc error: code = NotFound/);
    assert.equal(missing.value.length, 0);
  });

  it("broadcastTxSync: hash is sha256(tx); a CheckTx failure keeps code and codespace", async () => {
    const tx = makeSendTx(RECIPIENT_B, 7);
    const ok = await client.broadcastTxSync({ tx });
    assert.equal(ok.code, 0);
    assert.deepEqual(ok.hash, sha256(tx));
    assert.equal(backend.mempool.length, 1);

    const bad = await client.broadcastTxSync({ tx: makeSendTx(RECIPIENT_B, 8, BAD_SEQUENCE_MEMO) });
    assert.equal(bad.code, 32);
    assert.equal(bad.codespace, "sdk");
    assert.match(bad.log ?? "", /incorrect account sequence/);
  });

  it("broadcastTxAsync answers with the hash without waiting", async () => {
    const tx = makeSendTx(RECIPIENT_B, 9);
    const r = await client.broadcastTxAsync({ tx });
    assert.deepEqual(r.hash, sha256(tx));
  });

  it("numUnconfirmedTxs reports the mempool", async () => {
    const r = await client.numUnconfirmedTxs();
    assert.equal(r.total, backend.mempool.length);
    assert.equal(
      r.totalBytes,
      backend.mempool.reduce((n, t) => n + t.length, 0),
    );
  });

  it("txSearch pages with total_count (default per_page 30), and txSearchAll collects every page", async () => {
    const query = `transfer.recipient='${RECIPIENT_A}'`;
    const page1 = await client.txSearch({ query });
    assert.equal(page1.totalCount, 35);
    assert.equal(page1.txs.length, 30);
    assert.equal(page1.txs[0]!.height, 2);
    assert.equal(page1.txs[0]!.index, 0);
    const page2 = await client.txSearch({ query, page: 2 });
    assert.equal(page2.txs.length, 5);
    assert.equal(page2.txs.at(-1)!.height, 4);

    const all = await client.txSearchAll({ query, per_page: 7 });
    assert.equal(all.totalCount, 35);
    assert.equal(new Set(all.txs.map((t) => toHex(t.hash))).size, 35);

    const desc = await client.txSearch({ query, order_by: "desc", per_page: 500 });
    assert.equal(desc.txs.length, 35, "per_page is clamped to 100, so every match fits");
    assert.equal(desc.txs[0]!.height, 4);

    const tx = page1.txs[3]!;
    assert.deepEqual(tx.hash, sha256(tx.tx));
    assert.equal(tx.result.code, 0);
    assert.equal(tx.result.gasUsed, 65_432n);
    assert.equal(tx.result.gasWanted, 99_728n);
    const transfer = tx.result.events.find((e) => e.type === "transfer")!;
    assert.deepEqual(transfer.attributes[0], { key: "recipient", value: RECIPIENT_A });
    const msgData = TxMsgData.decode(tx.result.data!);
    assert.equal(msgData.msgResponses[0]!.typeUrl, "/cosmos.bank.v1beta1.MsgSendResponse");
  });

  it("txSearch by tx.hash (as getTx sends it), tx.height (bare and quoted), ranges, and a miss", async () => {
    const target = backend.blocks[2]!.block.txs[4]!;
    const byHash = await client.txSearch({ query: `tx.hash='${upperHex(sha256(target))}'`, page: 1 });
    assert.equal(byHash.totalCount, 1);
    assert.deepEqual(byHash.txs[0]!.tx, target);
    assert.equal(byHash.txs[0]!.index, 4);

    assert.equal((await client.txSearch({ query: "tx.height=3" })).totalCount, 20);
    assert.equal((await client.txSearch({ query: "tx.height='3'" })).totalCount, 20);
    assert.equal((await client.txSearch({ query: "tx.height>=3 AND tx.height<5" })).totalCount, 25);
    assert.equal(
      (await client.txSearch({ query: `tm.event='Tx' AND message.sender='${SENDER}'` })).totalCount,
      36,
    );
    assert.equal((await client.txSearch({ query: "tm.event='NewBlock' AND tx.height=3" })).totalCount, 0);

    const miss = await client.txSearch({ query: `tx.hash='${"AB".repeat(32)}'` });
    assert.equal(miss.totalCount, 0);
    assert.deepEqual(miss.txs, []);
  });

  it("txSearch rejects a malformed query and a page past the end", async () => {
    await assert.rejects(client.txSearch({ query: "tx.height=" }), /-32602.*invalid query/);
    await assert.rejects(
      client.txSearch({ query: "tx.height=3", page: 2 }),
      /page should be within \[1, 1\] range, given 2/,
    );
  });

  it("tx by hash (cosmjs sends base64) and a clear error for an unknown hash", async () => {
    const target = backend.blocks[1]!.block.txs[9]!;
    const r = await client.tx({ hash: sha256(target) });
    assert.deepEqual(r.tx, target);
    assert.equal(r.height, 2);
    assert.equal(r.index, 9);
    await assert.rejects(client.tx({ hash: new Uint8Array(32) }), /tx \(0{64}\) not found/);
  });

  it("block at height 1 has no last block id and no last commit", async () => {
    const b = await client.block(1);
    assert.equal(b.block.header.height, 1);
    assert.equal(b.block.header.chainId, CHAIN_ID);
    assert.equal(b.block.header.lastBlockId, null);
    assert.equal(b.block.lastCommit, null);
    assert.deepEqual(b.block.txs, []);
    assert.deepEqual(b.blockId.hash, backend.blocks[0]!.blockId.hash);
    assert.equal(b.blockId.parts.total, 1);
  });

  it("block at a later height, and the latest block without a height", async () => {
    const b = await client.block(3);
    assert.equal(b.block.header.height, 3);
    assert.equal(b.block.header.time.toISOString(), "2025-06-01T12:00:03.123Z");
    assert.equal(b.block.header.time.nanoseconds, 456789);
    assert.equal(b.block.txs.length, 20);
    assert.deepEqual(b.block.txs[0], backend.blocks[2]!.block.txs[0]);
    assert.deepEqual(b.block.header.lastBlockId?.hash, backend.blocks[1]!.blockId.hash);
    assert.equal(b.block.header.version.app, 1);
    assert.deepEqual(b.block.header.evidenceHash, new Uint8Array());
    const lc = b.block.lastCommit!;
    assert.equal(lc.height, 2);
    assert.equal(lc.signatures[0]!.blockIdFlag, 2);
    assert.deepEqual(lc.signatures[0]!.validatorAddress, VALIDATORS[0]!.address);
    assert.equal(lc.signatures[0]!.signature?.length, 64);
    assert.equal(lc.signatures[1]!.blockIdFlag, 1);
    assert.equal(lc.signatures[1]!.signature, undefined);

    const latest = await client.block();
    assert.equal(latest.block.header.height, 5);
  });

  it("block above the tip fails with CometBFT's message", async () => {
    await assert.rejects(
      client.block(999),
      (err: Error) =>
        err.message.includes('"code":-32603') &&
        err.message.includes("height 999 must be less than or equal to the current blockchain height 5"),
    );
  });

  it("blockResults", async () => {
    const r = await client.blockResults(3);
    assert.equal(r.height, 3);
    assert.equal(r.results.length, 20);
    assert.equal(r.results[0]!.gasUsed, 65_432n);
    assert.equal(r.finalizeBlockEvents[0]!.type, "coin_spent");
    assert.deepEqual(r.validatorUpdates, []);
    assert.equal(r.consensusUpdates, undefined);
  });

  it("blockchain: descending metas, at most 20, within min/max", async () => {
    const all = await client.blockchain();
    assert.equal(all.lastHeight, 5);
    assert.deepEqual(
      all.blockMetas.map((m) => m.header.height),
      [5, 4, 3, 2, 1],
    );
    assert.equal(all.blockMetas[1]!.numTxs, 5);
    assert.deepEqual(all.blockMetas[4]!.blockId.hash, backend.blocks[0]!.blockId.hash);
    const some = await client.blockchain(2, 3);
    assert.deepEqual(
      some.blockMetas.map((m) => m.header.height),
      [3, 2],
    );
    await assert.rejects(client.blockchain(4, 2), /min height 4 can't be greater than max height 2/);
  });

  it("commit: signed header, signatures, canonical flag", async () => {
    const c = await client.commit(3);
    assert.equal(c.header.height, 3);
    assert.equal(c.commit.height, 3);
    assert.deepEqual(c.commit.blockId.hash, backend.blocks[2]!.blockId.hash);
    assert.equal(c.commit.signatures.length, 2);
    assert.equal(c.canonical, true);
    const tip = await client.commit();
    assert.equal(tip.header.height, 5);
    assert.equal(tip.canonical, false);
    const first = await client.commit(1);
    assert.equal(first.header.lastBlockId, null);
  });

  it("validators with paging, and validatorsAll", async () => {
    const v = await client.validators({ height: 3, per_page: 1, page: 2 });
    assert.equal(v.blockHeight, 3);
    assert.equal(v.total, 2);
    assert.equal(v.count, 1);
    assert.deepEqual(v.validators[0]!.address, VALIDATORS[1]!.address);
    assert.equal(v.validators[0]!.votingPower, 5n);
    assert.equal(v.validators[0]!.proposerPriority, 5);
    assert.equal(v.validators[0]!.pubkey?.algorithm, "ed25519");
    const all = await client.validatorsAll();
    assert.equal(all.total, 2);
    assert.equal(all.blockHeight, 5);
  });

  it("genesis", async () => {
    const g = await client.genesis();
    assert.equal(g.chainId, CHAIN_ID);
    assert.equal(g.genesisTime.toISOString(), "2025-06-01T12:00:00.000Z");
    assert.equal(g.validators.length, 2);
    assert.equal(g.validators[0]!.votingPower, 10n);
    assert.equal(g.consensusParams.block?.maxBytes, 22020096);
  });
});

describe("rpc server broadcast_tx_commit with cosmjs", () => {
  it("waits for the commit and returns check_tx and tx_result", async () => {
    const backend = new MemoryBackend({ blocks: fixtureBlocks(), autoCommit: true });
    const server = await createRpcServer(backend, { port: 0 });
    const client = await Comet38Client.connect(server.url);
    try {
      const tx = makeSendTx(RECIPIENT_B, 42);
      const r = await client.broadcastTxCommit({ tx });
      assert.equal(r.checkTx.code, 0);
      assert.equal(r.txResult?.code, 0);
      assert.equal(r.txResult?.gasUsed, 65_432n);
      assert.equal(r.height, 6);
      assert.deepEqual(r.hash, sha256(tx));

      const rejected = await client.broadcastTxCommit({ tx: makeSendTx(RECIPIENT_B, 1, BAD_SEQUENCE_MEMO) });
      assert.equal(rejected.checkTx.code, 32);
      assert.equal(rejected.height, 0);
    } finally {
      client.disconnect();
      await server.close();
    }
  });

  it("reports a JSON-RPC error when the tx is not committed in time", async () => {
    const backend = new MemoryBackend({ blocks: fixtureBlocks() });
    const server = await createRpcServer(backend, { port: 0, txCommitTimeoutMs: 1 });
    const client = await Comet38Client.connect(server.url);
    try {
      await assert.rejects(
        client.broadcastTxCommit({ tx: makeSendTx(RECIPIENT_B, 43) }),
        /-32603.*timed out waiting for tx \([0-9A-F]{64}\) to be included in a block/,
      );
      assert.equal((await client.status()).syncInfo.latestBlockHeight, 5, "server keeps serving");
    } finally {
      client.disconnect();
      await server.close();
    }
  });
});
