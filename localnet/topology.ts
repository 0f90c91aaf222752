/**
 * Creating a localnet's files: development accounts, the built-in model, and each chain's
 * validator homes with one shared genesis. Everything is written into a staging folder and moved
 * into place with one `rename`, so an interrupted creation never leaves a half-made home.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { GenesisDoc } from "../chain/core/node/index.js";
import {
  generateKeyFile,
  homePaths,
  loadKeyFile,
  readConfig,
  writeConfig,
} from "../chain/core/node/index.js";
import { nodeIdFromPubKey } from "../chain/core/p2p/index.js";
import { buildL1Genesis, L1_DENOM, type L1GenesisRollup } from "../chain/l1/index.js";
import {
  buildL2Genesis,
  type L2GenesisModel,
  type L2GenesisNode,
  type L2GenesisSession,
} from "../chain/l2-orchestration/index.js";
import { initHome } from "../cli/commands/node.js";
import { detectHardware } from "../cli/commands/tx/nodes.js";
import { openKeyring } from "../cli/keyring/index.js";
import { newApiKey } from "../client/apiKey.js";
import { buildTinyModel, digestFile } from "../router-node/index.js";
import { LocalnetError, LocalnetErrorCode } from "./errors.js";
import {
  type LocalnetManifest,
  MANIFEST_VERSION,
  type ManifestAccount,
  type ManifestChain,
  type ManifestGuard,
  type ManifestNode,
  type ManifestRouter,
  writeManifest,
} from "./manifest.js";
import { reservePorts } from "./ports.js";
import { isAlive } from "./processes.js";

/** Chain id of the localnet's L1. */
export const L1_CHAIN_ID = "strata-l1-local";
/** Chain id of the localnet's L2. */
export const L2_CHAIN_ID = "strata-l2-local";
/**
 * Balance of each development account on every chain (10^12 ustra). With the bridge, L1 funds it
 * at genesis with twice that and `localnet up` deposits half of it to the same address on L2.
 */
export const DEV_BALANCE = 1_000_000_000_000n;
/** What `localnet up` deposits on L1 for each development account on L2 (through the bridge). */
export const DEV_DEPOSIT = DEV_BALANCE;
/** L1 blocks between a batch's acceptance and the claims of its withdrawals, on a localnet. */
export const CHALLENGE_WINDOW_BLOCKS = 10;
/** Bond the localnet's L2 registration locks on L1 (the `rollup` module's default `min_bond`). */
export const ROLLUP_BOND = 1_000_000n;
/** L2 blocks not yet accepted on L1 before L2 pauses production (`config.json` `rollup.maxUnpostedBlocks`). */
export const MAX_UNPOSTED_BLOCKS = 50;
/** Keyring key and account name of the batcher's relayer (signs batches on L1, mints deposits on L2). */
export const RELAYER_KEY = "relayer";
// The relayer pays an L1 fee for every batch (and the registration's bond) and an L2 fee for
// every mint: 10^11 ustra on L1 and 10^9 on L2 last a localnet for a long time.
const RELAYER_L1_BALANCE = 100_000_000_000n;
const RELAYER_L2_BALANCE = 1_000_000_000n;
// Operators bond 10 units of power (10^7 ustra) and keep the rest for fees.
const OPERATOR_BALANCE = 1_000_000_000n;

/** The built-in model as L2 lists it at genesis. */
export const TINY_MODEL = {
  name: "tiny",
  version: "1",
  id: "tiny@1",
  /** ustra per 1,000 input / output tokens. */
  priceInputPer1k: "1000",
  priceOutputPer1k: "2000",
  format: "gguf",
  // The generated model stores every tensor as 32-bit floats.
  quantization: "F32",
} as const;

/** A chain of the localnet: which layer its nodes run and how many validators it has. */
export interface ChainPlan {
  /** Key under `chains` in the manifest and folder under the home (`l1`, `l2`). */
  key: "l1" | "l2";
  chainId: string;
  layer: string;
  validators: number;
}

