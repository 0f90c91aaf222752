import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { StrataError } from "../chain/core/errors/index.js";
import type { Logger } from "../chain/core/log/index.js";
import { L1_DENOM } from "../chain/l1/index.js";
import { initHome } from "../cli/commands/node.js";
import { buildTinyModel, digestFile } from "../router-node/index.js";
import {
  type LocalnetManifest,
  type ManifestNode,
  type ManifestRouter,
  readManifest,
  writeManifest,
} from "./manifest.js";
import { freePort } from "./ports.js";
import { isAlive, spawnStrata, terminate, waitForHeight, waitForHttp } from "./processes.js";

/** Options of {@link localnetUp}. */
export interface LocalnetOptions {
  home: string;
  /** Return once healthy and leave the processes running (`localnet down` stops them). */
  detach: boolean;
  /** Number of funded development accounts; default 5. */
  accounts?: number;
  /** L1 block interval in ms; default 500. */
  blockIntervalMs?: number;
  /** Start a router node with the built-in tiny model; default true. */
  router?: boolean;
  logger: Logger;
}

/** A localnet started by this process. */
export interface Localnet {
  manifest: LocalnetManifest;
  /** Stops every process this supervisor started. */
  stop(): Promise<void>;
}

const L1_CHAIN_ID = "strata-l1-local";
const DEV_BALANCE = 1_000_000_000_000n;

/** One supervised process: how to start it on a port and how to know it is ready. */
interface Service {
  name: string;
  log: string;
  /** Called with a fresh port; records where the service listens and returns its CLI args. */
  args(port: number): string[];
  ready(isDead: () => boolean): Promise<unknown>;
  setPid(pid: number | undefined): void;
}

async function createManifest(home: string, opts: LocalnetOptions): Promise<LocalnetManifest> {
  const accounts = [];
  for (let i = 0; i < (opts.accounts ?? 5); i++) {
    const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "strata" });
    const [acc] = await wallet.getAccounts();
    accounts.push({ name: `dev${i}`, mnemonic: wallet.mnemonic, address: acc!.address });
  }
  const nodeHome = join(home, "l1", "validator-0");
  await initHome({
    home: nodeHome,
    chainId: L1_CHAIN_ID,
    moniker: "validator-0",
    fund: accounts.map((a) => ({ address: a.address, amount: DEV_BALANCE })),
    blockIntervalMs: opts.blockIntervalMs ?? 500,
  });
  const node: ManifestNode = {
    name: "validator-0",
    home: nodeHome,
    rpc: "",
    log: join(home, "logs", "l1-validator-0.log"),
  };
  const routers: ManifestRouter[] = [];
  if (opts.router ?? true) {
    // The built-in model: generated, not downloaded, byte-identical on every machine.
    const modelFile = join(home, "models", "tiny.gguf");
    await mkdir(join(home, "models"), { recursive: true });
    await writeFile(modelFile, buildTinyModel({ seed: 1, variant: "bigram" }).bytes);
    routers.push({
      name: "router-0",
      url: "",
      openaiBaseUrl: "",
      model: "tiny",
      modelFile,
      digest: await digestFile(modelFile),
      log: join(home, "logs", "router-0.log"),
    });
  }
  return {
    version: 1,
    chains: { l1: { chainId: L1_CHAIN_ID, rpc: [], nodes: [node] } },
    routers,
    denom: L1_DENOM,
    accounts,
  };
}

function services(manifest: LocalnetManifest): Service[] {
  const out: Service[] = [];
  for (const chain of Object.values(manifest.chains)) {
    for (const node of chain.nodes) {
      out.push({
        name: node.name,
        log: node.log,
        args: (port) => {
          node.rpc = `http://127.0.0.1:${port}`;
          chain.rpc = chain.nodes.map((n) => n.rpc);
          return ["start", "--home", node.home, "--rpc-port", String(port)];
        },
        ready: (isDead) => waitForHeight(node.rpc, 1, 60_000, isDead),
        setPid: (pid) => {
          node.pid = pid;
        },
      });
    }
  }
  for (const router of manifest.routers ?? []) {
    out.push({
      name: router.name,
      log: router.log,
      args: (port) => {
        router.url = `http://127.0.0.1:${port}`;
        router.openaiBaseUrl = `${router.url}/v1`;
        return [
          "router",
          "start",
          "--model",
          router.modelFile,
          "--model-id",
          router.model,
          "--port",
          String(port),
        ];
      },
      ready: (isDead) => waitForHttp(`${router.url}/health`, 60_000, isDead),
      setPid: (pid) => {
        router.pid = pid;
      },
    });
  }
  return out;
}

