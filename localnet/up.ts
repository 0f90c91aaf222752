import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Logger } from "../chain/core/log/index.js";
import { readConfig, writeConfig } from "../chain/core/node/index.js";
import { fundDevAccountsByDeposits } from "./deposits.js";
import { LocalnetError, LocalnetErrorCode } from "./errors.js";
import {
  type LocalnetManifest,
  type ManifestBatcher,
  type ManifestChain,
  type ManifestExplorer,
  type ManifestGuard,
  type ManifestNode,
  type ManifestRouter,
  manifestPath,
  readManifest,
  writeManifest,
} from "./manifest.js";
import { busyPorts, reservePorts } from "./ports.js";
import { isAlive, spawnStrata, terminate, waitForHeight, waitForHttp } from "./processes.js";
import {
  addChainToLocalnet,
  type ChainPlan,
  createLocalnet,
  ensureRouter,
  L1_CHAIN_ID,
  L2_CHAIN_ID,
  MARKETPLACE_L2_MODULES,
  MAX_UNPOSTED_BLOCKS,
  mergeModules,
  type Progress,
  type TopologyPlan,
} from "./topology.js";

/** Options of {@link localnetUp}. */
export interface LocalnetOptions {
  home: string;
  /** Return once healthy and leave the processes running (`localnet down` stops them). */
  detach: boolean;
  /** Number of funded development accounts; default 5 (a new localnet only). */
  accounts?: number;
  /** Block interval in ms of every chain; default 500 (a new localnet only). */
  blockIntervalMs?: number;
  /**
   * Number of L1 validators, each its own process; default 1. On an existing localnet it must
   * be the number it was created with (unset: whatever it has).
   */
  validators?: number;
  /** Number of L2 validators, each its own process; default 1 (same rule as `validators`). */
  l2Validators?: number;
  /** Run the L2 chain; default true. `false` starts only L1 (and the router): benchmarks of L1. */
  l2?: boolean;
  /** Most txs in one block (consensus parameter); default 10,000, 2,000 with several validators. */
  maxBlockTxs?: number;
  /** Enable operator-only RPC methods on the chain nodes (fault tests make partitions with them). */
  unsafeRpc?: boolean;
  /** Extra accounts funded at genesis on every chain (after the development accounts), e.g. benchmark senders. */
  fund?: { address: string; amount: bigint }[];
  /**
   * A new localnet with L2 links it to L1 (default true): L2 registered on L1 at genesis, a
   * batcher posting L2's blocks and relaying deposits, development accounts funded on L2 by real
   * deposits that `up` sends and waits for. `false`: L2's genesis funds them (no settlement).
   */
  bridge?: boolean;
  /**
   * Challenge window of a new localnet's L2 registration, in L1 blocks; default 10. Tests that
   * must claim inside the window on a loaded machine ask for a longer one.
   */
  challengeWindowBlocks?: number;
  /** Start a router node with the built-in tiny model; default true. */
  router?: boolean;
  /** Start the network explorer over the chains (`strata explorer`); default true. */
  explorer?: boolean;
  /**
   * A new localnet with L2 and routers gets the inference marketplace (default true): two routers
   * on L2 executing the built-in model, a guard and a development session, all registered at
   * genesis. `false`: one router without an L2 link (tests that drive L2 by hand).
   */
  marketplace?: boolean;
  /** A new marketplace localnet adds a third router whose executor alters its outputs. */
  faultyExecutor?: boolean;
  /**
   * Per-module sections merged into the L2 genesis of a new localnet, e.g. short windows for
   * tests: `{ tasks: { params: { revealBlocks: 10 } }, scores: { params: { scoreBlocks: 10 } } }`.
   */
  l2Modules?: Record<string, Record<string, unknown>>;
  /** Progress lines (what is created, which process is awaited); default: none. */
  progress?: Progress;
  /** Aborting it (Ctrl-C) stops what was started so far and rejects with `interrupted`. */
  signal?: AbortSignal;
  logger: Logger;
}

/** A localnet started by this process. */
export interface Localnet {
  manifest: LocalnetManifest;
  /** Stops every process this supervisor started. */
  stop(): Promise<void>;
}

/** How long a process may take to become healthy (several start at once on two cores). */
const READY_TIMEOUT_MS = 90_000;