/** What {@link createLocalnet} builds. */
export interface TopologyPlan {
  accounts: number;
  chains: ChainPlan[];
  blockIntervalMs: number;
  maxBlockTxs?: number;
  unsafeRpc: boolean;
  fund: { address: string; amount: bigint }[];
  router: boolean;
  /** Per-module L2 genesis sections merged over the builder's (e.g. tasks/scores params). */
  l2Modules?: Record<string, Record<string, unknown>>;
  /**
   * The L1 ↔ L2 link (with both chains): L2 registered on L1 in L1's genesis (challenge window
   * {@link CHALLENGE_WINDOW_BLOCKS}), a relayer account (its key in the test keyring) named in
   * L2's bridge params and funded on both chains, a batcher; development accounts get their L2
   * funds by deposits at `localnet up` instead of L2 genesis balances. Default true.
   */
  bridge?: boolean;
  /** The L2 registration's challenge window in L1 blocks; default {@link CHALLENGE_WINDOW_BLOCKS}. */
  challengeWindowBlocks?: number;
  /**
   * The inference marketplace on L2 (with `router` and an L2): two routers that execute the
   * built-in model, a guard and a development session, all registered or opened at genesis;
   * `faultyExecutor` adds a third router whose executor alters its outputs. Absent: one router
   * without an L2 link.
   */
  marketplace?: { faultyExecutor: boolean };
}

/** Stake each router and guard of the marketplace bonds at genesis (the default `min_stake`). */
export const SERVICE_STAKE = 1_000_000n;
/** Stake of the `--faulty-executor` router: more than the others, so it is picked first. */
export const FAULTY_STAKE = 3n * SERVICE_STAKE;
/** Deposit of the development session opened at genesis (10^9 ustra). */
export const SESSION_DEPOSIT = 1_000_000_000n;
/** Executors per task of the development session. */
export const SESSION_REDUNDANCY = 2;
/** L2 params of a marketplace localnet: one guard decides (quorum 1), short windows. */
export const MARKETPLACE_L2_MODULES: Record<string, Record<string, unknown>> = {
  tasks: { params: { revealBlocks: 20 } },
  scores: { params: { guardsPerTask: 1, quorum: 1, scoreBlocks: 20 } },
};

/** Reports what is being done, one line at a time. */
export type Progress = (line: string) => void;

/** Throws {@link LocalnetErrorCode.interrupted} once `signal` fired (checked between steps). */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new LocalnetError(
      LocalnetErrorCode.interrupted,
      "interrupted while creating the localnet: nothing was kept; `strata localnet up` creates it anew",
    );
}

async function newAccount(name: string): Promise<ManifestAccount> {
  const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "strata" });
  return { name, mnemonic: wallet.mnemonic, address: (await wallet.getAccounts())[0]!.address };
}

/** Folders the old (non-atomic) creation left behind when interrupted; safe to remove. */
const LEFTOVERS = new Set(["l1", "l2", "models", "logs", "localnet.json.tmp"]);

function stagingPrefix(home: string): string {
  return `.${basename(home)}.creating-`;
}

/**
 * Makes `home` ready for a new localnet: removes staging folders of creations that were
 * interrupted (their process is gone) and the leftovers a pre-atomic creation left in `home`.
 * @throws LocalnetError(busy) while another live `localnet up` is creating it;
 *   LocalnetError(notALocalnet) when `home` holds anything else.
 */
export async function clearForCreation(home: string, progress: Progress): Promise<void> {
  const parent = dirname(home);
  const prefix = stagingPrefix(home);
  for (const entry of existsSync(parent) ? await readdir(parent) : []) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (pid !== process.pid && isAlive(pid)) {
      throw new LocalnetError(
        LocalnetErrorCode.busy,
        `another \`strata localnet up\` (pid ${pid}) is creating the localnet in ${home}; wait for it`,
      );
    }
    progress(`removing ${join(parent, entry)} (an interrupted creation)`);
    await rm(join(parent, entry), { recursive: true, force: true });
  }
  if (!existsSync(home)) return;
  if (!(await stat(home)).isDirectory())
    throw new LocalnetError(LocalnetErrorCode.notALocalnet, `${home} exists and is not a folder`);
  const entries = await readdir(home);
  const foreign = entries.filter((e) => !LEFTOVERS.has(e));
  if (foreign.length > 0) {
    throw new LocalnetError(
      LocalnetErrorCode.notALocalnet,
      `${home} exists, holds no localnet.json and holds ${foreign.slice(0, 5).join(", ")}; pass another --home or empty it`,
    );
  }
  if (entries.length > 0) {
    progress(`removing the half-made localnet an interrupted start left in ${home}: ${entries.join(", ")}`);
    for (const e of entries) await rm(join(home, e), { recursive: true, force: true });
  }
}

