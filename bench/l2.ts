/**
 * L2 task receipts recorded per second on one L2 node: `MsgRecordTasks` transactions of 100
 * receipts each (k = 2: 50 tasks; k = 1: 100 tasks), every receipt's ed25519 signature checked
 * against its executor's registered key.
 *
 * (a) In process (`benchL2App`): a `ChainNode` with the L2 app on real LevelDB, as `bench/l1App.ts`
 *     does for transfers: CheckTx of a block's worth of txs, then the block executed and
 *     committed, the three timed separately.
 * (b) Over JSON-RPC (`benchL2Rpc`): an L2 node process started through the CLI (`strata init
 *     --layer l2`, the bench's genesis, `strata start`); txs pushed with `broadcast_tx_sync` in
 *     batches, commits watched on the WebSocket `NewBlock` subscription, as `bench/l1.ts` does.
 *
 * Setup, the same for both: a VERIFIED model, R routers and k executors registered at genesis
 * (ed25519 node keys), one session opened by a tx; reveal windows longer than the run, so no
 * reveal-phase work happens during it (it measures recording alone).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, openSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import WebSocket from "ws";
import type { App } from "../chain/core/app/app.js";
import {
  type Ed25519KeyPair,
  ed25519Generate,
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
} from "../chain/core/crypto/index.js";
import { nullLogger } from "../chain/core/log/index.js";
import { encodePubKeyAny, parseGasPrices } from "../chain/core/modules/auth/index.js";
import {
  ChainNode,
  type GenesisDoc,
  generateKeyFile,
  homePaths,
  loadKeyFile,
  produceSoloBlock,
} from "../chain/core/node/index.js";
import { directSignBytes } from "../chain/core/tx/index.js";
import { buildL2Genesis, makeL2App } from "../chain/l2-orchestration/index.js";
import { receiptSignBytes } from "../chain/l2-orchestration/modules/tasks/index.js";
import {
  receiptPreverifyStats,
  setReceiptPreverify,
} from "../chain/l2-orchestration/modules/tasks/receiptPreverify.js";
import { reservePorts, STRATA_BIN, spawnStrata, terminate, waitForHeight } from "../localnet/index.js";
import { strata } from "../proto/gen/strata.js";
import { BENCH_NOW, broadcastBatch, broadcastStats, round, rpc } from "./util.js";

const run = promisify(execFile);

/** Receipts per `MsgRecordTasks`. */
const RECEIPTS_PER_TX = 100;
/** Gas limit and fee of a record tx (0.0025 ustra per gas). */
const GAS_LIMIT = 20_000_000n;
const FEE = "50000";

/** A secp256k1 account that signs txs. */
interface Account {
  priv: Uint8Array;
  pub: Uint8Array;
  address: string;
  accountNumber: bigint;
}

function newAccount(accountNumber: number): Account {
  const priv = randomBytes(32);
  const pub = secp256k1PublicKey(priv);
  return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)), accountNumber: BigInt(accountNumber) };
}

function hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Signs one tx of `msgs` (SIGN_MODE_DIRECT). */
function signTx(chainId: string, s: Account, msgs: Any[], sequence: bigint): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: encodePubKeyAny(s.pub),
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence,
        },
      ],
      fee: { amount: [{ denom: "ustra", amount: FEE }], gasLimit: GAS_LIMIT },
    }),
  ).finish();
  const signature = signSecp256k1(
    sha256(directSignBytes(bodyBytes, authInfoBytes, chainId, s.accountNumber)),
    s.priv,
  );
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

function anyOf<T>(
  type: { getTypeUrl(prefix?: string): string; encode(m: T): { finish(): Uint8Array } },
  m: T,
): Any {
  return { typeUrl: type.getTypeUrl(""), value: type.encode(m).finish() };
}

/** The accounts, keys and genesis of a bench chain. */
interface Market {
  chainId: string;
  routers: Account[];
  user: Account;
  executors: { operator: string; key: Ed25519KeyPair }[];
  model: { id: string; digest: string };
  redundancy: number;
  genesis(validatorPubKey: Uint8Array, maxBlockTxs?: number): GenesisDoc;
  /** The tx that opens session 1 (signed by the user, sequence 0). */
  openSessionTx(): Uint8Array;
  /** `count` record txs per router, in sequence order per router; `txs[i]` is router `i % R`'s. */
  recordTxs(perRouter: number): Uint8Array[];
}