/** One supervised process: where it listens, how to start it and how to know it is ready. */
interface Service {
  kind: "chain" | "batcher" | "router" | "guard" | "explorer";
  /** `l1 validator-0`, `router-0`: how progress lines name it. */
  label: string;
  log: string;
  /** Its ports (0: none assigned yet), and their names for messages. */
  ports(): number[];
  portNames: string[];
  /** Records new ports in the manifest and the node config. */
  setPorts(ports: number[]): Promise<void>;
  args(): string[];
  /** What start-up waits on, for progress lines. */
  readyUrl(): string;
  /** What clients use (RPC URL, OpenAI base URL). */
  url(): string;
  ready(isDead: () => boolean): Promise<unknown>;
  setPid(pid: number | undefined): void;
}

function positiveInt(name: string, value: number | undefined, min: number): void {
  if (value === undefined) return;
  // [REJECT] counts and intervals are whole numbers in range (a crash on 0 helps nobody)
  if (!Number.isSafeInteger(value) || value < min) {
    throw new LocalnetError(
      LocalnetErrorCode.badOption,
      `${name} must be a whole number ≥ ${min}, got ${Number.isNaN(value) ? "not a number" : value}`,
    );
  }
}

/**
 * Checks the options before anything is written.
 * @throws LocalnetError(badOption) naming the option.
 */
export function validateLocalnetOptions(opts: LocalnetOptions): void {
  positiveInt("--validators", opts.validators, 1);
  positiveInt("--l2-validators", opts.l2Validators, 1);
  positiveInt("--accounts", opts.accounts, 0);
  positiveInt("--block-interval", opts.blockIntervalMs, 1);
  positiveInt("maxBlockTxs", opts.maxBlockTxs, 1);
  positiveInt("challengeWindowBlocks", opts.challengeWindowBlocks, 1);
}

/** The chains of a manifest in start order, with their keys. */
function chainsOf(manifest: LocalnetManifest): [string, ManifestChain][] {
  return Object.entries(manifest.chains).filter((e): e is [string, ManifestChain] => e[1] !== undefined);
}

function portOf(url: string): number {
  if (!url) return 0;
  return Number(new URL(url).port) || 0;
}

/**
 * Refuses options that contradict an existing localnet (they would otherwise be silently ignored).
 * @throws LocalnetError(topologyMismatch) naming what exists and how to start over.
 */
function checkTopology(home: string, manifest: LocalnetManifest, opts: LocalnetOptions): void {
  const reset = `Keep the existing topology (omit the option), or start over: \`strata localnet down --home ${opts.home}\`, remove ${home}, and run \`strata localnet up\` again`;
  const mismatch = (what: string, existing: number, asked: number) =>
    new LocalnetError(
      LocalnetErrorCode.topologyMismatch,
      `the localnet in ${home} was created with ${what} ${existing}; ${asked} was asked for. ${reset}`,
    );
  const l1 = manifest.chains.l1.nodes.length;
  if (opts.validators !== undefined && opts.validators !== l1)
    throw mismatch("--validators", l1, opts.validators);
  const l2 = manifest.chains.l2?.nodes.length;
  if (l2 !== undefined && opts.l2Validators !== undefined && opts.l2Validators !== l2)
    throw mismatch("--l2-validators", l2, opts.l2Validators);
  const faulty = manifest.routers.some((r) => r.fault);
  if (opts.faultyExecutor && !faulty)
    throw new LocalnetError(
      LocalnetErrorCode.topologyMismatch,
      `the localnet in ${home} was created without --faulty-executor. ${reset}`,
    );
  const dev = manifest.accounts.filter((a) => /^dev\d+$/.test(a.name)).length;
  if (opts.accounts !== undefined && opts.accounts !== dev) throw mismatch("--accounts", dev, opts.accounts);
}