/** Writes the built-in model into `dir` (generated, not downloaded: byte-identical everywhere). */
async function writeTinyModel(dir: string): Promise<{ file: string; digest: string; size: number }> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, "tiny.gguf");
  const bytes = buildTinyModel({ seed: 1, variant: "bigram" }).bytes;
  await writeFile(file, bytes);
  return { file, digest: await digestFile(file), size: bytes.length };
}

/** Inputs of one chain's creation. */
interface ChainInputs {
  /** Final home of the localnet (paths recorded in configs and the manifest). */
  home: string;
  /** Where files are written now (the staging folder; `home` itself when adding to it in place). */
  writeRoot: string;
  plan: ChainPlan;
  topology: TopologyPlan;
  funded: { address: string; amount: bigint }[];
  /** The L2 genesis model (L2 only); without an owner it is owned by the chain's first operator. */
  model?: Omit<L2GenesisModel, "owner"> & { owner?: string };
  /** L2 only: nodes registered and sessions opened at genesis. */
  nodes?: L2GenesisNode[];
  sessions?: L2GenesisSession[];
  /** Ports already taken by the localnet's services (never handed to a chain node). */
  avoidPorts?: number[];
  /** L1 only: child chains registered in its genesis (`rollup` module). */
  rollups?: L1GenesisRollup[];
  /** L2 only: module sections merged over `topology.l2Modules` (the bridge params). */
  extraModules?: Record<string, Record<string, unknown>>;
  progress: Progress;
  signal?: AbortSignal;
}

/**
 * Creates one chain's validator homes under `writeRoot/<key>/validator-i` with one genesis where
 * every validator is a staking validator bonded by its own operator account, fixed ports in each
 * config (RPC and p2p, reserved together) and every other validator as a persistent peer.
 * Returns the chain's manifest entry and its operator accounts.
 */
