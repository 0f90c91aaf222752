import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { StrataError } from "../chain/core/errors/index.js";
import type { Logger } from "../chain/core/log/index.js";
import { L1_DENOM } from "../chain/l1/index.js";
import { initHome } from "../cli/commands/node.js";
import { type LocalnetManifest, type ManifestNode, readManifest, writeManifest } from "./manifest.js";
import { freePort } from "./ports.js";
import { isAlive, spawnStrata, terminate, waitForHeight } from "./processes.js";

/** Options of {@link localnetUp}. */
export interface LocalnetOptions {
  home: string;
  /** Return once healthy and leave the processes running (`localnet down` stops them). */
  detach: boolean;
  /** Number of funded development accounts; default 5. */
  accounts?: number;
  /** L1 block interval in ms; default 500. */
  blockIntervalMs?: number;
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
  return {
    version: 1,
    chains: { l1: { chainId: L1_CHAIN_ID, rpc: [], nodes: [node] } },
    denom: L1_DENOM,
    accounts,
  };
}

/**
 * Starts the localnet in `home` (creating it on first use, reusing its chain state after), waits
 * until every node commits blocks, and writes `home/localnet.json`.
 * @throws StrataError(localnet) when it is already running or a node fails to start.
 */
export async function localnetUp(opts: LocalnetOptions): Promise<Localnet> {
  const home = resolve(opts.home);
  await mkdir(join(home, "logs"), { recursive: true });
  let manifest: LocalnetManifest;
  if (existsSync(join(home, "localnet.json"))) {
    manifest = await readManifest(home);
    const running = Object.values(manifest.chains)
      .flatMap((c) => c.nodes)
      .filter((n) => n.pid && isAlive(n.pid));
    if (running.length > 0 || (manifest.supervisorPid && isAlive(manifest.supervisorPid))) {
      throw new StrataError(
        "localnet",
        2,
        `localnet in ${home} is already running (pid ${running[0]?.pid ?? manifest.supervisorPid}); run \`strata localnet down --home ${opts.home}\``,
      );
    }
  } else {
    manifest = await createManifest(home, opts);
  }

  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const startNode = async (node: ManifestNode): Promise<void> => {
    const port = await freePort();
    node.rpc = `http://127.0.0.1:${port}`;
    const child = spawnStrata(
      ["start", "--home", node.home, "--rpc-port", String(port)],
      node.log,
      opts.detach,
    );
    children.set(node.name, child);
    node.pid = child.pid;
    child.on("exit", (code, signal) => {
      if (stopping || opts.detach) return;
      // The supervisor restarts a crashed node; its store recovers to the last committed block.
      opts.logger.warn("node exited; restarting", { node: node.name, code, signal });
      setTimeout(() => {
        if (!stopping)
          startNode(node)
            .then(() => writeManifest(home, manifest))
            .catch((err) => opts.logger.error("restart failed", { node: node.name, err }));
      }, 1000);
    });
    await waitForHeight(node.rpc, 1, 60_000, () => child.exitCode !== null);
  };

  const stop = async () => {
    stopping = true;
    await Promise.all([...children.values()].map((c) => (c.pid ? terminate(c.pid) : undefined)));
    for (const chain of Object.values(manifest.chains)) for (const n of chain.nodes) delete n.pid;
    delete manifest.supervisorPid;
    await writeManifest(home, manifest);
  };

  try {
    for (const chain of Object.values(manifest.chains)) {
      for (const node of chain.nodes) await startNode(node);
      chain.rpc = chain.nodes.map((n) => n.rpc);
    }
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
  for (const chain of Object.values(manifest.chains)) {
    for (const n of chain.nodes) {
      if (n.pid && isAlive(n.pid)) {
        await terminate(n.pid);
        stopped++;
      }
      delete n.pid;
    }
  }
  delete manifest.supervisorPid;
  await writeManifest(resolve(home), manifest);
  return { stopped };
}

/** Status of every node of a localnet: alive, and its height when reachable. */
export async function localnetStatus(
  home: string,
): Promise<{ chain: string; name: string; rpc: string; running: boolean; height?: number }[]> {
  const manifest = await readManifest(resolve(home));
  const out = [];
  for (const [chain, c] of Object.entries(manifest.chains)) {
    for (const n of c.nodes) {
      const running = n.pid !== undefined && isAlive(n.pid);
      let height: number | undefined;
      if (running) height = await waitForHeight(n.rpc, 0, 2000, () => false).catch(() => undefined);
      out.push({ chain, name: n.name, rpc: n.rpc, running, ...(height !== undefined ? { height } : {}) });
    }
  }
  return out;
}
