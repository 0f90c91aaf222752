/**
 * Router overhead benchmark: the same streamed completions sent straight to a backend router
 * (llama.cpp, built-in tiny model) and through a gateway router in front of it
 * (`--backend openai --upstream <backend>`), at 1 and 32 concurrent streams. Reports latency
 * and time-to-first-token percentiles of both and what the gateway adds.
 *
 * A second part measures recording on L2: the same requests to a router started with `--l2`
 * (session key auth, receipt signing, the fsynced journal before `[DONE]`, the recorder in the
 * background) beside the same router without it, and how long the recorder takes to have every
 * task recorded and revealed.
 *
 * Run alone: `node --import tsx bench/router.ts` (prints JSON); `bench/run.ts` calls
 * {@link benchRouter}.
 */

import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { ed25519Generate } from "../chain/core/crypto/index.js";
import {
  connectStrataL2,
  msgAttestModel,
  msgOpenSession,
  msgPublishModel,
  msgRegisterNode,
  newApiKey,
  Role,
} from "../client/index.js";
import { freePort, STRATA_BIN, waitForHeight } from "../localnet/index.js";
import { buildTinyModel, digestFile, type RouterProcess, spawnRouterProcess } from "../router-node/index.js";

const TOKENS = 16;
const BODY = JSON.stringify({
  model: "tiny",
  prompt: "hello",
  max_tokens: TOKENS,
  temperature: 0,
  stream: true,
});
const EXPECTED_FIRST = '"text":"p"';

interface Sample {
  latencyMs: number;
  ttftMs: number;
}

/** Nearest-rank percentile of an unsorted list. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** One streamed request; TTFT is the first body byte (both routers send headers with the first token). */
function streamOnce(target: URL, agent: http.Agent, headers: Record<string, string> = {}): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ttft = -1;
    let body = "";
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: "/v1/completions",
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(BODY),
          ...headers,
        },
      },
      (res) => {
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          if (ttft < 0) ttft = performance.now() - t0;
          body += d;
        });
        res.on("end", () => {
          const latency = performance.now() - t0;
          if (
            res.statusCode !== 200 ||
            !body.endsWith("data: [DONE]\n\n") ||
            !body.includes(EXPECTED_FIRST)
          ) {
            reject(new Error(`bad answer from ${target.host}: HTTP ${res.statusCode} ${body.slice(0, 200)}`));
          } else {
            resolve({ latencyMs: latency, ttftMs: ttft });
          }
        });
      },
    );
    req.on("error", reject);
    req.end(BODY);
  });
}

/** `workers` closed-loop clients, each sending `perWorker` requests back to back. */
async function block(
  target: URL,
  agent: http.Agent,
  workers: number,
  perWorker: number,
  headers: Record<string, string> = {},
): Promise<Sample[]> {
  const out: Sample[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = 0; i < perWorker; i++) out.push(await streamOnce(target, agent, headers));
    }),
  );
  return out;
}

function summary(samples: Sample[]) {
  const lat = samples.map((s) => s.latencyMs);
  const ttft = samples.map((s) => s.ttftMs);
  return {
    samples: samples.length,
    latency_p50_ms: round2(percentile(lat, 50)),
    latency_p99_ms: round2(percentile(lat, 99)),
    ttft_p50_ms: round2(percentile(ttft, 50)),
    ttft_p99_ms: round2(percentile(ttft, 99)),
  };
}

// Baseline: the least a Node process can do to relay the same stream (no parsing, no policy,
// `pipe()` of the upstream body). It tells what any extra hop costs on this machine.
const PIPE_PROXY = `
const http = require("node:http");
const up = new URL(process.argv[1]);
const agent = new http.Agent({ keepAlive: true });
const server = http.createServer({ noDelay: true }, (req, res) => {
  const parts = [];
  req.on("data", (c) => parts.push(c));
  req.on("end", () => {
    const body = Buffer.concat(parts);
    const u = http.request({ host: up.hostname, port: up.port, path: req.url, method: req.method, agent,
      headers: { "content-type": "application/json", "content-length": body.length } }, (ur) => {
      res.writeHead(ur.statusCode, ur.headers);
      ur.pipe(res);
    });
    u.end(body);
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
process.on("SIGTERM", () => process.exit(0));
`;