async function createChain(
  inputs: ChainInputs,
): Promise<{ chain: ManifestChain; operators: ManifestAccount[]; genesisBytes: Uint8Array }> {
  const { home, writeRoot, plan, topology, progress } = inputs;
  const at = (p: string) => join(writeRoot, relative(home, p));
  const nodes: ManifestNode[] = [];
  const operators: ManifestAccount[] = [];
  const ports = await reservePorts(2 * plan.validators, inputs.avoidPorts ?? []);
  for (let i = 0; i < plan.validators; i++) {
    checkAborted(inputs.signal);
    const name = `validator-${i}`;
    const nodeHome = join(home, plan.key, name);
    await initHome({
      home: at(nodeHome),
      chainId: plan.chainId,
      layer: plan.layer,
      moniker: name,
      fund: [],
      blockIntervalMs: topology.blockIntervalMs,
    });
    const rpcPort = ports[2 * i]!;
    const p2pPort = ports[2 * i + 1]!;
    nodes.push({
      name,
      home: nodeHome,
      rpc: `http://127.0.0.1:${rpcPort}`,
      rpcPort,
      p2pPort,
      log: join(home, "logs", `${plan.key}-${name}.log`),
    });
    operators.push(await newAccount(plan.key === "l1" ? `${name}-operator` : `${plan.key}-${name}-operator`));
    progress(`  ${plan.key} ${name}: ${nodeHome} (rpc port ${rpcPort}, p2p port ${p2pPort})`);
  }
  const keys = await Promise.all(
    nodes.map((n) =>
      Promise.all([
        loadKeyFile(homePaths(at(n.home)).validatorKey),
        loadKeyFile(homePaths(at(n.home)).nodeKey),
      ]),
    ),
  );
  // Every validator executes every block under a proposal timeout: smaller blocks keep rounds
  // short when several processes share a few cores.
  const maxBlockTxs = topology.maxBlockTxs ?? (plan.validators > 1 ? 2000 : 10_000);
  const base = {
    chainId: plan.chainId,
    genesisTime: new Date().toISOString(),
    validators: nodes.map((n, i) => ({
      name: n.name,
      pubKey: Buffer.from(keys[i]![0].pubKey).toString("base64"),
      power: "10",
      operator: operators[i]!.address,
    })),
    // Operators are funded last, so the other accounts keep their account numbers.
    accounts: [...inputs.funded, ...operators.map((o) => ({ address: o.address, amount: OPERATOR_BALANCE }))],
    maxBlockTxs,
  };
  const modules = mergeModules(topology.l2Modules ?? {}, inputs.extraModules ?? {});
  const genesis: GenesisDoc =
    plan.key === "l2"
      ? buildL2Genesis({
          ...base,
          models: inputs.model
            ? [{ ...inputs.model, owner: inputs.model.owner ?? operators[0]!.address }]
            : [],
          ...(inputs.nodes ? { nodes: inputs.nodes } : {}),
          ...(inputs.sessions ? { sessions: inputs.sessions } : {}),
          ...(Object.keys(modules).length > 0 ? { modules } : {}),
        })
      : buildL1Genesis({ ...base, ...(inputs.rollups ? { rollups: inputs.rollups } : {}) });
  const peers = nodes.map((n, i) => `${nodeIdFromPubKey(keys[i]![1].pubKey)}@127.0.0.1:${n.p2pPort}`);
  // Every node gets these exact bytes; a child's registration on L1 carries them too.
  const genesisBytes = new TextEncoder().encode(`${JSON.stringify(genesis, null, 2)}\n`);
  for (const [i, n] of nodes.entries()) {
    const nodeHome = at(n.home);
    await writeFile(homePaths(nodeHome).genesis, genesisBytes);
    const config = await readConfig(nodeHome);
    await writeConfig(nodeHome, {
      ...config,
      rpc: { ...config.rpc, port: n.rpcPort!, ...(topology.unsafeRpc ? { unsafe: true } : {}) },
      p2p: { ...config.p2p, port: n.p2pPort!, persistentPeers: peers.filter((_, j) => j !== i) },
      consensus: { ...config.consensus, commit: topology.blockIntervalMs },
    });
  }
  return {
    chain: { chainId: plan.chainId, rpc: nodes.map((n) => n.rpc), nodes },
    operators,
    genesisBytes,
  };
}

/** `over`'s module sections merged into `base`'s, `params` merged field by field. */
export function mergeModules(
  base: Record<string, Record<string, unknown>>,
  over: Record<string, Record<string, unknown>>,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = { ...base };
  for (const [name, section] of Object.entries(over)) {
    const params = {
      ...((base[name]?.params as Record<string, unknown>) ?? {}),
      ...((section.params as Record<string, unknown>) ?? {}),
    };
    out[name] = { ...base[name], ...section, params };
  }
  return out;
}

/** The L2 genesis listing of the built-in model: VERIFIED, priced, owned by `owner`. */
function tinyModelListing(model: { file: string; digest: string; size: number }, owner?: string) {
  return {
    name: TINY_MODEL.name,
    version: TINY_MODEL.version,
    weightsSha256: model.digest,
    weightsSize: model.size,
    format: TINY_MODEL.format,
    quantization: TINY_MODEL.quantization,
    storageUris: [`file://${model.file}`],
    priceInputPer1k: TINY_MODEL.priceInputPer1k,
    priceOutputPer1k: TINY_MODEL.priceOutputPer1k,
    ...(owner ? { owner } : {}),
    status: "VERIFIED" as const,
  };
}

function routerEntry(
  home: string,
  model: { digest: string; size: number },
  name = "router-0",
): ManifestRouter {
  return {
    name,
    url: "",
    openaiBaseUrl: "",
    model: TINY_MODEL.name,
    modelFile: join(home, "models", "tiny.gguf"),
    digest: model.digest,
    size: model.size,
    modelVersion: TINY_MODEL.id,
    log: join(home, "logs", `${name}.log`),
  };
}

/** What the marketplace adds to the L2 genesis, and the ports its services hold. */
interface Marketplace {
  nodes: L2GenesisNode[];
  sessions: L2GenesisSession[];
  /** Operator accounts funded on L2 (their stake comes out of it). */
  funded: { address: string; amount: bigint }[];
  ports: number[];
}

