import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { StrataError } from "../chain/core/errors/index.js";
import type { Logger } from "../chain/core/log/index.js";
import { homePaths, loadKeyFile, readConfig, readGenesis, writeConfig } from "../chain/core/node/index.js";
import { nodeIdFromPubKey } from "../chain/core/p2p/index.js";
import { buildL1Genesis, L1_DENOM } from "../chain/l1/index.js";
import { initHome } from "../cli/commands/node.js";
import { buildTinyModel, digestFile } from "../router-node/index.js";
import {
  type LocalnetManifest,
  type ManifestAccount,
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
  /** Number of L1 validators, each its own process; default 1. */
  validators?: number;
  /** Most txs in one block (consensus parameter); default 10,000, 2,000 with several validators. */
  maxBlockTxs?: number;
  /** Enable operator-only RPC methods on the chain nodes (fault tests make partitions with them). */
  unsafeRpc?: boolean;
  /** Extra accounts funded at genesis (after the development accounts), e.g. benchmark senders. */
  fund?: { address: string; amount: bigint }[];
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
// Operators bond 10 units of power (10^7 ustra) and keep the rest for fees.
const OPERATOR_BALANCE = 1_000_000_000n;

/** One supervised process: how to start it on a port and how to know it is ready. */
interface Service {
  kind: "chain" | "router";
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
  const count = opts.validators ?? 1;
  const funded = [
    ...accounts.map((a) => ({ address: a.address, amount: DEV_BALANCE })),
    ...(opts.fund ?? []),
  ];
  const nodes: ManifestNode[] = [];
  for (let i = 0; i < count; i++) {
    const nodeHome = join(home, "l1", `validator-${i}`);
    await initHome({
      home: nodeHome,
      chainId: L1_CHAIN_ID,
      moniker: `validator-${i}`,
      fund: funded,
      blockIntervalMs: opts.blockIntervalMs ?? 500,
    });
    nodes.push({
      name: `validator-${i}`,
      home: nodeHome,
      rpc: "",
      log: join(home, "logs", `l1-validator-${i}.log`),
    });
  }
  {
    // Every localnet validator is a staking validator bonded by its own operator account, so
    // delegation, rewards and slashing work from the first block.
    const operators: ManifestAccount[] = [];
    for (const n of nodes) {
      const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "strata" });
      operators.push({
        name: `${n.name}-operator`,
        mnemonic: wallet.mnemonic,
        address: (await wallet.getAccounts())[0]!.address,
      });
    }
    // Every validator executes every block under a proposal timeout: smaller blocks keep rounds
    // short when several processes share a few cores.
    const maxBlockTxs = opts.maxBlockTxs ?? (count > 1 ? 2000 : 10_000);
    await joinValidators(nodes, funded, operators, opts.blockIntervalMs ?? 500, maxBlockTxs);
    accounts.push(...operators);
  }
  if (opts.unsafeRpc) {
    for (const n of nodes) {
      const config = await readConfig(n.home);
      await writeConfig(n.home, { ...config, rpc: { ...config.rpc, unsafe: true } });
    }
  }
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
    chains: { l1: { chainId: L1_CHAIN_ID, rpc: [], nodes } },
    routers,
    denom: L1_DENOM,
    accounts,
  };
}

/**
 * Makes the validators of separately initialised homes one network: one genesis listing every
 * validator (equal power), fixed p2p ports, and every other validator as a persistent peer.
 */
async function joinValidators(
  nodes: ManifestNode[],
  funded: { address: string; amount: bigint }[],
  operators: ManifestAccount[],
  blockIntervalMs: number,
  maxBlockTxs: number,
): Promise<void> {
  const keys = await Promise.all(
    nodes.map((n) =>
      Promise.all([loadKeyFile(homePaths(n.home).validatorKey), loadKeyFile(homePaths(n.home).nodeKey)]),
    ),
  );
  const ports: number[] = [];
  for (const _ of nodes) ports.push(await freePort());
  const { doc: first } = await readGenesis(homePaths(nodes[0]!.home).genesis);
  // One genesis for all: every validator is a staking validator bonded by its operator account
  // (funded last, so other accounts keep their account numbers).
  const doc = buildL1Genesis({
    chainId: first.chainId,
    genesisTime: first.genesisTime,
    validators: nodes.map((n, i) => ({
      name: n.name,
      pubKey: Buffer.from(keys[i]![0].pubKey).toString("base64"),
      power: "10",
      operator: operators[i]!.address,
    })),
    accounts: [...funded, ...operators.map((o) => ({ address: o.address, amount: OPERATOR_BALANCE }))],
    maxBlockTxs,
  });
  const peers = nodes.map((_, i) => `${nodeIdFromPubKey(keys[i]![1].pubKey)}@127.0.0.1:${ports[i]}`);
  for (const [i, n] of nodes.entries()) {
    await writeFile(homePaths(n.home).genesis, `${JSON.stringify(doc, null, 2)}\n`);
    const config = await readConfig(n.home);
    config.p2p = { ...config.p2p, port: ports[i]!, persistentPeers: peers.filter((_, j) => j !== i) };
    config.consensus = { ...config.consensus, commit: blockIntervalMs };
    await writeConfig(n.home, config);
  }
}

function services(manifest: LocalnetManifest): Service[] {
  const out: Service[] = [];
  for (const chain of Object.values(manifest.chains)) {
    for (const node of chain.nodes) {
      out.push({
        kind: "chain",
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
      kind: "router",
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
  const spawnService = (svc: Service, port: number): ChildProcess => {
    const child = spawnStrata(svc.args(port), svc.log, opts.detach);
    children.set(svc.name, child);
    svc.setPid(child.pid);
    child.on("exit", (code, signal) => {
      if (stopping || opts.detach) return;
      // The supervisor restarts a crashed service; a chain node recovers to its last committed block.
      opts.logger.warn("process exited; restarting", { name: svc.name, code, signal });
      setTimeout(() => {
        if (stopping) return;
        freePort()
          .then((p) => {
            const again = spawnService(svc, p);
            return svc.ready(() => again.exitCode !== null || again.signalCode !== null);
          })
          .then(() => writeManifest(home, manifest))
          .catch((err) => opts.logger.error("restart failed", { name: svc.name, err }));
      }, 1000);
    });
    return child;
  };
  const startAll = async (group: Service[]): Promise<void> => {
    // Validators are started together (none commits a block without a quorum of the others),
    // then awaited; on two cores a parallel start-up of everything else would only add contention.
    const started = [];
    for (const svc of group) started.push({ svc, child: spawnService(svc, await freePort()) });
    await Promise.all(
      started.map(({ svc, child }) => svc.ready(() => child.exitCode !== null || child.signalCode !== null)),
    );
  };

  const stop = async () => {
    stopping = true;
    await Promise.all([...children.values()].map((c) => (c.pid ? terminate(c.pid) : undefined)));
    for (const svc of services(manifest)) svc.setPid(undefined);
    delete manifest.supervisorPid;
    await writeManifest(home, manifest);
  };

  try {
    const all = services(manifest);
    await startAll(all.filter((svc) => svc.kind === "chain"));
    for (const svc of all.filter((x) => x.kind !== "chain")) await startAll([svc]);
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