interface Proc {
  url: URL;
  pid: number | undefined;
  stop(): Promise<void>;
}

function spawnPipeProxy(upstream: string): Promise<Proc> {
  const proc = spawn(process.execPath, ["-e", PIPE_PROXY, upstream], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    proc.stdout.setEncoding("utf8").once("data", (port: string) =>
      resolve({
        url: new URL(`http://127.0.0.1:${port.trim()}`),
        pid: proc.pid,
        async stop() {
          proc.kill("SIGTERM");
          await exited;
        },
      }),
    );
    exited.then(() => reject(new Error("pipe proxy exited before listening")));
  });
}

const fromRouter = (r: RouterProcess): Proc => ({
  url: new URL(r.url),
  pid: r.proc.pid,
  stop: () => r.stop(),
});

/**
 * CPU time (user + system) a process has used, in ms, from `/proc/<pid>/stat` (Linux; USER_HZ
 * is 100 there). Unlike latency, this does not depend on what else the machine is running.
 */
async function cpuMs(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Measures what a gateway router adds over calling the backend directly. Direct and routed
 * blocks alternate so drift (other load on the machine, warm-up) hits both alike.
 */
export async function benchRouter(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(os.tmpdir(), "strata-bench-router-"));
  const modelPath = join(dir, "tiny.gguf");
  await writeFile(modelPath, buildTinyModel({ seed: 1, variant: "bigram" }).bytes);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const procs: Proc[] = [];
  const started = performance.now();
  try {
    const backendProc = await spawnRouterProcess([
      "--model",
      modelPath,
      "--parallel",
      "32",
      "--context-size",
      "256",
      "--log-level",
      "warn",
    ]);
    const backend = fromRouter(backendProc);
    procs.push(backend);
    const [gateway, pipe] = await Promise.all([
      spawnRouterProcess([
        "--backend",
        "openai",
        "--upstream",
        backendProc.baseURL,
        // Declared capacity above the load, so the gateway never queues what the backend would not.
        "--capacity",
        "64",
        "--log-level",
        "warn",
      ]).then(fromRouter),
      spawnPipeProxy(backendProc.url),
    ]);
    procs.push(gateway, pipe);
    const targets = { direct: backend, through_router: gateway, through_pipe_proxy: pipe };
    for (const t of Object.values(targets)) await block(t.url, agent, 4, 10);

    const plan = [
      { concurrency: 1, rounds: 4, perWorker: 40 },
      { concurrency: 32, rounds: 3, perWorker: 4 },
    ];
    const results: Record<string, Record<string, unknown>> = {};
    for (const { concurrency, rounds, perWorker } of plan) {
      const samples: Record<string, Sample[]> = { direct: [], through_router: [], through_pipe_proxy: [] };
      const cpu: Record<string, number> = { direct: 0, through_router: 0, through_pipe_proxy: 0 };
      // Rounds alternate the targets so drift (other load, warm-up) hits all alike.
      for (let i = 0; i < rounds; i++) {
        for (const [name, t] of Object.entries(targets)) {
          const before = await cpuMs(t.pid);
          samples[name]!.push(...(await block(t.url, agent, concurrency, perWorker)));
          cpu[name]! += (await cpuMs(t.pid)) - before;
        }
      }
      const direct = summary(samples.direct!);
      const out: Record<string, unknown> = { direct };
      for (const name of ["through_router", "through_pipe_proxy"]) {
        const s = summary(samples[name]!);
        out[name] = {
          ...s,
          added_latency_p50_ms: round2(s.latency_p50_ms - direct.latency_p50_ms),
          added_latency_p99_ms: round2(s.latency_p99_ms - direct.latency_p99_ms),
          added_ttft_p50_ms: round2(s.ttft_p50_ms - direct.ttft_p50_ms),
          added_ttft_p99_ms: round2(s.ttft_p99_ms - direct.ttft_p99_ms),
          hop_cpu_ms_per_request: round2(cpu[name]! / samples[name]!.length),
        };
      }
      results[`c${concurrency}`] = out;
    }
    const added = (c: string, k: string): number =>
      (results[c]!.through_router as Record<string, number>)[k] ?? Number.NaN;
    const met = (c: string): boolean =>
      added(c, "added_latency_p50_ms") <= 2 && added(c, "added_latency_p99_ms") <= 10;
    const recording = await benchRecording(modelPath, backend, agent, dir);
    return {
      bench: "router overhead",
      method:
        "streamed /v1/completions (16 tokens, greedy, built-in bigram tiny model) sent directly to a backend " +
        "router (llama.cpp, --parallel 32), through a gateway router (--backend openai --upstream backend), and " +
        "through a bare Node pipe() proxy (the floor of any extra hop); closed-loop clients; targets alternate " +
        "in rounds; added = percentile through the hop - direct percentile; hop CPU from /proc (10 ms ticks)",
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? "?",
        loadavg_1m: round2(os.loadavg()[0]!),
      },
      target: { added_latency_p50_ms: 2, added_latency_p99_ms: 10 },
      results,
      target_met: { c1: met("c1"), c32: met("c32") },
      recording,
      duration_s: round2((performance.now() - started) / 1000),
    };
  } finally {
    agent.destroy();
    await Promise.allSettled(procs.map((p) => p.stop()));
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs `strata …args`; rejects with its stderr on a non-zero exit. */
function strataCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [STRATA_BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    p.stderr.setEncoding("utf8").on("data", (d: string) => {
      err += d;
    });
    p.once("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`strata ${args[0]} failed: ${err}`)),
    );
  });
}