function topologyOf(opts: LocalnetOptions): TopologyPlan {
  const marketplace = opts.marketplace !== false && opts.l2 !== false && opts.router !== false;
  const chains: ChainPlan[] = [
    { key: "l1", chainId: L1_CHAIN_ID, layer: "l1", validators: opts.validators ?? 1 },
  ];
  if (opts.l2 !== false)
    chains.push({ key: "l2", chainId: L2_CHAIN_ID, layer: "l2", validators: opts.l2Validators ?? 1 });
  return {
    accounts: opts.accounts ?? 5,
    chains,
    blockIntervalMs: opts.blockIntervalMs ?? 500,
    ...(opts.maxBlockTxs !== undefined ? { maxBlockTxs: opts.maxBlockTxs } : {}),
    unsafeRpc: Boolean(opts.unsafeRpc),
    fund: opts.fund ?? [],
    bridge: opts.bridge !== false,
    ...(opts.challengeWindowBlocks !== undefined
      ? { challengeWindowBlocks: opts.challengeWindowBlocks }
      : {}),
    router: opts.router ?? true,
    ...(marketplace
      ? {
          marketplace: { faultyExecutor: Boolean(opts.faultyExecutor) },
          l2Modules: mergeModules(MARKETPLACE_L2_MODULES, opts.l2Modules ?? {}),
        }
      : opts.l2Modules
        ? { l2Modules: opts.l2Modules }
        : {}),
  };
}

/** Rewrites `peer@127.0.0.1:from` to `:to` in the configs of a chain's other nodes. */
async function movePeerPort(chain: ManifestChain, self: ManifestNode, from: number, to: number) {
  for (const n of chain.nodes) {
    if (n === self) continue;
    const config = await readConfig(n.home);
    const peers = config.p2p.persistentPeers.map((p) =>
      p.endsWith(`@127.0.0.1:${from}`) ? `${p.slice(0, -String(from).length)}${to}` : p,
    );
    await writeConfig(n.home, { ...config, p2p: { ...config.p2p, persistentPeers: peers } });
  }
}

function chainService(key: string, chain: ManifestChain, node: ManifestNode): Service {
  return {
    kind: "chain",
    label: `${key} ${node.name}`,
    log: node.log,
    ports: () => [node.rpcPort ?? portOf(node.rpc), node.p2pPort ?? 0],
    portNames: ["RPC", "p2p"],
    async setPorts([rpcPort, p2pPort]) {
      const config = await readConfig(node.home);
      const oldP2p = node.p2pPort ?? config.p2p.port;
      node.rpcPort = rpcPort!;
      node.p2pPort = p2pPort!;
      node.rpc = `http://127.0.0.1:${rpcPort}`;
      chain.rpc = chain.nodes.map((n) => n.rpc);
      // The config holds them too, so `strata start --home <node home>` by hand uses the same ports.
      await writeConfig(node.home, {
        ...config,
        rpc: { ...config.rpc, port: rpcPort! },
        p2p: { ...config.p2p, port: p2pPort! },
      });
      if (oldP2p !== p2pPort) await movePeerPort(chain, node, oldP2p, p2pPort!);
    },
    args: () => [
      "start",
      "--home",
      node.home,
      "--rpc-port",
      String(node.rpcPort),
      "--p2p-port",
      String(node.p2pPort),
    ],
    readyUrl: () => `first block at ${node.rpc}`,
    url: () => node.rpc,
    ready: (isDead) => waitForHeight(node.rpc, 1, READY_TIMEOUT_MS, isDead),
    setPid: (pid) => {
      node.pid = pid;
    },
  };
}

/** The test-backend keyring flags of a service's operator key. */
function keyringArgs(manifest: LocalnetManifest, key: string): string[] {
  return ["--key", key, "--keyring-home", manifest.keyringHome!, "--keyring-backend", "test"];
}

function routerService(router: ManifestRouter, manifest: LocalnetManifest): Service {
  return {
    kind: "router",
    label: router.name,
    log: router.log,
    ports: () => [router.port ?? portOf(router.url)],
    portNames: ["HTTP"],
    async setPorts([port]) {
      router.port = port!;
      router.url = `http://127.0.0.1:${port}`;
      router.openaiBaseUrl = `${router.url}/v1`;
    },
    args: () => [
      "router",
      "start",
      "--model",
      router.modelFile,
      "--model-id",
      router.model,
      "--port",
      String(router.port),
      // A router on L2: its operator key, its home (node key registered at genesis, journal).
      ...(router.key && manifest.chains.l2 && manifest.keyringHome
        ? [
            "--l2",
            manifest.chains.l2.rpc[0]!,
            ...keyringArgs(manifest, router.key),
            "--home",
            router.home!,
            "--l2-model",
            router.modelVersion!,
          ]
        : []),
      ...(router.fault ? ["--fault", router.fault] : []),
    ],
    readyUrl: () => `${router.url}/health`,
    url: () => router.openaiBaseUrl,
    ready: (isDead) => waitForHttp(`${router.url}/health`, READY_TIMEOUT_MS, isDead),
    setPid: (pid) => {
      router.pid = pid;
    },
  };
}

