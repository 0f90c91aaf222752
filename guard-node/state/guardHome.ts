/**
 * The guard's home folder: its ed25519 node key (mode 0600) and `state.json` (the last processed
 * height, the journal of scores sent but not yet seen on chain, models it refused to attest).
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Ed25519KeyPair } from "../../chain/core/crypto/index.js";
import { generateKeyFile, loadKeyFile } from "../../chain/core/node/index.js";
import { GuardError, GuardErrorCode } from "../errors.js";

/** Files of a guard home. */
export interface GuardPaths {
  home: string;
  /** ed25519 node key (`strata init`'s key file format), the guard's registered pubkey and sampling secret. */
  nodeKey: string;
  state: string;
  /** Weights fetched over http(s) for attestation, by sha256. */
  weights: string;
}

/** The files of the guard home `home`. */
export function guardPaths(home: string): GuardPaths {
  return {
    home,
    nodeKey: join(home, "node_key.json"),
    state: join(home, "state.json"),
    weights: join(home, "weights"),
  };
}

/** A score the guard sent and has not seen leave its assignments yet. */
export interface JournalEntry {
  /** Committed height when it was sent. */
  height: number;
  /** Transaction hash once the transaction committed. */
  txhash?: string;
}

/** `state.json`. */
export interface GuardState {
  version: 1;
  /** The operator address the state belongs to. */
  guard: string;
  /** Highest committed height processed. */
  lastHeight: number;
  /** Scores sent, by task id, until the task leaves the guard's assignments. */
  sent: Record<string, JournalEntry>;
  /** Model versions the guard refused to attest, with the reason (not retried by `guard start`). */
  refusedModels: Record<string, string>;
}

/** Creates the home (mode 0700) and returns its node key, creating it (mode 0600) when missing. */
export async function openGuardHome(home: string): Promise<{ paths: GuardPaths; key: Ed25519KeyPair }> {
  const paths = guardPaths(home);
  await mkdir(home, { recursive: true, mode: 0o700 });
  if (!existsSync(paths.nodeKey)) {
    const key = await generateKeyFile(paths.nodeKey);
    return { paths, key };
  }
  // A key file copied in with looser permissions is tightened: it is the guard's secret.
  await chmod(paths.nodeKey, 0o600);
  return { paths, key: await loadKeyFile(paths.nodeKey) };
}

/**
 * Reads `state.json`; a fresh state when there is none. A state of another operator is not
 * reused (its journal would be meaningless): a fresh one replaces it.
 * @throws GuardError(StateUnreadable) when the file exists but is not a guard state.
 */
export async function loadGuardState(paths: GuardPaths, guard: string): Promise<GuardState> {
  const fresh: GuardState = { version: 1, guard, lastHeight: 0, sent: {}, refusedModels: {} };
  let text: string;
  try {
    text = await readFile(paths.state, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return fresh;
    throw new GuardError(
      GuardErrorCode.StateUnreadable,
      `cannot read ${paths.state}: ${(err as Error).message}`,
    );
  }
  let s: GuardState;
  try {
    s = JSON.parse(text) as GuardState;
  } catch (err) {
    throw new GuardError(
      GuardErrorCode.StateUnreadable,
      `${paths.state} is not JSON: ${(err as Error).message}`,
    );
  }
  // [REJECT] a version-1 guard state
  if (s?.version !== 1 || typeof s.lastHeight !== "number" || typeof s.sent !== "object" || s.sent === null) {
    throw new GuardError(GuardErrorCode.StateUnreadable, `${paths.state} is not a version 1 guard state`);
  }
  if (s.guard !== guard) return fresh;
  return { ...fresh, ...s, refusedModels: s.refusedModels ?? {} };
}

/** Writes `state.json` atomically (a temporary file renamed over it). */
export async function saveGuardState(paths: GuardPaths, state: GuardState): Promise<void> {
  const tmp = `${paths.state}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, paths.state);
}