/**
 * Creates the marketplace's services under `writeRoot`: for each router and the guard an operator
 * account (its key in the localnet's test-backend keyring), a home holding a new ed25519 node key,
 * and a port reserved now; the development session's API key. Records them in `manifest` and
 * returns what the L2 genesis registers (nodes ACTIVE with their stake, the session OPEN with its
 * deposit), so start-up needs no transaction ordering.
 */
async function createMarketplace(
  home: string,
  writeRoot: string,
  manifest: LocalnetManifest,
  model: { digest: string; size: number },
  faultyExecutor: boolean,
  progress: Progress,
): Promise<Marketplace> {
  const at = (p: string) => join(writeRoot, relative(home, p));
  const names = ["router-0", "router-1", ...(faultyExecutor ? ["router-faulty"] : [])];
  const ports = await reservePorts(names.length + 1);
  const keyringHome = join(home, "keyring");
  const keyring = await openKeyring({ home: at(keyringHome), backend: "test" });
  const hw = detectHardware();
  // What the router reports at start-up, so its registration is found unchanged.
  const hardware = {
    cpu: hw.cpu ?? "",
    cores: Number(hw.cores ?? 0),
    memoryBytes: Number(hw.memoryBytes ?? 0),
    gpu: hw.gpu ?? "",
  };
  const nodes: L2GenesisNode[] = [];
  const funded: { address: string; amount: bigint }[] = [];
  const operator = async (name: string) => {
    const account = await newAccount(`${name}-operator`);
    await keyring.add(account.name, { mnemonic: account.mnemonic });
    manifest.accounts.push(account);
    funded.push({ address: account.address, amount: OPERATOR_BALANCE });
    return account;
  };
  const nodeKey = async (dir: string) => {
    await mkdir(at(dir), { recursive: true, mode: 0o700 });
    return generateKeyFile(join(at(dir), "node_key.json"));
  };
  manifest.routers = [];
  for (const [i, name] of names.entries()) {
    const port = ports[i]!;
    const url = `http://127.0.0.1:${port}`;
    const routerHome = join(home, "routers", name);
    const key = await nodeKey(routerHome);
    const account = await operator(name);
    const fault = name === "router-faulty" ? { fault: "alter-output" } : {};
    nodes.push({
      operator: account.address,
      roles: ["ROUTER", "EXECUTOR"],
      pubkey: key.pubKey,
      endpoint: url,
      models: [TINY_MODEL.id],
      capacity: 1,
      pricePer1k: "0",
      hardware,
      // The cheater bonds more stake, which ranks it first in the routers' dispatch: it runs the
      // first tasks, and the guard catches it at once.
      stake: fault.fault ? FAULTY_STAKE : SERVICE_STAKE,
    });
    manifest.routers.push({
      ...routerEntry(home, model, name),
      url,
      openaiBaseUrl: `${url}/v1`,
      port,
      key: account.name,
      home: routerHome,
      ...fault,
    });
    progress(
      `  ${name}: executor of ${TINY_MODEL.id} registered at genesis by ${account.address} (port ${port}${name === "router-faulty" ? ", ALTERS ITS OUTPUTS" : ""})`,
    );
  }
  const guardPort = ports[names.length]!;
  const guardHome = join(home, "guards", "guard-0");
  const guardKey = await nodeKey(guardHome);
  const guardAccount = await operator("guard-0");
  nodes.push({
    operator: guardAccount.address,
    roles: ["GUARD"],
    pubkey: guardKey.pubKey,
    stake: SERVICE_STAKE,
  });
  const guard: ManifestGuard = {
    name: "guard-0",
    url: `http://127.0.0.1:${guardPort}`,
    port: guardPort,
    key: guardAccount.name,
    home: guardHome,
    modelFile: join(home, "models", "tiny.gguf"),
    log: join(home, "logs", "guard-0.log"),
  };
  manifest.guards = [guard];
  manifest.keyringHome = keyringHome;
  progress(`  guard-0: registered at genesis by ${guardAccount.address} (port ${guardPort})`);
  const sessions: L2GenesisSession[] = [];
  const dev0 = manifest.accounts.find((a) => a.name === "dev0");
  if (dev0) {
    const apiKey = newApiKey();
    sessions.push({
      owner: dev0.address,
      model: TINY_MODEL.id,
      redundancy: SESSION_REDUNDANCY,
      maxPricePer1k: "1000000",
      apiKeySha256: apiKey.sha256,
      deposit: SESSION_DEPOSIT,
      // Never expires in practice (years of blocks).
      expiresHeight: 10_000_000_000,
    });
    manifest.sessions = [
      {
        id: 1,
        apiKey: apiKey.key,
        model: TINY_MODEL.name,
        router: manifest.routers[0]!.openaiBaseUrl,
        owner: dev0.address,
      },
    ];
    progress(
      `  session 1: owned by dev0, ${TINY_MODEL.id}, redundancy ${SESSION_REDUNDANCY}, deposit ${SESSION_DEPOSIT}ustra`,
    );
  }
  return { nodes, sessions, funded, ports };
}