function market(opts: { chainId: string; routers: number; redundancy: number }): Market {
  const { chainId, redundancy } = opts;
  // Account numbers follow the genesis order: routers, user, executor operators, model owner.
  const routers = Array.from({ length: opts.routers }, (_, i) => newAccount(i));
  const user = newAccount(opts.routers);
  const executors = Array.from({ length: redundancy }, (_, i) => ({
    operator: newAccount(opts.routers + 1 + i).address,
    key: ed25519Generate().key,
  }));
  const owner = newAccount(opts.routers + 1 + redundancy);
  const model = { id: "bench@1", digest: hex("bench weights") };
  const routerKey = ed25519Generate().key;
  const funds = 10n ** 13n;
  const tasksPerTx = RECEIPTS_PER_TX / redundancy;
  return {
    chainId,
    routers,
    user,
    executors,
    model,
    redundancy,
    genesis: (validatorPubKey, maxBlockTxs = 10_000) =>
      buildL2Genesis({
        chainId,
        genesisTime: "2026-01-01T00:00:00Z",
        validators: [{ name: "bench", pubKey: Buffer.from(validatorPubKey).toString("base64"), power: "1" }],
        accounts: [
          ...routers.map((r) => r.address),
          user.address,
          ...executors.map((e) => e.operator),
          owner.address,
        ].map((address) => ({ address, amount: funds })),
        maxBlockTxs,
        models: [
          {
            name: "bench",
            version: "1",
            weightsSha256: model.digest,
            weightsSize: 1000,
            format: "gguf",
            quantization: "Q8_0",
            storageUris: ["ipfs://bench"],
            priceInputPer1k: "1000",
            priceOutputPer1k: "2000",
            owner: owner.address,
          },
        ],
        nodes: [
          ...routers.map((r) => ({
            operator: r.address,
            roles: ["ROUTER" as const],
            pubkey: routerKey.pubKey,
            endpoint: "http://127.0.0.1:1",
            capacity: 1000,
            stake: 1_000_000n,
          })),
          ...executors.map((e) => ({
            operator: e.operator,
            roles: ["EXECUTOR" as const],
            pubkey: e.key.pubKey,
            endpoint: "http://127.0.0.1:1",
            models: [model.id],
            capacity: 1000,
            stake: 1_000_000n,
          })),
        ],
        // Reveal windows longer than the run: recording is measured alone.
        modules: { tasks: { params: { revealBlocks: 1_000_000, maxTasksPerMsg: 200 } } },
      }),
    openSessionTx: () =>
      signTx(
        chainId,
        user,
        [
          anyOf(strata.sessions.v1.MsgOpenSession, {
            owner: user.address,
            model: model.id,
            redundancy,
            maxPricePer_1k: "2000",
            deposit: "1000000000000",
            apiKeySha256: hex("bench api key"),
            durationBlocks: 1_000_000,
          }),
        ],
        0n,
      ),
    recordTxs: (perRouter) => {
      const txs: Uint8Array[] = [];
      const promptSha256 = hex("prompt");
      for (let seq = 0; seq < perRouter; seq++) {
        for (const router of routers) {
          const tasks = Array.from({ length: tasksPerTx }, () => {
            const taskId = randomBytes(32).toString("hex");
            return {
              taskId,
              sessionId: 1,
              receipts: executors.map((e) => {
                const fields = {
                  taskId,
                  sessionId: 1,
                  executor: e.operator,
                  modelSha256: model.digest,
                  promptSha256,
                  commitment: randomBytes(32).toString("hex"),
                  inputTokens: 100,
                  outputTokens: 50,
                };
                return { ...fields, signature: e.key.sign(receiptSignBytes(chainId, fields)) };
              }),
            };
          });
          txs.push(
            signTx(
              chainId,
              router,
              [anyOf(strata.tasks.v1.MsgRecordTasks, { router: router.address, tasks })],
              BigInt(seq),
            ),
          );
        }
      }
      return txs;
    },
  };
}

/**
 * (a) The L2 state machine in process: CheckTx of each block's txs, then the block executed
 * (every receipt's signature verified) and committed to LevelDB with the block store writes.
 */
