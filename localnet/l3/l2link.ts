/**
 * The L2 side of `strata l3 launch --l2`: the L3 registered on L2's `l3registry` (idempotent for the
 * same genesis) and its anchorer (`strata l3 anchor`) started as one more process of the launch.
 */
import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "../../chain/core/crypto/index.js";
import { homePaths } from "../../chain/core/node/index.js";
import type { StrataClient } from "../../client/index.js";
import { queryL3OnL2, registerL3OnL2 } from "../../l3-anchor/index.js";
import { readManifest } from "../manifest.js";
import { spawnStrata } from "../processes.js";
import { L3LaunchCode, L3LaunchError } from "./errors.js";
import type { L3Manifest } from "./launch.js";

/** How a launched L3 is linked to L2 (`l2` in `l3.json`): where it is registered and who anchors. */
export interface L3ManifestL2 {
  /** L2 node RPC URL the anchorer posts to. */
  rpc: string;
  /** Keyring key of the L2 account that registered the L3 and signs the anchors. */
  key: string;
  keyringHome: string;
  keyringBackend: string;
  /** File keyring: the passphrase file handed to the anchorer. */
  passphraseFile?: string;
  /** The L2 account of `key`. */
  submitter: string;
  /** L2 height of the registration. */
  registeredHeight: number;
  /** Log file of the anchorer process. */
  anchorLog: string;
}

/** Outcome of {@link ensureL3RegisteredOnL2}. */
export interface L3Registration {
  chainId: string;
  registeredHeight: number;
  /** True when L2 already held this L3 with the same genesis (a re-launch). */
  already: boolean;
}

/** sha256 of the L3's genesis.json bytes (every validator holds the same file). */
async function genesisOf(m: L3Manifest): Promise<{ text: string; sha: Uint8Array }> {
  const text = await readFile(homePaths(m.validators[0]!.home).genesis, "utf8");
  return { text, sha: sha256(new TextEncoder().encode(text)) };
}

/**
 * Registers the L3 of `m` on L2 through `client` (signed by `creator`), unless L2 already holds it
 * with the same chain id, name and genesis sha256 (a re-launch or restart: nothing is sent).
 * @throws L3LaunchError(l2Conflict) when L2 holds the chain id or the name with another genesis or
 * under another name; TxRefusedError when L2 refuses the registration.
 */
export async function ensureL3RegisteredOnL2(
  client: StrataClient,
  m: L3Manifest,
  creator: string,
): Promise<L3Registration> {
  const { text, sha } = await genesisOf(m);
  const conflict = (why: string) =>
    new L3LaunchError(
      L3LaunchCode.l2Conflict,
      `L2 already holds ${why}; launch this L3 under another --name/--chain-id, or use the L2 the chain was registered on`,
    );
  for (const key of [m.chainId, m.name]) {
    const held = await queryL3OnL2(client, key);
    if (!held) continue;
    if (held.chainId !== m.chainId)
      throw conflict(`the name "${m.name}" for another chain (${held.chainId})`);
    if (held.name !== m.name) throw conflict(`chain id ${m.chainId} under another name ("${held.name}")`);
    if (Buffer.compare(Buffer.from(held.genesisSha256), Buffer.from(sha)) !== 0)
      throw conflict(
        `chain id ${m.chainId} with another genesis (sha256 ${Buffer.from(held.genesisSha256).toString("hex")}, this one ${Buffer.from(sha).toString("hex")})`,
      );
    return { chainId: m.chainId, registeredHeight: Number(held.registeredHeight), already: true };
  }
  const r = await registerL3OnL2(client, { creator, genesisText: text, name: m.name });
  return { chainId: r.chainId, registeredHeight: r.height, already: false };
}

/** Path of the anchorer's log in an L3 home. */
export function anchorLogPath(home: string): string {
  return join(home, "logs", "anchor.log");
}

/**
 * Starts the L3's anchorer (`strata l3 anchor`, against validator 0's RPC and `m.l2`), logging to
 * `m.l2.anchorLog`. Resumes from L2's last anchored header, so a restart never gaps or duplicates.
 * @throws L3LaunchError(badOptions) when `m` has no L2 link.
 */
export function startL3Anchorer(m: L3Manifest, detached: boolean): ChildProcess {
  const l2 = m.l2;
  if (!l2)
    throw new L3LaunchError(L3LaunchCode.badOptions, `${m.name} is not linked to an L2 (launch with --l2)`);
  return spawnStrata(
    [
      "l3",
      "anchor",
      "--l3",
      m.validators[0]!.rpc,
      "--l2",
      l2.rpc,
      "--key",
      l2.key,
      "--keyring-home",
      l2.keyringHome,
      "--keyring-backend",
      l2.keyringBackend,
      ...(l2.passphraseFile ? ["--passphrase-file", l2.passphraseFile] : []),
    ],
    l2.anchorLog,
    detached,
  );
}

/**
 * Waits until L2 holds at least one anchored header of `m`'s L3 (the anchorer is working).
 * @throws L3LaunchError(startFailed) naming the anchorer's log when it exits or `timeoutMs` passes.
 */
export async function waitForFirstAnchor(
  client: StrataClient,
  m: L3Manifest,
  anchorer: ChildProcess,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const log = m.l2?.anchorLog ?? "its log";
  while (Date.now() < deadline) {
    if (anchorer.exitCode !== null || anchorer.signalCode !== null)
      throw new L3LaunchError(L3LaunchCode.startFailed, `the anchorer exited; see ${log}`);
    const held = await queryL3OnL2(client, m.chainId).catch(() => null);
    if (held && Number(held.lastNumber) >= 1) return Number(held.lastNumber);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new L3LaunchError(
    L3LaunchCode.startFailed,
    `no L3 header anchored on L2 within ${timeoutMs} ms; see ${log}`,
  );
}

/** The L2 defaults a localnet gives `strata l3 launch --localnet HOME`. */
export interface LocalnetL2Defaults {
  /** Its first L2 node's RPC URL. */
  rpc: string;
  /** Its test keyring. */
  keyringHome: string;
  keyringBackend: "test";
  /** The last development account (funded on L2; dev0 is left to the user's own txs). */
  key: string;
}

/**
 * Reads a localnet's L2 RPC and a funded development key of its test keyring (the highest-numbered
 * `devN`, so the anchorer's txs do not race the sequence of `dev0`, which examples use).
 * @throws L3LaunchError(badOptions) when the localnet has no L2, no keyring or no development account.
 */
export async function localnetL2Defaults(localnetHome: string): Promise<LocalnetL2Defaults> {
  let manifest: Awaited<ReturnType<typeof readManifest>>;
  try {
    manifest = await readManifest(localnetHome);
  } catch (err) {
    throw new L3LaunchError(L3LaunchCode.badOptions, `--localnet: ${(err as Error).message}`);
  }
  const rpc = manifest.chains.l2?.rpc[0];
  const dev = manifest.accounts
    .filter((a) => /^dev\d+$/.test(a.name))
    .sort((a, b) => Number(a.name.slice(3)) - Number(b.name.slice(3)));
  if (!rpc || !manifest.keyringHome || dev.length === 0)
    throw new L3LaunchError(
      L3LaunchCode.badOptions,
      `--localnet ${localnetHome} has no L2, test keyring or development account; pass --l2 and --key`,
    );
  return { rpc, keyringHome: manifest.keyringHome, keyringBackend: "test", key: dev[dev.length - 1]!.name };
}