/** The relayer of a bridged localnet (what its genesis funds and names). */
interface Relayer {
  address: string;
}

/**
 * What a chain's genesis funds before its operators. Without the bridge, every chain funds each
 * development account with {@link DEV_BALANCE}. With it, L1 funds them with that plus
 * {@link DEV_DEPOSIT} (deposited to L2 at `localnet up`) and funds the relayer (batch fees, the
 * bond); L2's genesis supply is only what genesis itself uses: the development session's escrow
 * (its owner is funded with exactly the deposit), the relayer's fee money, and (added by the
 * callers) the validators' and services' operator accounts with their stake. `topology.fund`
 * (benchmark senders) is funded on every chain as given.
 */
function fundedAccounts(
  manifest: Pick<LocalnetManifest, "accounts">,
  topology: TopologyPlan,
  key: "l1" | "l2",
  relayer: Relayer | undefined,
  sessions: L2GenesisSession[] = [],
) {
  const dev = manifest.accounts.filter((a) => /^dev\d+$/.test(a.name));
  if (!relayer) return [...dev.map((a) => ({ address: a.address, amount: DEV_BALANCE })), ...topology.fund];
  if (key === "l1")
    return [
      ...dev.map((a) => ({ address: a.address, amount: DEV_BALANCE + DEV_DEPOSIT })),
      { address: relayer.address, amount: RELAYER_L1_BALANCE },
      ...topology.fund,
    ];
  return [
    ...sessions.map((s) => ({ address: s.owner, amount: s.deposit })),
    { address: relayer.address, amount: RELAYER_L2_BALANCE },
    ...topology.fund,
  ];
}

/**
 * Creates one chain of `plan` under `writeRoot` and adds it (and its operator accounts) to
 * `manifest`. L2 lists the built-in model at genesis, owned by `dev0` (or, without development
 * accounts, by the chain's first operator).
 */
async function addChain(
  home: string,
  writeRoot: string,
  manifest: LocalnetManifest,
  plan: ChainPlan,
  topology: TopologyPlan,
  model: { digest: string; size: number },
  progress: Progress,
  signal: AbortSignal | undefined,
  market?: Marketplace,
  link?: BridgeLink,
): Promise<Uint8Array> {
  const dev0 = manifest.accounts.find((a) => a.name === "dev0");
  const l2Market = plan.key === "l2" && market;
  const l1Chain = topology.chains.find((c) => c.key === "l1");
  const created = await createChain({
    home,
    writeRoot,
    plan,
    topology,
    funded: [
      ...fundedAccounts(manifest, topology, plan.key, link?.relayer, l2Market ? market.sessions : []),
      ...(l2Market ? market.funded : []),
    ],
    ...(l2Market ? { nodes: market.nodes, sessions: market.sessions } : {}),
    avoidPorts: [...(market?.ports ?? []), ...(link ? [link.batcherPort] : [])],
    progress,
    ...(signal ? { signal } : {}),
    ...(plan.key === "l2"
      ? { model: tinyModelListing({ ...model, file: join(home, "models", "tiny.gguf") }, dev0?.address) }
      : {}),
    ...(plan.key === "l2" && link
      ? {
          extraModules: {
            bridge: {
              params: { relayers: [link.relayer.address], denom: L1_DENOM, parentChainId: l1Chain!.chainId },
            },
          },
        }
      : {}),
    ...(plan.key === "l1" && link?.rollups ? { rollups: link.rollups } : {}),
  });
  manifest.chains[plan.key] = created.chain;
  manifest.accounts.push(...created.operators);
  return created.genesisBytes;
}

