import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DEFAULT_CONFIG, generateKeyFile, homePaths, writeConfig } from "../../chain/core/node/index.js";
import { nodeIdFromPubKey } from "../../chain/core/p2p/index.js";
import { generateX25519KeyPair } from "../../chain/l3-privacy/crypto/index.js";
import { defaultCustodyThreshold, prepareL3Genesis } from "../../chain/l3-privacy/genesis.js";
import { writeCustodyKey, writeOperator } from "../../chain/l3-privacy/keyservice/index.js";
import { reservePorts } from "../ports.js";
import { isAlive, spawnStrata, terminate, waitForHeight } from "../processes.js";
import { L3LaunchCode, L3LaunchError } from "./errors.js";
import type { L3ManifestL2 } from "./l2link.js";
import { type MemberEntry, readMembersFile } from "./members.js";

/** Balance of every party and operator at genesis (ustra): the L3's own fee token, not bridged. */
export const L3_ACCOUNT_BALANCE = 1_000_000_000_000n;

/** One validator of an L3 in `l3.json`. */
export interface L3ManifestValidator {
  name: string;
  home: string;
  rpc: string;
  rpcPort: number;
  p2pPort: number;
  /** Operator account (custodian address; signs re-wrap answers). */
  operator: string;
  /** Its custody X25519 public key, base64. */
  custodyPublicKey: string;
  log: string;
  keyserviceLog: string;
}

/** `<home>/l3.json`: what `strata l3 launch` made (no secrets: those stay in each validator's home, 0600). */
export interface L3Manifest {
  version: 1;
  name: string;
  chainId: string;
  home: string;
  custodyThreshold: number;
  adminThreshold: number;
  validators: L3ManifestValidator[];
  members: { name: string; role: string; address: string }[];
  /** Process ids of a detached launch (nodes and key services, by validator). */
  pids?: { node: number; keyservice: number }[];
  /** The L2 the L3 is registered on and anchored to (`launch --l2`); absent: not anchored. */
  l2?: L3ManifestL2;
  /** Process id of a detached launch's anchorer (`strata l3 anchor`). */
  anchorPid?: number;
}

/** Options of {@link createL3}. */
export interface L3LaunchOptions {
  name: string;
  membersFile: string;
  home: string;
  validators: number;
  custodyThreshold?: number;
  chainId?: string;
  blockIntervalMs?: number;
}

/** Path of an L3 home's manifest. */
export function l3ManifestPath(home: string): string {
  return join(home, "l3.json");
}

/** Reads `l3.json`. @throws L3LaunchError(notAnL3). */
export async function readL3Manifest(home: string): Promise<L3Manifest> {
  try {
    return JSON.parse(await readFile(l3ManifestPath(home), "utf8")) as L3Manifest;
  } catch {
    throw new L3LaunchError(
      L3LaunchCode.notAnL3,
      `${home} holds no l3.json; create it with \`strata l3 launch\``,
    );
  }
}

/** Writes `l3.json`. */
export async function writeL3Manifest(m: L3Manifest): Promise<void> {
  await writeFile(l3ManifestPath(m.home), `${JSON.stringify(m, null, 2)}\n`, { mode: 0o600 });
}

/**
 * Creates an L3 in `opts.home`: one home per validator (`validator-i`: config with layer `l3`,
 * validator and node keys, a random X25519 custody key and an operator account, both 0600),
 * and one genesis (staking validators bonded by their operators, every party and operator
 * funded, the parties of `members.json`, the custodians, epoch 1 generated here and dropped).
 * @throws L3LaunchError for bad options or members, or a home that is not empty.
 */
