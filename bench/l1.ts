/**
 * L1 throughput and latency, measured against a real node process over JSON-RPC.
 *
 * Method: start a localnet (1 validator, or N validators under BFT) with S funded senders, each
 * validator its own process; pre-sign S×K MsgSend txs with libsecp256k1 (so signing is not measured); push
 * them through `broadcast_tx_sync` in JSON-RPC batches from this process; watch commits on the
 * WebSocket `NewBlock` subscription. Throughput = committed txs / (last commit − first send).
 * Latency = commit event time − send time per tx. The raw libsecp256k1 verify rate is measured
 * in the same run, so the ratio to the one-core signature limit is visible.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import {
  secp256k1AddressBytes,
  secp256k1PublicKey,
  sha256,
  signSecp256k1,
  toAddress,
  verifySecp256k1,
} from "../chain/core/crypto/index.js";
import { nullLogger } from "../chain/core/log/index.js";
import { localnetDown, localnetUp } from "../localnet/index.js";
import { signTransfer } from "./l1App.js";
import { processCpuMs, startProcessProfile } from "./l1Profile.js";
import { broadcastBatch, broadcastStats, round, rpc } from "./util.js";

interface Sender {
  priv: Uint8Array;
  pub: Uint8Array;
  address: string;
  accountNumber: bigint;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Raw libsecp256k1 verifications per second on one core. */
export function benchVerify(count = 20_000): number {
  const priv = randomBytes(32);
  const pub = secp256k1PublicKey(priv);
  const items = Array.from({ length: 256 }, (_, i) => {
    const digest = sha256(Uint8Array.of(i));
    return { digest, sig: signSecp256k1(digest, priv) };
  });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const it = items[i % items.length]!;
    if (!verifySecp256k1(it.sig, it.digest, pub)) throw new Error("verify failed");
  }
  return count / ((performance.now() - t0) / 1000);
}