/** The L1 ↔ L2 link of a new localnet while it is created. */
interface BridgeLink {
  relayer: Relayer;
  /** The batcher's HTTP port, reserved with the rest. */
  batcherPort: number;
  /** Filled once L2's genesis exists: L2's registration in L1's genesis. */
  rollups?: L1GenesisRollup[];
}

/**
 * Creates the bridge's relayer account (its key in the localnet's test keyring, under `writeRoot`)
 * and reserves the batcher's port.
 */
async function createBridgeLink(
  home: string,
  writeRoot: string,
  manifest: LocalnetManifest,
  avoidPorts: number[],
): Promise<BridgeLink> {
  const keyringHome = join(home, "keyring");
  const keyring = await openKeyring({ home: join(writeRoot, relative(home, keyringHome)), backend: "test" });
  const account = await newAccount(RELAYER_KEY);
  await keyring.add(account.name, { mnemonic: account.mnemonic });
  // The development accounts' keys too, so `strata tx bridge deposit dev0 --home <keyringHome>
  // --keyring-backend test …` works on a localnet as it is.
  for (const a of manifest.accounts.filter((x) => /^dev\d+$/.test(x.name)))
    await keyring.add(a.name, { mnemonic: a.mnemonic });
  manifest.accounts.push(account);
  manifest.keyringHome = keyringHome;
  const [batcherPort] = await reservePorts(1, avoidPorts);
  return { relayer: { address: account.address }, batcherPort: batcherPort! };
}

/**
 * Adds a chain to an existing localnet created before that chain existed (an L1-only localnet
 * gains its L2): the chain is created in a staging folder inside `home`, renamed into place, and
 * the manifest rewritten. The development accounts keep their keys and are funded on it.
 */