function guardService(guard: ManifestGuard, manifest: LocalnetManifest): Service {
  return {
    kind: "guard",
    label: guard.name,
    log: guard.log,
    ports: () => [guard.port ?? portOf(guard.url)],
    portNames: ["HTTP"],
    async setPorts([port]) {
      guard.port = port!;
      guard.url = `http://127.0.0.1:${port}`;
    },
    args: () => [
      "guard",
      "start",
      "--l2",
      manifest.chains.l2!.rpc[0]!,
      ...keyringArgs(manifest, guard.key),
      "--home",
      guard.home,
      "--model",
      guard.modelFile,
      "--port",
      String(guard.port),
      // The tiny model re-executes in milliseconds: the localnet's guard checks every task.
      "--reexec-rate",
      "1",
    ],
    readyUrl: () => `${guard.url}/health`,
    url: () => guard.url,
    ready: (isDead) => waitForHttp(`${guard.url}/health`, READY_TIMEOUT_MS, isDead),
    setPid: (pid) => {
      guard.pid = pid;
    },
  };
}

/**
 * The batcher of the L2: posts L2's blocks to L1 and relays L1's deposits to L2, signing both
 * with the relayer key of the localnet's test keyring.
 */
function batcherService(batcher: ManifestBatcher, manifest: LocalnetManifest): Service {
  const l2 = manifest.chains.l2!;
  return {
    kind: "batcher",
    label: "batcher",
    log: batcher.log,
    ports: () => [batcher.port ?? portOf(batcher.url)],
    portNames: ["HTTP"],
    async setPorts([port]) {
      batcher.port = port!;
      batcher.url = `http://127.0.0.1:${port}`;
    },
    args: () => [
      "l2",
      "batcher",
      "--l1",
      manifest.chains.l1.rpc[0]!,
      "--l2",
      l2.rpc[0]!,
      "--chain-id",
      l2.l1Registration?.chainId ?? l2.chainId,
      ...keyringArgs(manifest, batcher.key),
      // The same relayer key mints L1's deposits on L2 (it is in L2's bridge params).
      "--l2-key",
      batcher.key,
      "--port",
      String(batcher.port),
    ],
    readyUrl: () => `${batcher.url}/health`,
    url: () => batcher.url,
    ready: (isDead) => waitForHttp(`${batcher.url}/health`, READY_TIMEOUT_MS, isDead),
    setPid: (pid) => {
      batcher.pid = pid;
    },
  };
}

/** The batchers of the manifest's chains (the L2's, when it is linked to L1). */
function batchersOf(manifest: LocalnetManifest): ManifestBatcher[] {
  return chainsOf(manifest).flatMap(([, c]) => (c.batcher ? [c.batcher] : []));
}

/** Every process of the manifest (chains in order, then the batcher, routers, guards). */
function allServices(manifest: LocalnetManifest): Service[] {
  return [
    ...chainsOf(manifest).flatMap(([key, chain]) => chain.nodes.map((n) => chainService(key, chain, n))),
    ...batchersOf(manifest).map((b) => batcherService(b, manifest)),
    ...(manifest.routers ?? []).map((r) => routerService(r, manifest)),
    ...(manifest.guards ?? []).map((g) => guardService(g, manifest)),
    ...(manifest.explorer ? [explorerService(manifest.explorer, manifest)] : []),
  ];
}

function pids(manifest: LocalnetManifest): (number | undefined)[] {
  return [
    ...chainsOf(manifest).flatMap(([, c]) => c.nodes.map((n) => n.pid)),
    ...batchersOf(manifest).map((b) => b.pid),
    ...(manifest.routers ?? []).map((r) => r.pid),
    ...(manifest.guards ?? []).map((g) => g.pid),
    manifest.explorer?.pid,
  ];
}