function pids(manifest: LocalnetManifest): (number | undefined)[] {
  return [
    ...Object.values(manifest.chains).flatMap((c) => c.nodes.map((n) => n.pid)),
    ...(manifest.routers ?? []).map((r) => r.pid),
  ];
}

/**
 * Starts the localnet in `home` (creating it on first use, reusing its chain state after): the L1
 * validator and a router with the built-in model, each its own OS process. Waits until every
 * service is healthy and writes `home/localnet.json`.
 * @throws StrataError(localnet) when it is already running or a service fails to start.
 */
export async function localnetUp(opts: LocalnetOptions): Promise<Localnet> {
  const home = resolve(opts.home);
  await mkdir(join(home, "logs"), { recursive: true });
  let manifest: LocalnetManifest;
  if (existsSync(join(home, "localnet.json"))) {
    manifest = await readManifest(home);
    manifest.routers ??= [];
    const running = pids(manifest).filter((pid) => pid !== undefined && isAlive(pid));
    if (running.length > 0 || (manifest.supervisorPid && isAlive(manifest.supervisorPid))) {
      throw new StrataError(
        "localnet",
        2,
        `localnet in ${home} is already running (pid ${running[0] ?? manifest.supervisorPid}); run \`strata localnet down --home ${opts.home}\``,
      );
    }
  } else {
    manifest = await createManifest(home, opts);
  }

  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const start = async (svc: Service): Promise<void> => {
    const port = await freePort();
    const child = spawnStrata(svc.args(port), svc.log, opts.detach);
    children.set(svc.name, child);
    svc.setPid(child.pid);
    child.on("exit", (code, signal) => {
      if (stopping || opts.detach) return;
      // The supervisor restarts a crashed service; a chain node recovers to its last committed block.
      opts.logger.warn("process exited; restarting", { name: svc.name, code, signal });
      setTimeout(() => {
        if (stopping) return;
        start(svc)
          .then(() => writeManifest(home, manifest))
          .catch((err) => opts.logger.error("restart failed", { name: svc.name, err }));
      }, 1000);
    });
    await svc.ready(() => child.exitCode !== null || child.signalCode !== null);
  };

  const stop = async () => {
    stopping = true;
    await Promise.all([...children.values()].map((c) => (c.pid ? terminate(c.pid) : undefined)));
    for (const svc of services(manifest)) svc.setPid(undefined);
    delete manifest.supervisorPid;
    await writeManifest(home, manifest);
  };

  try {
    // Services start one after another: on two cores, parallel start-ups only slow each other.
    for (const svc of services(manifest)) await start(svc);
  } catch (err) {
    await stop();
    throw new StrataError(
      "localnet",
      3,
      `localnet failed to start: ${(err as Error).message} (see logs in ${join(home, "logs")})`,
    );
  }
  if (opts.detach) {
    for (const c of children.values()) c.unref();
  } else {
    manifest.supervisorPid = process.pid;
  }
  await writeManifest(home, manifest);
  return { manifest, stop };
}

/** Stops a localnet started with `--detach` (or its foreground supervisor). */
export async function localnetDown(home: string): Promise<{ stopped: number }> {
  const manifest = await readManifest(resolve(home));
  let stopped = 0;
  if (manifest.supervisorPid && isAlive(manifest.supervisorPid) && manifest.supervisorPid !== process.pid) {
    await terminate(manifest.supervisorPid, 30_000);
    stopped++;
  }
  for (const pid of pids(manifest)) {
    if (pid !== undefined && isAlive(pid)) {
      await terminate(pid);
      stopped++;
    }
  }
  for (const svc of services(manifest)) svc.setPid(undefined);
  delete manifest.supervisorPid;
  await writeManifest(resolve(home), manifest);
  return { stopped };
}

/** Status of every service of a localnet: alive, and a chain node's height when reachable. */
export async function localnetStatus(
  home: string,
): Promise<{ kind: string; name: string; url: string; running: boolean; height?: number }[]> {
  const manifest = await readManifest(resolve(home));
  const out = [];
  for (const [chain, c] of Object.entries(manifest.chains)) {
    for (const n of c.nodes) {
      const running = n.pid !== undefined && isAlive(n.pid);
      let height: number | undefined;
      if (running) height = await waitForHeight(n.rpc, 0, 2000, () => false).catch(() => undefined);
      out.push({
        kind: chain,
        name: n.name,
        url: n.rpc,
        running,
        ...(height !== undefined ? { height } : {}),
      });
    }
  }
  for (const r of manifest.routers ?? []) {
    out.push({
      kind: "router",
      name: r.name,
      url: r.openaiBaseUrl,
      running: r.pid !== undefined && isAlive(r.pid),
    });
  }
  return out;
}