export async function benchL2App(
  opts: {
    redundancy?: number;
    routers?: number;
    txs?: number;
    perBlock?: number;
    /** Verify receipt signatures ahead on a worker thread (default true; false: all inline). */
    preverify?: boolean;
  } = {},
): Promise<Record<string, unknown>> {
  const preverify = opts.preverify ?? true;
  setReceiptPreverify(preverify);
  const stats0 = receiptPreverifyStats();
  const redundancy = opts.redundancy ?? 2;
  const R = opts.routers ?? 4;
  const perRouter = Math.ceil((opts.txs ?? 200) / R);
  const perBlock = opts.perBlock ?? 20;
  const m = market({ chainId: "strata-l2-bench", routers: R, redundancy });
  const home = await mkdtemp(join(tmpdir(), "strata-bench-l2app-"));
  try {
    const key = await generateKeyFile(join(home, "validator.json"));
    // Blocks take `perBlock` txs, so the next block's txs can be checked before this one executes.
    const genesis = m.genesis(key.pubKey, perBlock);
    let execMs = 0;
    let failed = 0;
    let firstFailure = "";
    const node = await ChainNode.open(
      {
        home,
        genesis,
        genesisText: JSON.stringify(genesis),
        makeApp: (id, log) => {
          const app = makeL2App(id, log, { minGasPrices: parseGasPrices("0.0025ustra") });
          // Time execution apart from the commit that follows it in the same call.
          const execBlock = app.execBlock.bind(app);
          (app as { execBlock: App["execBlock"] }).execBlock = (store, block, txs) => {
            const t0 = performance.now();
            const executed = execBlock(store, block, txs);
            execMs += performance.now() - t0;
            for (const r of executed.txResults) {
              if (r.code === 0) continue;
              failed++;
              firstFailure ||= `${r.codespace}:${r.code} ${r.log}`;
            }
            return executed;
          };
          return app;
        },
        mempool: { maxTxs: 100_000, maxBytes: 1 << 30 },
      },
      { logger: nullLogger, clock: () => BENCH_NOW },
    );
    try {
      const open = await node.broadcastTx(m.openSessionTx());
      if (open.code !== 0) throw new Error(`open session: ${open.log}`);
      await produceSoloBlock(node, key, BENCH_NOW);
      if (failed > 0) throw new Error(`open session failed: ${firstFailure}`);
      execMs = 0;
      const tSign = performance.now();
      const txs = m.recordTxs(perRouter);
      const signMs = performance.now() - tSign;
      let checkMs = 0;
      let blockMs = 0;
      let blocks = 0;
      let bytes = 0;
      const checkBlock = async (from: number) => {
        const c0 = performance.now();
        for (const tx of txs.slice(from, from + perBlock)) {
          bytes += tx.length;
          const r = await node.broadcastTx(tx);
          if (r.code !== 0) throw new Error(`CheckTx failed: ${r.log}`);
        }
        checkMs += performance.now() - c0;
      };
      // As on a node: while block n waits for its turn, the txs of block n + 1 arrive (CheckTx on
      // this thread) and the worker verifies block n's receipts; then block n executes (a receipt
      // the worker has not answered yet is verified inline) and commits.
      const t0 = performance.now();
      await checkBlock(0);
      for (let from = 0; from < txs.length; from += perBlock) {
        if (from + perBlock < txs.length) await checkBlock(from + perBlock);
        // Let the worker's answers that arrived be taken in.
        await new Promise((r) => setImmediate(r));
        const b0 = performance.now();
        await produceSoloBlock(node, key, BENCH_NOW);
        blockMs += performance.now() - b0;
        blocks++;
      }
      const totalMs = performance.now() - t0;
      if (failed > 0) throw new Error(`${failed} record txs failed: ${firstFailure}`);
      const receipts = txs.length * RECEIPTS_PER_TX;
      const commitMs = blockMs - execMs;
      const stats = receiptPreverifyStats();
      const perSec = (ms: number) => Math.round(receipts / (ms / 1000));
      return {
        method:
          "in process: CheckTx of block n+1's txs (ante: tx signature and fee; receipts sent to the verifying worker) while the worker verifies block n's receipts, then block n executed (every receipt's ed25519 signature checked: found valid by the worker, else verified inline; tasks stored) and committed to LevelDB (fsync) with the block store",
        redundancy,
        routers: R,
        txs: txs.length,
        receiptsPerTx: RECEIPTS_PER_TX,
        tasksPerTx: RECEIPTS_PER_TX / redundancy,
        receipts,
        blocks,
        txsPerBlock: perBlock,
        txKiB: round(bytes / txs.length / 1024),
        preverify: {
          enabled: preverify && stats.enabled,
          receiptsVerifiedAhead: stats.hits - stats0.hits,
        },
        receiptsPerSec: {
          checkTx: perSec(checkMs),
          execute: perSec(execMs),
          commit: perSec(commitMs),
          endToEnd: perSec(totalMs),
        },
        microsPerReceipt: {
          checkTx: round((checkMs * 1000) / receipts),
          execute: round((execMs * 1000) / receipts),
          commit: round((commitMs * 1000) / receipts),
        },
        presignMs: Math.round(signMs),
      };
    } finally {
      await node.stop();
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * (b) One L2 node process started through the CLI, loaded over JSON-RPC. `BENCH_PROFILE=dir`
 * writes a V8 CPU profile of the node into `dir` (`node --cpu-prof`).
 */
export async function benchL2Rpc(
  opts: {
    redundancy?: number;
    routers?: number;
    txs?: number;
    blockIntervalMs?: number;
    /** Txs per `broadcast_tx_sync` batch request. */
    batch?: number;
    /** The node verifies receipt signatures ahead on a worker thread (default true). */
    preverify?: boolean;
  } = {},
): Promise<Record<string, unknown>> {
  const preverify = opts.preverify ?? true;
  const redundancy = opts.redundancy ?? 2;
  const R = opts.routers ?? 4;
  const perRouter = Math.ceil((opts.txs ?? 400) / R);
  const blockIntervalMs = opts.blockIntervalMs ?? 500;
  const batch = opts.batch ?? 5;
  const m = market({ chainId: "strata-l2-bench", routers: R, redundancy });
  const home = await mkdtemp(join(tmpdir(), "strata-bench-l2-"));
  let child: ChildProcess | undefined;
  try {
    // Through the CLI: init an L2 home, give it the bench's genesis (same validator key), start it.
    await run(process.execPath, [
      STRATA_BIN,
      "init",
      "--home",
      home,
      "--layer",
      "l2",
      "--chain-id",
      m.chainId,
      "--moniker",
      "bench",
      "--block-interval",
      String(blockIntervalMs),
    ]);
    const key = await loadKeyFile(homePaths(home).validatorKey);
    await writeFile(homePaths(home).genesis, `${JSON.stringify(m.genesis(key.pubKey), null, 2)}\n`);
    const [rpcPort, p2pPort] = await reservePorts(2);
    const url = `http://127.0.0.1:${rpcPort}`;
    const log = join(home, "node.log");
    const profileDir = process.env.BENCH_PROFILE;
    const args = ["start", "--home", home, "--rpc-port", String(rpcPort), "--p2p-port", String(p2pPort)];
    child = profileDir ? spawnStrataProfiled(args, log, profileDir) : spawnStrata(args, log, false);
    const proc = child;
    await waitForHeight(url, 1, 60_000, () => proc.exitCode !== null || proc.signalCode !== null);

    const opened = (await rpc(url, {
      jsonrpc: "2.0",
      id: 1,
      method: "broadcast_tx_commit",
      params: { tx: Buffer.from(m.openSessionTx()).toString("base64") },
    })) as { result?: { check_tx: { code: number; log: string }; tx_result: { code: number; log: string } } };
    if (opened.result?.check_tx.code !== 0 || opened.result?.tx_result.code !== 0)
      throw new Error(`open session failed: ${JSON.stringify(opened)}`);

    const tSign = performance.now();
    const txs = m.recordTxs(perRouter);
    const signMs = performance.now() - tSign;

    const commitTime = new Map<string, number>();
    const blocks: { height: number; txs: number; at: number }[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${rpcPort}/websocket`, { maxPayload: 256 * 1024 * 1024 });
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    ws.send(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "subscribe",
        params: { query: "tm.event='NewBlock'" },
      }),
    );
    ws.on("message", (data) => {
      const at = performance.now();
      const msg = JSON.parse(data.toString()) as {
        result?: { data?: { value?: { block?: { header: { height: string }; data: { txs?: string[] } } } } };
      };
      const block = msg.result?.data?.value?.block;
      if (!block) return;
      const list = block.data.txs ?? [];
      blocks.push({ height: Number(block.header.height), txs: list.length, at });
      for (const t of list) commitTime.set(Buffer.from(sha256(Buffer.from(t, "base64"))).toString("hex"), at);
    });
    await new Promise((r) => setTimeout(r, 300));

    // One group per router, one request in flight per group, so each router's txs arrive in
    // sequence order; a full mempool (code 20) is back-pressure: resend before the next batch.
    const sentAt = new Map<string, number>();
    const stats = broadcastStats();
    const first = performance.now();
    await Promise.all(
      m.routers.map(async (_, g) => {
        const mine = txs.filter((_, i) => i % R === g);
        for (let next = 0; next < mine.length; next += batch) {
          const pending = mine.slice(next, next + batch);
          const now = performance.now();
          for (const tx of pending) sentAt.set(Buffer.from(sha256(tx)).toString("hex"), now);
          await broadcastBatch(url, pending, 50, stats);
        }
      }),
    );
    const submitted = performance.now();
    const deadline = Date.now() + 180_000;
    while ([...sentAt.keys()].some((h) => !commitTime.has(h)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    ws.close();
    const committedHashes = [...sentAt.keys()].filter((h) => commitTime.has(h));
    const lastCommit = Math.max(...committedHashes.map((h) => commitTime.get(h)!));
    // Every committed record tx must have succeeded: read the results of the load's blocks.
    const loadBlocks = blocks.filter((b) => b.at >= first && b.at <= lastCommit && b.txs > 0);
    let ok = 0;
    let firstFailure = "";
    for (const b of loadBlocks) {
      const res = (await rpc(url, {
        jsonrpc: "2.0",
        id: 1,
        method: "block_results",
        params: { height: String(b.height) },
      })) as { result: { txs_results: { code: number; log: string; codespace: string }[] | null } };
      for (const r of res.result.txs_results ?? []) {
        if (r.code === 0) ok++;
        else firstFailure ||= `${r.codespace}:${r.code} ${r.log}`;
      }
    }
    const latencies = [...sentAt]
      .filter(([h]) => commitTime.has(h))
      .map(([h, t]) => commitTime.get(h)! - t)
      .sort((a, b) => a - b);
    const pct = (p: number) =>
      round(
        latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN,
      );
    const intervals = loadBlocks
      .slice(1)
      .map((b, i) => b.at - loadBlocks[i]!.at)
      .sort((a, b) => a - b);
    const receipts = ok * RECEIPTS_PER_TX;
    return {
      method: `1 L2 node process (strata start, ${blockIntervalMs} ms blocks), JSON-RPC broadcast_tx_sync batches of ${batch} txs (${R} in flight, one per router) from a second process, commits seen on the WebSocket`,
      redundancy,
      preverify,
      routers: R,
      txs: txs.length,
      receiptsPerTx: RECEIPTS_PER_TX,
      committedTxs: committedHashes.length,
      succeededTxs: ok,
      ...(firstFailure ? { firstFailure } : {}),
      rejectedAtCheckTx: stats.rejected,
      rejectReasons: Object.fromEntries([...stats.reasons].slice(0, 5)),
      resentAfterMempoolFull: stats.mempoolFull,
      committedReceiptsPerSec: Math.round(receipts / ((lastCommit - first) / 1000)),
      ingestReceiptsPerSec: Math.round((txs.length * RECEIPTS_PER_TX) / ((submitted - first) / 1000)),
      latencyMs: { p50: pct(50), p95: pct(95) },
      blockIntervalUnderLoadMs: {
        p50: round(intervals[Math.floor(intervals.length / 2)] ?? Number.NaN),
        max: round(intervals[intervals.length - 1] ?? Number.NaN),
      },
      receiptsPerBlockMax: Math.max(0, ...loadBlocks.map((b) => b.txs)) * RECEIPTS_PER_TX,
      presignMs: Math.round(signMs),
      ...(profileDir ? { profileDir } : {}),
    };
  } finally {
    if (child?.pid) await terminate(child.pid, 30_000);
    if (!process.env.BENCH_KEEP) await rm(home, { recursive: true, force: true });
  }
}

/** `strata <args>` under `node --cpu-prof` (the profile is written when the process exits). */
function spawnStrataProfiled(args: string[], log: string, dir: string): ChildProcess {
  const fd = openSync(log, "a");
  try {
    return spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, STRATA_BIN, ...args], {
      stdio: ["ignore", fd, fd],
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * Both L2 benchmarks: in process with k = 2 (receipts verified ahead on the worker, then all
 * inline for comparison) and k = 1, then over JSON-RPC with k = 2 (worker on, then off).
 */
export async function benchL2(): Promise<Record<string, unknown>> {
  return {
    inProcessK2: await benchL2App({ redundancy: 2 }),
    inProcessK2Inline: await benchL2App({ redundancy: 2, preverify: false }),
    inProcessK1: await benchL2App({ redundancy: 1 }),
    jsonRpcK2: await benchL2Rpc({ redundancy: 2 }),
    jsonRpcK2Inline: await benchL2Rpc({ redundancy: 2, preverify: false }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchL2(), null, 2));
}