/**
 * Points the L2 nodes' production gate at L1's (possibly moved) RPC URL: `config.json` `rollup`
 * with `maxUnpostedBlocks` {@link MAX_UNPOSTED_BLOCKS}, for an L2 registered on L1.
 */
async function pointGate(manifest: LocalnetManifest): Promise<void> {
  const l2 = manifest.chains.l2;
  if (!l2?.l1Registration) return;
  for (const n of l2.nodes) {
    const config = await readConfig(n.home);
    await writeConfig(n.home, {
      ...config,
      rollup: {
        ...config.rollup,
        l1Rpc: manifest.chains.l1.rpc[0]!,
        chainId: l2.l1Registration.chainId,
        maxUnpostedBlocks: config.rollup?.maxUnpostedBlocks ?? MAX_UNPOSTED_BLOCKS,
      },
    });
  }
}

/** The network explorer over the localnet's chains (the first node of each). */
function explorerService(explorer: ManifestExplorer, manifest: LocalnetManifest): Service {
  return {
    kind: "explorer",
    label: "explorer",
    log: explorer.log,
    ports: () => [explorer.port ?? portOf(explorer.url)],
    portNames: ["HTTP"],
    async setPorts([port]) {
      explorer.port = port!;
      explorer.url = `http://127.0.0.1:${port}`;
    },
    args: () => [
      "explorer",
      "--l1",
      manifest.chains.l1.rpc[0]!,
      ...(manifest.chains.l2 ? ["--l2", manifest.chains.l2.rpc[0]!] : []),
      ...((manifest as { l3Chains?: { rpc: string[] }[] }).l3Chains ?? []).flatMap((c) =>
        c.rpc[0] ? ["--l3", c.rpc[0]] : [],
      ),
      "--port",
      String(explorer.port),
    ],
    readyUrl: () => `${explorer.url}/health`,
    url: () => explorer.url,
    ready: (isDead) => waitForHttp(`${explorer.url}/health`, READY_TIMEOUT_MS, isDead),
    setPid: (pid) => {
      explorer.pid = pid;
    },
  };
}

/** Points each development session at the first router's (possibly moved) OpenAI base URL. */
function pointSessions(manifest: LocalnetManifest): void {
  const router = manifest.routers.find((r) => r.key && !r.fault);
  if (!router) return;
  for (const s of manifest.sessions ?? []) s.router = router.openaiBaseUrl;
}

/**
 * Gives every service the ports it had (kept across restarts) when they are all still free, and
 * new ones, reserved together, to those that have none or whose port was taken meanwhile.
 * Returns a line per moved port.
 */
async function assignPorts(services: Service[]): Promise<string[]> {
  const current = services.map((s) => s.ports());
  const known = current.flat().filter((p) => p > 0);
  const busy = new Set(await busyPorts([...new Set(known)]));
  const seen = new Set<number>();
  const needsNew = (p: number) => {
    const bad = p === 0 || busy.has(p) || seen.has(p);
    seen.add(p);
    return bad;
  };
  const wanted = current.map((ports) => ports.map(needsNew));
  const count = wanted.flat().filter(Boolean).length;
  if (count === 0) return [];
  const fresh = await reservePorts(count, known);
  const moved: string[] = [];
  for (const [i, svc] of services.entries()) {
    if (!wanted[i]!.some(Boolean)) continue;
    const lines: string[] = [];
    const ports = current[i]!.map((p, j) => {
      if (!wanted[i]![j]) return p;
      const next = fresh.shift()!;
      if (p > 0) lines.push(`${svc.label}: ${svc.portNames[j]} port ${p} is in use; it moves to ${next}`);
      return next;
    });
    await svc.setPorts(ports);
    moved.push(...lines.map((l) => `${l} (${svc.url()})`));
  }
  return moved;
}