export async function createL3(opts: L3LaunchOptions, progress: (line: string) => void): Promise<L3Manifest> {
  if (!/^[a-z0-9][a-z0-9-]{0,30}$/.test(opts.name))
    throw new L3LaunchError(
      L3LaunchCode.badOptions,
      "--name must be 1..31 of [a-z0-9-], starting with a letter or digit",
    );
  if (!Number.isInteger(opts.validators) || opts.validators < 2 || opts.validators > 20)
    throw new L3LaunchError(
      L3LaunchCode.badOptions,
      "--validators must be 2..20 (Shamir custody needs at least 2 custodians)",
    );
  const t = opts.custodyThreshold ?? defaultCustodyThreshold(opts.validators);
  if (!Number.isInteger(t) || t < 2 || t > opts.validators)
    throw new L3LaunchError(
      L3LaunchCode.badOptions,
      `--custody-threshold ${t} must be 2..${opts.validators}`,
    );
  const members = await readMembersFile(opts.membersFile);
  const home = resolve(opts.home);
  if (existsSync(home) && (await readdir(home)).length > 0)
    throw new L3LaunchError(L3LaunchCode.homeExists, `${home} is not empty; pass a new --home`);
  await mkdir(join(home, "logs"), { recursive: true, mode: 0o700 });
  const chainId = opts.chainId ?? `${opts.name}-l3`;
  const ports = await reservePorts(2 * opts.validators);
  const validators: L3ManifestValidator[] = [];
  const keys: { pubKey: Uint8Array; nodePub: Uint8Array; custody: Uint8Array }[] = [];
  for (let i = 0; i < opts.validators; i++) {
    const name = `validator-${i}`;
    const vhome = join(home, name);
    const paths = homePaths(vhome);
    await mkdir(join(vhome, "config"), { recursive: true, mode: 0o700 });
    const validatorKey = await generateKeyFile(paths.validatorKey);
    const nodeKey = await generateKeyFile(paths.nodeKey);
    const custody = generateX25519KeyPair();
    await writeCustodyKey(vhome, custody);
    const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "strata" });
    const [acct] = await wallet.getAccounts();
    await writeOperator(vhome, {
      name: `${name}-operator`,
      address: acct!.address,
      mnemonic: wallet.mnemonic,
    });
    custody.secretKey.fill(0);
    validators.push({
      name,
      home: vhome,
      rpc: `http://127.0.0.1:${ports[2 * i]}`,
      rpcPort: ports[2 * i]!,
      p2pPort: ports[2 * i + 1]!,
      operator: acct!.address,
      custodyPublicKey: Buffer.from(custody.publicKey).toString("base64"),
      log: join(home, "logs", `${name}.log`),
      keyserviceLog: join(home, "logs", `${name}-keyservice.log`),
    });
    keys.push({ pubKey: validatorKey.pubKey, nodePub: nodeKey.pubKey, custody: custody.publicKey });
    progress(
      `  ${name}: ${vhome} (rpc port ${ports[2 * i]}, p2p port ${ports[2 * i + 1]}, operator ${acct!.address})`,
    );
  }
  const roleOf = (m: MemberEntry) => m.role.toUpperCase() as "ADMIN" | "MEMBER" | "ROUTER";
  const genesis = await prepareL3Genesis({
    chainId,
    genesisTime: new Date().toISOString(),
    validators: validators.map((v, i) => ({
      name: v.name,
      pubKey: Buffer.from(keys[i]!.pubKey).toString("base64"),
      power: "10",
      operator: v.operator,
    })),
    accounts: [
      ...members.members.map((m) => ({ address: m.address, amount: L3_ACCOUNT_BALANCE })),
      ...validators.map((v) => ({ address: v.operator, amount: L3_ACCOUNT_BALANCE })),
    ],
    maxBlockTxs: 2000,
    parties: members.members.map((m) => ({
      address: m.address,
      role: roleOf(m),
      x25519PublicKey: new Uint8Array(Buffer.from(m.x25519PublicKey, "base64")),
      name: m.name,
    })),
    custodians: validators.map((v, i) => ({
      address: v.operator,
      x25519PublicKey: keys[i]!.custody,
      name: v.name,
    })),
    adminThreshold: members.adminThreshold ?? 1,
    custodyThreshold: t,
  });
  const genesisText = `${JSON.stringify(genesis, null, 2)}\n`;
  const peers = validators.map((v, i) => `${nodeIdFromPubKey(keys[i]!.nodePub)}@127.0.0.1:${v.p2pPort}`);
  for (const [i, v] of validators.entries()) {
    await writeFile(homePaths(v.home).genesis, genesisText);
    await writeConfig(v.home, {
      ...DEFAULT_CONFIG,
      layer: "l3",
      moniker: v.name,
      rpc: { ...DEFAULT_CONFIG.rpc, port: v.rpcPort },
      p2p: { ...DEFAULT_CONFIG.p2p, port: v.p2pPort, persistentPeers: peers.filter((_, j) => j !== i) },
      blockIntervalMs: opts.blockIntervalMs ?? 500,
      consensus: { ...DEFAULT_CONFIG.consensus, commit: opts.blockIntervalMs ?? 500 },
    });
  }
  const manifest: L3Manifest = {
    version: 1,
    name: opts.name,
    chainId,
    home,
    custodyThreshold: t,
    adminThreshold: members.adminThreshold ?? 1,
    validators,
    members: members.members.map((m) => ({ name: m.name, role: m.role, address: m.address })),
  };
  await writeL3Manifest(manifest);
  return manifest;
}

