/**
 * L2 → L1 settlement: L2 blocks posted per second by the batcher and the L1 cost (bytes and gas)
 * per L2 transaction.
 *
 * Method: one L1 node and one L2 node (solo producers, in this process through `startChainNode`,
 * LevelDB homes in a temp folder), the L2 registered in L1's genesis. S funded L2 senders each
 * send K pre-signed `MsgSend` txs (libsecp256k1, `broadcast_tx_sync` batches) while no batcher
 * runs, so L2 builds a backlog of H blocks (at least 250: the txs' blocks, then empty ones). Then the batcher (the same `Batcher` class
 * `strata l2 batcher` runs, over the nodes' JSON-RPC, signing with cosmjs) starts and posts until
 * L1's `last_number` ≥ H. Rate = H / (time from the batcher's start to that moment): the catch-up
 * rate with packing (up to `max_items_per_batch` blocks and 900 KiB per L1 tx). Cost = the batch
 * txs' `MsgSubmitBatch` bytes and L1 gas used, divided by the L2 txs (and blocks) they carried.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Batcher } from "../batcher/batcher.js";
import { childChainOverRpc } from "../batcher/childChain.js";
import { parentChainOverClient } from "../batcher/parentChain.js";
import { secp256k1AddressBytes, secp256k1PublicKey, sha256, toAddress } from "../chain/core/crypto/index.js";
import { createLogger, nullLogger } from "../chain/core/log/index.js";
import { parseGasPrices } from "../chain/core/modules/auth/index.js";
import {
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  type RunningChainNode,
  startChainNode,
  writeConfig,
} from "../chain/core/node/index.js";
import { buildL1Genesis, makeL1NodeApp } from "../chain/l1/index.js";
import { buildL2Genesis, makeL2App } from "../chain/l2-orchestration/index.js";
import { StrataClient } from "../client/index.js";
import { signTransfer } from "./l1App.js";
import { broadcastBatch, broadcastStats, round } from "./util.js";

const L1_CHAIN = "bench-l1";
const L2_CHAIN = "bench-l2";

async function home(root: string, name: string, blockIntervalMs: number, layer: string) {
  const dir = join(root, name);
  await writeConfig(dir, {
    ...DEFAULT_CONFIG,
    layer,
    moniker: name,
    rpc: { host: "127.0.0.1", port: 0 },
    p2p: { host: "127.0.0.1", port: 0, persistentPeers: [] },
    blockIntervalMs,
    logLevel: "error",
  });
  const key = await generateKeyFile(homePaths(dir).validatorKey);
  await generateKeyFile(homePaths(dir).nodeKey);
  return { dir, pubKey: Buffer.from(key.pubKey).toString("base64") };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

/** Runs the rollup benchmark; returns its figures. */
export async function benchRollup(
  opts: { senders?: number; perSender?: number; l2BlockIntervalMs?: number; minBacklog?: number } = {},
): Promise<Record<string, unknown>> {
  const senders = opts.senders ?? 100;
  const perSender = opts.perSender ?? 40;
  const minBacklog = opts.minBacklog ?? 250;
  const root = await mkdtemp(join(tmpdir(), "strata-bench-rollup-"));
  const nodes: RunningChainNode[] = [];
  const clients: StrataClient[] = [];
  try {
    const submitter = await DirectSecp256k1HdWallet.generate(12, { prefix: "strata" });
    const submitterAddress = (await submitter.getAccounts())[0]!.address;
    const keys = Array.from({ length: senders }, (_, i) => {
      const priv = sha256(new TextEncoder().encode(`bench-rollup-sender-${i}`));
      const pub = secp256k1PublicKey(priv);
      return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)) };
    });
    const genesisTime = new Date().toISOString();
    const l2Home = await home(root, "l2", opts.l2BlockIntervalMs ?? 50, "l2");
    const l2Genesis = buildL2Genesis({
      chainId: L2_CHAIN,
      genesisTime,
      validators: [{ name: "l2-val", pubKey: l2Home.pubKey, power: "10" }],
      accounts: keys.map((k) => ({ address: k.address, amount: 1_000_000_000n })),
    });
    // An L2 block must fit in one L1 tx (1 MiB): the child's block bytes are bounded well below.
    l2Genesis.consensusParams.block.maxBytes = 512 * 1024;
    const l2GenesisText = JSON.stringify(l2Genesis);
    await writeFile(homePaths(l2Home.dir).genesis, l2GenesisText);
    const l1Home = await home(root, "l1", 200, "l1");
    // Every L2 block is posted, empty ones included (their cost is per block, not per tx).
    const l1Genesis = buildL1Genesis({
      chainId: L1_CHAIN,
      genesisTime,
      validators: [{ name: "l1-val", pubKey: l1Home.pubKey, power: "10" }],
      accounts: [{ address: submitterAddress, amount: 100_000_000_000n }],
      rollups: [{ chainId: L2_CHAIN, genesis: l2GenesisText, challengeWindowBlocks: 1, bond: 1_000_000n }],
    });
    await writeFile(homePaths(l1Home.dir).genesis, JSON.stringify(l1Genesis));

    const l2 = await startChainNode(
      { home: l2Home.dir },
      {
        makeApp: (id, log, { minGasPrices }) =>
          makeL2App(id, log, { minGasPrices: parseGasPrices(minGasPrices) }),
        logger: nullLogger,
      },
    );
    nodes.push(l2);
    const l1 = await startChainNode({ home: l1Home.dir }, { makeApp: makeL1NodeApp, logger: nullLogger });
    nodes.push(l1);

    // The backlog: S×K MsgSends on L2, before any batcher runs.
    const l2Query = await StrataClient.connect(l2.rpc.url);
    clients.push(l2Query);
    const accountNumbers: bigint[] = [];
    for (const k of keys)
      accountNumbers.push(BigInt((await l2Query.stargate.getAccount(k.address))!.accountNumber));
    const txs: Uint8Array[] = [];
    for (let seq = 0; seq < perSender; seq++)
      for (const [i, k] of keys.entries())
        txs.push(
          signTransfer(
            L2_CHAIN,
            { ...k, accountNumber: accountNumbers[i]! },
            keys[(i + 1) % senders]!.address,
            BigInt(seq),
          ),
        );
    const stats = broadcastStats();
    for (let i = 0; i < txs.length; i += 100)
      await broadcastBatch(l2.rpc.url, txs.slice(i, i + 100), 100, stats);
    await until(async () => l2.node.mempoolSize() === 0);
    // Empty blocks too: every block is posted, whatever it holds.
    await until(async () => l2.node.latestHeight() >= minBacklog);
    const backlog = l2.node.latestHeight();
    let l2Txs = 0;
    for (let h = 1; h <= backlog; h++) l2Txs += (await l2.node.getBlock(h))!.block.txs.length;

    // The batcher catches up.
    const l1Client = await StrataClient.connect(l1.rpc.url, {
      signer: submitter,
      broadcastPollIntervalMs: 50,
      broadcastTimeoutMs: 60_000,
    });
    clients.push(l1Client);
    const posted: { from: number; to: number; msgBytes: number; gasUsed: bigint }[] = [];
    const batcher = new Batcher(
      { chainId: L2_CHAIN, submitter: submitterAddress, pollMs: 50 },
      {
        child: childChainOverRpc(l2.rpc.url),
        parent: parentChainOverClient(l1Client, submitterAddress),
        logger: createLogger({ level: "error" }),
        events: { posted: (b) => posted.push(b) },
      },
    );
    const t0 = performance.now();
    batcher.start();
    await until(async () => (posted.at(-1)?.to ?? 0) >= backlog);
    const seconds = (performance.now() - t0) / 1000;
    await batcher.stop();
    const lastTo = posted.at(-1)!.to;
    let carriedTxs = l2Txs;
    for (let h = backlog + 1; h <= lastTo; h++) carriedTxs += (await l2.node.getBlock(h))!.block.txs.length;
    const bytes = posted.reduce((s, b) => s + b.msgBytes, 0);
    const gas = posted.reduce((s, b) => s + Number(b.gasUsed), 0);
    return {
      method:
        "in-process L1 (200 ms blocks) and L2 (solo, 50 ms blocks) nodes; an L2 backlog of MsgSends then empty blocks; the batcher catches up over JSON-RPC",
      l2Txs,
      l2Blocks: backlog,
      checkTxRejected: stats.rejected,
      batches: posted.length,
      blocksPerBatch: round(lastTo / posted.length),
      seconds: round(seconds, 2),
      l2BlocksPostedPerSec: round(backlog / seconds),
      l2TxsSettledPerSec: round(l2Txs / seconds),
      l1BytesPerL2Tx: round(bytes / carriedTxs),
      l1GasPerL2Tx: round(gas / carriedTxs),
      l1BytesPerL2Block: round(bytes / lastTo),
      l1GasPerL2Block: round(gas / lastTo),
    };
  } finally {
    for (const c of clients) c.disconnect();
    for (const n of nodes.reverse()) await n.stop();
    await rm(root, { recursive: true, force: true });
  }
}