/**
 * Recording on vs off: an L2 node (solo, 200 ms blocks) and a router with `--l2` serving the same
 * file as `direct`, for a redundancy-1 session; the same streamed requests alternate between the
 * two. Then the time until the recorder has every task recorded and revealed.
 */
async function benchRecording(
  modelPath: string,
  direct: Proc,
  agent: http.Agent,
  dir: string,
): Promise<Record<string, unknown>> {
  const nodeHome = join(dir, "l2");
  const keyHome = join(dir, "keys");
  const [owner, operator] = await Promise.all([
    DirectSecp256k1HdWallet.generate(12, { prefix: "strata" }),
    DirectSecp256k1HdWallet.generate(12, { prefix: "strata" }),
  ]);
  const [ownerAddr, operatorAddr] = [
    (await owner.getAccounts())[0]!.address,
    (await operator.getAccounts())[0]!.address,
  ];
  await strataCli([
    "init",
    "--home",
    nodeHome,
    "--layer",
    "l2",
    "--chain-id",
    "bench-l2",
    "--block-interval",
    "200",
    "--fund",
    `${ownerAddr}=100000000000`,
    "--fund",
    `${operatorAddr}=100000000000`,
  ]);
  const rpcPort = await freePort();
  const rpc = `http://127.0.0.1:${rpcPort}`;
  const nodeProc = spawn(
    process.execPath,
    [
      STRATA_BIN,
      "start",
      "--home",
      nodeHome,
      "--rpc-port",
      String(rpcPort),
      "--p2p-port",
      String(await freePort()),
    ],
    { stdio: ["ignore", "ignore", "ignore"] },
  );
  const nodeExited = new Promise<void>((resolve) => nodeProc.once("exit", () => resolve()));
  let router: RouterProcess | undefined;
  const client = { current: undefined as Awaited<ReturnType<typeof connectStrataL2>> | undefined };
  try {
    await waitForHeight(rpc, 1, 30_000, () => nodeProc.exitCode !== null);
    client.current = await connectStrataL2(rpc, { signer: owner, broadcastPollIntervalMs: 100 });
    const l2 = client.current;
    const digest = await digestFile(modelPath);
    // The owner publishes the model and, as a guard, attests it (sessions need a VERIFIED version).
    await l2.submit(ownerAddr, [
      msgPublishModel({
        owner: ownerAddr,
        name: "tiny",
        version: "1",
        weightsSha256: digest,
        weightsSize: (await readFile(modelPath)).length,
        format: "gguf",
        quantization: "F32",
        storageUris: [`file://${modelPath}`],
        priceInputPer_1k: "1",
        priceOutputPer_1k: "1",
      }),
      msgRegisterNode({
        operator: ownerAddr,
        roles: [Role.ROLE_GUARD],
        pubkey: ed25519Generate().key.pubKey,
        pricePer_1k: "0",
        stake: "1000000",
      }),
      msgAttestModel({ guard: ownerAddr, id: "tiny@1", weightsSha256: digest }),
    ]);
    const mnemonic = join(dir, "operator.txt");
    await writeFile(mnemonic, operator.mnemonic);
    await strataCli([
      "keys",
      "add",
      "op",
      "--recover",
      "--mnemonic-file",
      mnemonic,
      "--keyring-backend",
      "test",
      "--home",
      keyHome,
    ]);
    router = await spawnRouterProcess([
      "--model",
      modelPath,
      "--parallel",
      "32",
      "--context-size",
      "256",
      "--l2",
      rpc,
      "--key",
      "op",
      "--keyring-home",
      keyHome,
      "--keyring-backend",
      "test",
      "--home",
      join(dir, "router-home"),
      "--log-level",
      "warn",
    ]);
    const key = newApiKey();
    await l2.submit(ownerAddr, [
      msgOpenSession({
        owner: ownerAddr,
        model: "tiny@1",
        redundancy: 1,
        maxPricePer_1k: "1",
        deposit: "10000000000",
        apiKeySha256: key.sha256,
        durationBlocks: 1_000_000,
      }),
    ]);
    const recorded = fromRouter(router);
    const auth = { authorization: `Bearer ${key.key}` };
    await block(recorded.url, agent, 4, 10, auth);
    const results: Record<string, unknown> = {};
    for (const { concurrency, rounds, perWorker } of [
      { concurrency: 1, rounds: 4, perWorker: 30 },
      { concurrency: 8, rounds: 3, perWorker: 5 },
    ]) {
      const off: Sample[] = [];
      const on: Sample[] = [];
      for (let i = 0; i < rounds; i++) {
        off.push(...(await block(direct.url, agent, concurrency, perWorker)));
        on.push(...(await block(recorded.url, agent, concurrency, perWorker, auth)));
      }
      const a = summary(off);
      const b = summary(on);
      results[`c${concurrency}`] = {
        recording_off: a,
        recording_on: b,
        added_latency_p50_ms: round2(b.latency_p50_ms - a.latency_p50_ms),
        added_latency_p99_ms: round2(b.latency_p99_ms - a.latency_p99_ms),
        added_ttft_p50_ms: round2(b.ttft_p50_ms - a.ttft_p50_ms),
      };
    }
    // Every answered task on chain: wait for the recorder to drain (bounded).
    const drainStart = performance.now();
    let health: { l2: { tasks: { pending_record: number; pending_reveal: number } } } | undefined;
    while (performance.now() - drainStart < 120_000) {
      health = (await (await fetch(`${router.url}/health`)).json()) as typeof health;
      if (health!.l2.tasks.pending_record + health!.l2.tasks.pending_reveal === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const metrics = await (await fetch(`${router.url}/metrics`)).text();
    const count = (name: string): number =>
      Number(new RegExp(`^${name} (\\d+)`, "m").exec(metrics)?.[1] ?? Number.NaN);
    return {
      method:
        "streamed /v1/completions (16 tokens) to the same model file served by a router without --l2 (recording off) " +
        "and one with --l2 (session key auth from the cache, receipt signed, journal fsynced before [DONE], recorder " +
        "batching MsgRecordTasks / MsgRevealResults in the background); 1-validator L2, 200 ms blocks; rounds alternate",
      results,
      tasks_recorded: count("strata_router_tasks_recorded_total"),
      tasks_revealed: count("strata_router_tasks_revealed_total"),
      drained_after_s: round2((performance.now() - drainStart) / 1000),
    };
  } finally {
    client.current?.disconnect();
    await router?.stop();
    nodeProc.kill("SIGTERM");
    await nodeExited;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchRouter(), null, 2));
}