/** Rejects with `interrupted` when `signal` fires first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolvePromise, reject) => {
    const onAbort = () => reject(new LocalnetError(LocalnetErrorCode.interrupted, "interrupted"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolvePromise(v);
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

/**
 * Starts the localnet in `home` (creating it on first use, reusing its chain state after): the L1
 * validators, the L2 validators, L2's batcher and a router with the built-in model, each its own
 * OS process on ports kept across restarts. With L2 linked to L1 it deposits the development
 * accounts' L2 funds on L1 and waits until L2 minted them. Waits until every service is healthy
 * and writes `home/localnet.json`.
 * @throws LocalnetError: badOption, topologyMismatch (options that contradict the existing
 *   localnet), alreadyRunning, notALocalnet, startFailed (a service did not become healthy; what
 *   started is stopped again), interrupted (`signal` aborted; likewise).
 */
export async function localnetUp(opts: LocalnetOptions): Promise<Localnet> {
  validateLocalnetOptions(opts);
  const progress: Progress = opts.progress ?? (() => {});
  const home = resolve(opts.home);
  const topology = topologyOf(opts);
  let manifest: LocalnetManifest;
  if (existsSync(manifestPath(home))) {
    manifest = await readManifest(home);
    manifest.routers ??= [];
    const running = pids(manifest).filter((pid) => pid !== undefined && isAlive(pid));
    if (running.length > 0 || (manifest.supervisorPid && isAlive(manifest.supervisorPid))) {
      throw new LocalnetError(
        LocalnetErrorCode.alreadyRunning,
        `localnet in ${home} is already running (pid ${running[0] ?? manifest.supervisorPid}); run \`strata localnet down --home ${opts.home}\``,
      );
    }
    checkTopology(home, manifest, opts);
    const l2 = topology.chains.find((c) => c.key === "l2");
    if (l2 && !manifest.chains.l2) await addChainToLocalnet(home, manifest, l2, topology, progress);
    if (topology.router && (await ensureRouter(home, manifest))) await writeManifest(home, manifest);
    progress(`starting the localnet in ${home} (existing chain state is kept)`);
  } else {
    manifest = await createLocalnet(home, topology, progress, opts.signal);
  }

  // The explorer (also added to a localnet made before it existed; its port is reserved below).
  if (opts.explorer !== false) manifest.explorer ??= { url: "", log: join(home, "logs", "explorer.log") };
  // What this run starts: the L2 only when wanted, the router only when wanted.
  const services = [
    ...chainsOf(manifest)
      .filter(([key]) => key !== "l2" || opts.l2 !== false)
      .flatMap(([key, chain]) => chain.nodes.map((n) => chainService(key, chain, n))),
    // The batcher links L2 to L1: only with L2.
    ...(opts.l2 !== false ? batchersOf(manifest).map((b) => batcherService(b, manifest)) : []),
    // Routers on L2 (and guards) need the L2: `--no-l2` leaves them stopped.
    ...(topology.router
      ? manifest.routers.filter((r) => opts.l2 !== false || !r.key).map((r) => routerService(r, manifest))
      : []),
    ...(topology.router && opts.l2 !== false
      ? (manifest.guards ?? []).map((g) => guardService(g, manifest))
      : []),
    ...(manifest.explorer && opts.explorer !== false ? [explorerService(manifest.explorer, manifest)] : []),
  ];
  for (const line of await assignPorts(services)) progress(line);
  pointSessions(manifest);
  if (opts.l2 !== false) await pointGate(manifest);

  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const spawnService = (svc: Service): ChildProcess => {
    const child = spawnStrata(svc.args(), svc.log, opts.detach);
    children.set(svc.label, child);
    svc.setPid(child.pid);
    child.on("exit", (code, signal) => {
      if (stopping || opts.detach) return;
      // The supervisor restarts a crashed service on its ports; a chain node recovers to its
      // last committed block.
      opts.logger.warn("process exited; restarting", { name: svc.label, code, signal });
      setTimeout(() => {
        if (stopping) return;
        restart(svc).catch((err) => opts.logger.error("restart failed", { name: svc.label, err }));
      }, 1000);
    });
    return child;
  };
  const restart = async (svc: Service): Promise<void> => {
    for (const line of await assignPorts([svc])) opts.logger.warn(line, { name: svc.label });
    if (stopping) return;
    const again = spawnService(svc);
    await svc.ready(() => again.exitCode !== null || again.signalCode !== null);
    await writeManifest(home, manifest);
  };
  const startGroup = async (group: Service[]): Promise<void> => {
    const started = group.map((svc) => ({ svc, child: spawnService(svc) }));
    for (const { svc, child } of started)
      progress(`started ${svc.label} (pid ${child.pid}, log ${svc.log}); waiting for its ${svc.readyUrl()}`);
    await abortable(
      Promise.all(
        started.map(async ({ svc, child }) => {
          await svc.ready(() => child.exitCode !== null || child.signalCode !== null);
          progress(`${svc.label} is up`);
        }),
      ),
      opts.signal,
    );
  };

  const stop = async () => {
    stopping = true;
    const running = [...children].filter(([, c]) => c.pid !== undefined && c.exitCode === null);
    if (running.length > 0)
      progress(`stopping ${running.map(([label, c]) => `${label} (pid ${c.pid})`).join(", ")}`);
    await Promise.all(running.map(([, c]) => terminate(c.pid!)));
    for (const svc of allServices(manifest)) svc.setPid(undefined);
    delete manifest.supervisorPid;
    await writeManifest(home, manifest);
    if (running.length > 0) progress(`stopped ${running.length} process(es)`);
  };

  try {
    // Every chain's validators start together (none commits a block without a quorum of the
    // others), the chains side by side; the routers after them (together: each is registered at
    // genesis, none waits on another), then the guards.
    await startGroup(services.filter((s) => s.kind === "chain"));
    // The batcher after the chains (it reads both); then the development accounts' deposits,
    // which need it to reach L2.
    const batchers = services.filter((s) => s.kind === "batcher");
    if (batchers.length > 0) {
      await startGroup(batchers);
      await fundDevAccountsByDeposits(manifest, progress, READY_TIMEOUT_MS, opts.signal);
    }
    const routers = services.filter((s) => s.kind === "router");
    if (routers.length > 0) await startGroup(routers);
    const guards = services.filter((s) => s.kind === "guard");
    if (guards.length > 0) await startGroup(guards);
    // The explorer last: it only reads the chains, and shows a chain that is not up yet as down.
    const explorers = services.filter((s) => s.kind === "explorer");
    if (explorers.length > 0) await startGroup(explorers);
  } catch (err) {
    await stop();
    if (err instanceof LocalnetError && err.code === LocalnetErrorCode.interrupted) {
      throw new LocalnetError(
        LocalnetErrorCode.interrupted,
        `interrupted: every process started was stopped; the localnet in ${home} is kept and \`strata localnet up --home ${opts.home}\` starts it again`,
      );
    }
    throw new LocalnetError(
      LocalnetErrorCode.startFailed,
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
export async function localnetDown(
  home: string,
  progress: Progress = () => {},
): Promise<{ stopped: number }> {
  const manifest = await readManifest(resolve(home));
  let stopped = 0;
  if (manifest.supervisorPid && isAlive(manifest.supervisorPid) && manifest.supervisorPid !== process.pid) {
    progress(`stopping the supervisor (pid ${manifest.supervisorPid}) and the processes it runs`);
    await terminate(manifest.supervisorPid, 30_000);
    stopped++;
  }
  const services = allServices(manifest);
  const all = pids(manifest);
  await Promise.all(
    services.map(async (svc, i) => {
      const pid = all[i];
      if (pid === undefined || !isAlive(pid)) return;
      progress(`stopping ${svc.label} (pid ${pid})`);
      await terminate(pid);
      stopped++;
    }),
  );
  for (const svc of services) svc.setPid(undefined);
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
  for (const [chain, c] of chainsOf(manifest)) {
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
  for (const b of batchersOf(manifest)) {
    out.push({
      kind: "batcher",
      name: "batcher",
      url: b.url,
      running: b.pid !== undefined && isAlive(b.pid),
    });
  }
  for (const r of manifest.routers ?? []) {
    out.push({
      kind: "router",
      name: r.name,
      url: r.openaiBaseUrl,
      running: r.pid !== undefined && isAlive(r.pid),
    });
  }
  for (const g of manifest.guards ?? []) {
    out.push({ kind: "guard", name: g.name, url: g.url, running: g.pid !== undefined && isAlive(g.pid) });
  }
  if (manifest.explorer) {
    const e = manifest.explorer;
    out.push({
      kind: "explorer",
      name: "explorer",
      url: e.url,
      running: e.pid !== undefined && isAlive(e.pid),
    });
  }
  return out;
}