/** The two processes of one validator. */
export interface ValidatorProcesses {
  node: ChildProcess;
  keyservice: ChildProcess;
}

/** Starts validator `v`'s node and key service (`strata start`, `strata l3 keyservice`). */
export function startValidator(m: L3Manifest, v: L3ManifestValidator, detached: boolean): ValidatorProcesses {
  const node = spawnStrata(["start", "--home", v.home], v.log, detached);
  const keyservice = spawnStrata(
    ["l3", "keyservice", "--home", v.home, "--node", v.rpc, "--chain-id", m.chainId],
    v.keyserviceLog,
    detached,
  );
  return { node, keyservice };
}

/**
 * Starts every validator and waits until each reports height ≥ 2.
 * @throws L3LaunchError(startFailed) naming the validator and its log.
 */
export async function startL3(m: L3Manifest, detached: boolean): Promise<ValidatorProcesses[]> {
  const procs = m.validators.map((v) => startValidator(m, v, detached));
  for (const [i, v] of m.validators.entries()) {
    try {
      await waitForHeight(v.rpc, 2, 120_000, () => procs[i]!.node.exitCode !== null);
    } catch (err) {
      for (const p of procs) for (const c of [p.node, p.keyservice]) if (c.pid) await terminate(c.pid, 5000);
      throw new L3LaunchError(L3LaunchCode.startFailed, `${v.name}: ${(err as Error).message}; see ${v.log}`);
    }
  }
  if (detached) {
    for (const p of procs) {
      p.node.unref();
      p.keyservice.unref();
    }
    await writeL3Manifest({
      ...m,
      pids: procs.map((p) => ({ node: p.node.pid!, keyservice: p.keyservice.pid! })),
    });
  }
  return procs;
}

/**
 * Stops a detached L3's processes (SIGTERM, then SIGKILL after a grace period): the anchorer first
 * (it resumes from L2's last header on the next launch), then each validator's key service and node.
 */
export async function stopL3(home: string): Promise<number> {
  const m = await readL3Manifest(home);
  let stopped = 0;
  if (m.anchorPid !== undefined && isAlive(m.anchorPid)) {
    await terminate(m.anchorPid, 15_000);
    stopped++;
  }
  for (const p of m.pids ?? [])
    for (const pid of [p.keyservice, p.node])
      if (isAlive(pid)) {
        await terminate(pid, 15_000);
        stopped++;
      }
  const { pids: _, anchorPid: __, ...rest } = m;
  await writeL3Manifest(rest as L3Manifest);
  return stopped;
}

/** Removes a half-made L3 home (used when creation fails). */
export async function removeL3Home(home: string): Promise<void> {
  await rm(home, { recursive: true, force: true });
}

/**
 * Records the L3 in a localnet's `localnet.json` under `l3Chains` (name, chain id, home, RPC URLs,
 * custody threshold, and with an L2 link its anchorer: L2 RPC, key, log, pid), replacing an entry of the same name; the file keeps its other fields and mode
 * 0600. Returns the file's path.
 * @throws L3LaunchError(badOptions) when the folder holds no `localnet.json`.
 */
export async function recordL3InLocalnet(localnetHome: string, m: L3Manifest): Promise<string> {
  const path = join(localnetHome, "localnet.json");
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  } catch (err) {
    throw new L3LaunchError(
      L3LaunchCode.badOptions,
      `--localnet: cannot read ${path}: ${(err as Error).message}`,
    );
  }
  const others = ((manifest.l3Chains as { name: string }[] | undefined) ?? []).filter(
    (c) => c.name !== m.name,
  );
  manifest.l3Chains = [
    ...others,
    {
      name: m.name,
      chainId: m.chainId,
      home: m.home,
      rpc: m.validators.map((v) => v.rpc),
      custodyThreshold: m.custodyThreshold,
      ...(m.l2
        ? {
            anchor: {
              l2: m.l2.rpc,
              key: m.l2.key,
              submitter: m.l2.submitter,
              registeredHeight: m.l2.registeredHeight,
              log: m.l2.anchorLog,
              ...(m.anchorPid !== undefined ? { pid: m.anchorPid } : {}),
            },
          }
        : {}),
    },
  ];
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return path;
}