export async function addChainToLocalnet(
  home: string,
  manifest: LocalnetManifest,
  plan: ChainPlan,
  topology: TopologyPlan,
  progress: Progress,
): Promise<void> {
  const stage = join(home, `.${plan.key}.creating-${process.pid}`);
  const target = join(home, plan.key);
  // A folder without a manifest entry is what an interrupted addition left.
  await rm(target, { recursive: true, force: true });
  await rm(stage, { recursive: true, force: true });
  try {
    progress(
      `adding ${plan.key} ${plan.chainId} with ${plan.validators} validator${plan.validators === 1 ? "" : "s"} to the localnet in ${home}`,
    );
    const modelFile = join(home, "models", "tiny.gguf");
    const model = existsSync(modelFile)
      ? { digest: await digestFile(modelFile), size: (await stat(modelFile)).size }
      : await writeTinyModel(join(home, "models"));
    // L1's genesis exists already: this L2 is not registered on it, and its genesis funds the
    // development accounts itself (no bridge).
    await addChain(home, stage, manifest, plan, topology, model, progress, undefined);
    await rename(join(stage, plan.key), target);
    await writeManifest(home, manifest);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/**
 * Creates a new localnet in `home`: development accounts (funded with the same addresses on
 * every chain), the built-in model, every chain's validator homes with their genesis (L2 lists
 * the model VERIFIED with its real sha256 and size, owned by `dev0`), and `localnet.json`. It is
 * all written into a staging folder beside `home` and renamed into place at the end, so an
 * interruption (Ctrl-C, a failure) leaves nothing that a later `localnet up` trips over.
 */
export async function createLocalnet(
  home: string,
  topology: TopologyPlan,
  progress: Progress,
  signal?: AbortSignal,
): Promise<LocalnetManifest> {
  await clearForCreation(home, progress);
  const stage = join(dirname(home), `${stagingPrefix(home)}${process.pid}`);
  await mkdir(join(stage, "logs"), { recursive: true });
  try {
    const chainsText = topology.chains
      .map((c) => `${c.key} ${c.chainId} with ${c.validators} validator${c.validators === 1 ? "" : "s"}`)
      .join(", ");
    progress(
      `creating a localnet in ${home}: ${topology.accounts} development accounts, ${chainsText}, the built-in tiny model`,
    );
    const accounts: ManifestAccount[] = [];
    for (let i = 0; i < topology.accounts; i++) accounts.push(await newAccount(`dev${i}`));
    checkAborted(signal);
    const model = await writeTinyModel(join(stage, "models"));
    progress(
      `  built-in model: ${join(home, "models", "tiny.gguf")} (${model.size} bytes, sha256 ${model.digest})`,
    );
    const manifest: LocalnetManifest = {
      version: MANIFEST_VERSION,
      chains: {} as LocalnetManifest["chains"],
      routers: topology.router ? [routerEntry(home, model)] : [],
      denom: L1_DENOM,
      accounts,
    };
    const market =
      topology.marketplace && topology.router && topology.chains.some((c) => c.key === "l2")
        ? await createMarketplace(home, stage, manifest, model, topology.marketplace.faultyExecutor, progress)
        : undefined;
    const l1Plan = topology.chains.find((c) => c.key === "l1");
    const l2Plan = topology.chains.find((c) => c.key === "l2");
    const link =
      topology.bridge !== false && l1Plan && l2Plan
        ? await createBridgeLink(home, stage, manifest, market?.ports ?? [])
        : undefined;
    if (link && l1Plan && l2Plan) {
      // L1's genesis registers L2 with L2's exact genesis bytes: L2 is created first.
      checkAborted(signal);
      const l2Genesis = await addChain(
        home,
        stage,
        manifest,
        l2Plan,
        topology,
        model,
        progress,
        signal,
        market,
        link,
      );
      const window = topology.challengeWindowBlocks ?? CHALLENGE_WINDOW_BLOCKS;
      link.rollups = [
        {
          chainId: l2Plan.chainId,
          genesis: l2Genesis,
          challengeWindowBlocks: window,
          bond: ROLLUP_BOND,
          creator: link.relayer.address,
        },
      ];
      checkAborted(signal);
      await addChain(home, stage, manifest, l1Plan, topology, model, progress, signal, market, link);
      const l2 = manifest.chains.l2!;
      l2.l1Registration = {
        chainId: l2Plan.chainId,
        challengeWindowBlocks: window,
        registeredHeight: 0,
      };
      l2.batcher = {
        url: `http://127.0.0.1:${link.batcherPort}`,
        port: link.batcherPort,
        key: RELAYER_KEY,
        log: join(home, "logs", "batcher.log"),
      };
      // The manifest lists L1 first, as the chains start (and L1's operators before L2's).
      manifest.chains = { l1: manifest.chains.l1, l2 };
      const l2Operators = manifest.accounts.filter((a) => a.name.startsWith(`${l2Plan.key}-validator-`));
      manifest.accounts = [...manifest.accounts.filter((a) => !l2Operators.includes(a)), ...l2Operators];
      for (const n of l2.nodes) {
        const nodeHome = join(stage, relative(home, n.home));
        const config = await readConfig(nodeHome);
        await writeConfig(nodeHome, {
          ...config,
          rollup: { l1Rpc: manifest.chains.l1.rpc[0]!, maxUnpostedBlocks: MAX_UNPOSTED_BLOCKS },
        });
      }
      progress(
        `  ${l2Plan.chainId} registered on ${l1Plan.chainId} at genesis (challenge window ${window} blocks, bond ${ROLLUP_BOND}${L1_DENOM}); batcher and relayer ${link.relayer.address} (port ${link.batcherPort})`,
      );
    } else {
      for (const plan of topology.chains) {
        checkAborted(signal);
        await addChain(home, stage, manifest, plan, topology, model, progress, signal, market);
      }
    }
    checkAborted(signal);
    await writeManifest(stage, manifest);
    await rename(stage, home);
    return manifest;
  } catch (err) {
    await rm(stage, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Gives a localnet created without a router (`--no-router`) its router entry, generating the
 * built-in model file when it is missing. Returns whether the manifest changed.
 */
export async function ensureRouter(home: string, manifest: LocalnetManifest): Promise<boolean> {
  if (manifest.routers.length > 0) return false;
  const modelFile = join(home, "models", "tiny.gguf");
  const model = existsSync(modelFile)
    ? { digest: await digestFile(modelFile), size: (await stat(modelFile)).size }
    : await writeTinyModel(join(home, "models"));
  manifest.routers.push(routerEntry(home, model));
  return true;
}
