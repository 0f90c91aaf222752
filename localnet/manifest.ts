import { chmod, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LocalnetError, LocalnetErrorCode } from "./errors.js";

/** Version of the `localnet.json` schema; bumped only on incompatible changes. */
export const MANIFEST_VERSION = 1;

/** One process of the localnet. */
export interface ManifestNode {
  name: string;
  /** Node home folder. */
  home: string;
  /** JSON-RPC URL (chain nodes) or HTTP API URL (routers). */
  rpc: string;
  /** The node's JSON-RPC port, kept across restarts (also in the node's `config.json`). */
  rpcPort?: number;
  /** The node's p2p port, kept across restarts (peers dial it; also in `config.json`). */
  p2pPort?: number;
  /** OS process id while running (absent once stopped). */
  pid?: number;
  /** Log file of the process. */
  log: string;
}

/** How a child chain is registered on L1 (its `rollup` record, made in L1's genesis). */
export interface ManifestL1Registration {
  /** The chain id L1 knows it by. */
  chainId: string;
  /** L1 blocks between a batch's acceptance and the claims of its withdrawals. */
  challengeWindowBlocks: number;
  /** L1 height of the registration (as L1's `rollup` record reports it; 0 until read). */
  registeredHeight: number;
}

/** The batcher of a child chain: posts its blocks to L1 and relays L1 deposits to it. */
export interface ManifestBatcher {
  /** Base URL of its `/health` and `/metrics`. */
  url: string;
  /** Its HTTP port, kept across restarts. */
  port?: number;
  /** Keyring key (in {@link LocalnetManifest.keyringHome}) that signs batches on L1 and mints on L2. */
  key: string;
  pid?: number;
  log: string;
}

/** A chain of the localnet. */
export interface ManifestChain {
  chainId: string;
  /** Every node's RPC URL (what clients connect to). */
  rpc: string[];
  nodes: ManifestNode[];
  /** A child chain (L2): its registration on L1. */
  l1Registration?: ManifestL1Registration;
  /** A child chain (L2): the batcher process that settles it on L1. */
  batcher?: ManifestBatcher;
}

/** A router node of the localnet (OpenAI-compatible gateway over the built-in model). */
export interface ManifestRouter {
  name: string;
  /** Base URL of the router (`/health`, `/metrics`). */
  url: string;
  /** What OpenAI clients use as `baseURL`. */
  openaiBaseUrl: string;
  /** Model id clients send as `model`. */
  model: string;
  /** GGUF file served, and its sha256 (what L2 pins a model version by). */
  modelFile: string;
  digest: string;
  /** Size of the model file in bytes. */
  size?: number;
  /** The L2 model version (`name@version`) published at genesis for this file. */
  modelVersion?: string;
  /** The router's HTTP port, kept across restarts. */
  port?: number;
  pid?: number;
  log: string;
  /** On L2: the keyring key of its operator account (in {@link LocalnetManifest.keyringHome}). */
  key?: string;
  /** On L2: the router home holding its node key (registered at genesis) and task journal. */
  home?: string;
  /** TESTING ONLY: the router's `--fault` (`alter-output`: a cheating executor). */
  fault?: string;
}

/** A guard node of the localnet (registered at genesis with the GUARD role). */
export interface ManifestGuard {
  name: string;
  /** Base URL of its `/health` and `/metrics`. */
  url: string;
  /** Its HTTP port, kept across restarts. */
  port?: number;
  /** Keyring key of its operator account (in {@link LocalnetManifest.keyringHome}). */
  key: string;
  /** Guard home: node key, state.json. */
  home: string;
  /** The GGUF file it re-executes tasks with. */
  modelFile: string;
  pid?: number;
  log: string;
}

/** The network explorer of the localnet (`strata explorer` over its chains' RPC). */
export interface ManifestExplorer {
  /** Base URL of the web app (and its `/health`). */
  url: string;
  /** Its HTTP port, kept across restarts. */
  port?: number;
  pid?: number;
  log: string;
}

/** A development session opened at genesis (only the API key's sha256 is on chain). */
export interface ManifestSession {
  /** L2 session id. */
  id: number;
  /** The session's API key (Authorization: Bearer …). Never reuse it outside a localnet. */
  apiKey: string;
  /** Model id clients send as `model`. */
  model: string;
  /** OpenAI base URL to use the session through. */
  router: string;
  /** The session's owner account. */
  owner: string;
}

/** A funded development account. Never use these keys outside a localnet. */
export interface ManifestAccount {
  name: string;
  mnemonic: string;
  address: string;
}

/**
 * `DIR/localnet.json`, the stable description of a running localnet that tools and tests read:
 * `chains.l1` (settlement), `chains.l2` (orchestration), the routers, the funded accounts.
 * Later layers add chains and services under their own keys.
 */
export interface LocalnetManifest {
  version: number;
  chains: { l1: ManifestChain; l2?: ManifestChain; [name: string]: ManifestChain | undefined };
  /** Router nodes serving inference. */
  routers: ManifestRouter[];
  denom: string;
  accounts: ManifestAccount[];
  /** Guard nodes (localnets created with routers on L2). */
  guards?: ManifestGuard[];
  /** Development sessions open at genesis. */
  sessions?: ManifestSession[];
  /** The network explorer (localnets started since it exists, unless `--no-explorer`). */
  explorer?: ManifestExplorer;
  /** Client home of the test-backend keyring holding the routers' and guards' operator keys. */
  keyringHome?: string;
  /** Process id of the supervisor in foreground mode. */
  supervisorPid?: number;
}

/** Path of the manifest in a localnet home. */
export function manifestPath(home: string): string {
  return join(home, "localnet.json");
}

/**
 * Writes the manifest atomically (temp file + rename), so readers never see half a file. Mode 0600:
 * it holds the development accounts' mnemonics and the session API keys.
 */
export async function writeManifest(home: string, manifest: LocalnetManifest): Promise<void> {
  const tmp = `${manifestPath(home)}.tmp`;
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  // `mode` only applies when the file is created; a leftover temp file keeps its old mode.
  await chmod(tmp, 0o600);
  await rename(tmp, manifestPath(home));
}

/**
 * Reads the manifest of a localnet home.
 * @throws StrataError(localnet) when there is none (`localnet up` was never run there).
 */
export async function readManifest(home: string): Promise<LocalnetManifest> {
  try {
    return JSON.parse(await readFile(manifestPath(home), "utf8")) as LocalnetManifest;
  } catch (err) {
    throw new LocalnetError(
      LocalnetErrorCode.noLocalnet,
      `no localnet in ${home}: ${(err as Error).message}`,
    );
  }
}