/** Runs the L1 benchmark; returns the figures as JSON. */
export async function benchL1(
  opts: {
    validators?: number;
    senders?: number;
    perSender?: number;
    blockIntervalMs?: number;
    /** Also measure latency at this offered load (tx/s, open loop) before saturating. */
    offeredRate?: number;
    offeredSeconds?: number;
  } = {},
): Promise<Record<string, unknown>> {
  const V = opts.validators ?? 1;
  const S = opts.senders ?? 500;
  const K = opts.perSender ?? 60;
  const blockIntervalMs = opts.blockIntervalMs ?? 250;
  const verifyPerSec = benchVerify();

  const senders: Sender[] = Array.from({ length: S }, (_, i) => {
    const priv = randomBytes(32);
    const pub = secp256k1PublicKey(priv);
    // Genesis creates accounts in the order given (no development accounts here): numbers 0..S-1.
    return { priv, pub, address: toAddress(secp256k1AddressBytes(pub)), accountNumber: BigInt(i) };
  });
  const home = await mkdtemp(join(tmpdir(), "strata-bench-"));
  try {
    const { manifest } = await localnetUp({
      home,
      detach: true,
      accounts: 0,
      validators: V,
      router: false,
      // L1 alone: an L2 process would take CPU from the validators measured here.
      l2: false,
      blockIntervalMs,
      fund: senders.map((s) => ({ address: s.address, amount: 10n ** 12n })),
      logger: nullLogger,
    });
    const chainId = manifest.chains.l1.chainId;
    const url = manifest.chains.l1.rpc[0]!;
    const port = Number(new URL(url).port);
    const tSign = performance.now();
    // Interleave senders so every block carries many senders' txs in sequence order.
    const txs: Uint8Array[] = [];
    for (let k = 0; k < K; k++)
      for (let i = 0; i < S; i++)
        txs.push(signTransfer(chainId, senders[i]!, senders[(i + 1) % S]!.address, BigInt(k)));
    const signMs = performance.now() - tSign;

    const commitTime = new Map<string, number>();
    const blockTimes: { height: number; txs: number; at: number }[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${port}/websocket`);
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
      blockTimes.push({ height: Number(block.header.height), txs: list.length, at });
      for (const t of list) commitTime.set(Buffer.from(sha256(Buffer.from(t, "base64"))).toString("hex"), at);
    });
    await new Promise((r) => setTimeout(r, 300));

    // Phase 1: light load (one tx at a time) for the latency a single user sees.
    const light: number[] = [];
    for (let i = 0; i < 40; i++) {
      const tx = txs[i]!;
      const hash = Buffer.from(sha256(tx)).toString("hex");
      const t0 = performance.now();
      await rpc(url, {
        jsonrpc: "2.0",
        id: i,
        method: "broadcast_tx_sync",
        params: { tx: Buffer.from(tx).toString("base64") },
      });
      while (!commitTime.has(hash)) await new Promise((r) => setTimeout(r, 2));
      light.push(commitTime.get(hash)! - t0);
    }

    // Phase 2 (optional): an offered load below capacity, open loop: batches of 10 at a fixed
    // rate, for the latency a busy but not saturated chain gives. Txs go out in signing order,
    // which is sequence order per sender.
    let offered: Record<string, unknown> | undefined;
    let next = 40;
    if (opts.offeredRate) {
      const count = Math.min(txs.length - 40, Math.round(opts.offeredRate * (opts.offeredSeconds ?? 20)));
      const sent = new Map<string, number>();
      const intervalMs = (10 * 1000) / opts.offeredRate;
      const t0 = performance.now();
      const pending: Promise<unknown>[] = [];
      // The batch S txs earlier carried the same senders' previous sequences: a batch waits for
      // its answer, so requests overtaking each other on a loaded machine never reorder a
      // sender's txs (below capacity the answer came long before, and this never waits).
      const perRound = Math.ceil(S / 10);
      for (let i = 0; i < count; i += 10) {
        const batch = txs.slice(next + i, next + Math.min(i + 10, count));
        const wait = t0 + (i / 10) * intervalMs - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const previous = pending[pending.length - perRound];
        const send = async () => {
          await previous;
          const now = performance.now();
          for (const tx of batch) sent.set(Buffer.from(sha256(tx)).toString("hex"), now);
          return rpc(
            url,
            batch.map((tx, j) => ({
              jsonrpc: "2.0",
              id: j,
              method: "broadcast_tx_sync",
              params: { tx: Buffer.from(tx).toString("base64") },
            })),
          );
        };
        pending.push(send());
      }
      await Promise.all(pending);
      const deadline = Date.now() + 60_000;
      while ([...sent.keys()].some((h) => !commitTime.has(h)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      const lat = [...sent]
        .filter(([h]) => commitTime.has(h))
        .map(([h, t]) => commitTime.get(h)! - t)
        .sort((a, b) => a - b);
      offered = {
        txPerSec: opts.offeredRate,
        txs: count,
        committed: lat.length,
        latencyMs: { p50: round(percentile(lat, 50)), p95: round(percentile(lat, 95)) },
      };
      next += count;
    }

    // Phase 3: saturation. Senders are split into 4 disjoint groups, one HTTP request in flight
    // per group (batches of 100 broadcast_tx_sync), so each sender's txs arrive in sequence order.
    const load = txs.slice(next);
    const sentAt = new Map<string, number>();
    // BENCH_PROFILE=dir: a CPU profile of validator-0 over this phase (V8 inspector).
    const profileDir = process.env.BENCH_PROFILE;
    const pid = manifest.chains.l1.nodes[0]?.pid;
    const profiler = profileDir && pid ? await startProcessProfile(pid, profileDir) : undefined;
    // CPU the validator processes spend over the phase, and the node's main thread alone.
    const pids = manifest.chains.l1.nodes.map((n) => n.pid).filter((p): p is number => p !== undefined);
    const cpu0 = pids.map((p) => processCpuMs(p));
    const main0 = pid ? processCpuMs(pid, pid) : 0;
    const load0 = loadavg()[0]!;
    const first = performance.now();
    const stats = broadcastStats();
    const groups = 4;
    const worker = async (g: number) => {
      const mine = load.filter((_, i) => ((i + next) % S) % groups === g);
      for (let next = 0; next < mine.length; next += 100) {
        const batch = mine.slice(next, next + 100);
        const now = performance.now();
        for (const tx of batch) sentAt.set(Buffer.from(sha256(tx)).toString("hex"), now);
        await broadcastBatch(url, batch, 100, stats);
      }
    };
    await Promise.all(Array.from({ length: groups }, (_, g) => worker(g)));
    const submitted = performance.now();
    const deadline = Date.now() + 120_000;
    while ([...sentAt.keys()].some((h) => !commitTime.has(h)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const cpuMs = pids.reduce((sum, p, i) => sum + processCpuMs(p) - cpu0[i]!, 0);
    const mainMs = pid ? processCpuMs(pid, pid) - main0 : 0;
    const load1 = loadavg()[0]!;
    const profilePath = await profiler?.stop(`l1-validator0-${V}v-${Date.now()}`);
    const lastCommit = Math.max(...[...sentAt.keys()].map((h) => commitTime.get(h) ?? 0));
    const committed = [...sentAt.keys()].filter((h) => commitTime.has(h)).length;
    const latencies = [...sentAt]
      .filter(([h]) => commitTime.has(h))
      .map(([h, t]) => commitTime.get(h)! - t)
      .sort((a, b) => a - b);
    light.sort((a, b) => a - b);
    ws.close();

    const loadBlocks = blockTimes.filter((b) => b.at >= first && b.at <= lastCommit && b.txs > 0);
    const intervals = loadBlocks
      .slice(1)
      .map((b, i) => b.at - loadBlocks[i]!.at)
      .sort((a, b) => a - b);
    const committedPerSec = committed / ((lastCommit - first) / 1000);
    return {
      secp256k1VerifyPerSecOneCore: Math.round(verifyPerSec),
      l1: {
        method:
          "1 validator process, JSON-RPC broadcast_tx_sync batches of 100 (4 in flight) from a second process, commits seen on the WebSocket",
        senders: S,
        txs: load.length,
        committed,
        rejectedAtCheckTx: stats.rejected,
        rejectReasons: Object.fromEntries([...stats.reasons].slice(0, 5)),
        resentAfterMempoolFull: stats.mempoolFull,
        blockIntervalMs,
        committedTransfersPerSec: Math.round(committedPerSec),
        ingestTxPerSec: Math.round(load.length / ((submitted - first) / 1000)),
        ratioToOneCoreVerifyLimit: round(committedPerSec / verifyPerSec, 3),
        latencyUnderLoadMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) },
        latencyLightLoadMs: { p50: round(percentile(light, 50)), p95: round(percentile(light, 95)) },
        ...(offered ? { offeredLoad: offered } : {}),
        blockIntervalUnderLoadMs: {
          p50: round(percentile(intervals, 50)),
          max: round(intervals[intervals.length - 1] ?? Number.NaN),
        },
        txsPerBlockMax: Math.max(0, ...loadBlocks.map((b) => b.txs)),
        presignMs: Math.round(signMs),
        // Load-robust figures: CPU of the validator processes per committed tx (all threads),
        // and of validator-0's main thread; 1e6 / µs is the rate one free core would allow.
        cpuMicrosPerTx: {
          validators: Math.round((cpuMs * 1000) / Math.max(1, committed)),
          validator0MainThread: Math.round((mainMs * 1000) / Math.max(1, committed)),
        },
        loadAverage1m: { start: round(load0, 2), end: round(load1, 2) },
        ...(profilePath ? { profile: profilePath } : {}),
      },
    };
  } finally {
    await localnetDown(home).catch(() => undefined);
    // BENCH_KEEP=1 leaves the localnet home (logs) for inspection.
    if (!process.env.BENCH_KEEP) await rm(home, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchL1(), null, 2));
}
