import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Database, openDatabase, StoreError, StoreErrorCode } from "../store/index.js";
import { NodeError, NodeErrorCode } from "./genesis.js";

/** The pid file a running node keeps in its home: `<home>/node.pid`, its process id. */
export function homeLockPath(home: string): string {
  return join(home, "node.pid");
}

/** A held node home: remove the pid file when the node stops. */
export interface HomeLock {
  /** The pid file. */
  readonly path: string;
  /** Removes the pid file if it still names this process (idempotent). */
  release(): Promise<void>;
}

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The process that holds `home` according to its pid file, when that process is alive; undefined
 * without a pid file, with an unreadable one, or when the process it names is gone (stale).
 */
export async function homeLockHolder(home: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(homeLockPath(home), "utf8");
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** The error for a home held by process `pid` (or an unknown process). */
export function homeInUseError(home: string, pid: number | undefined): NodeError {
  const who = pid === undefined ? "another process" : `a running node (pid ${pid})`;
  const stop = pid === undefined ? "stop the node using it" : `stop it first (e.g. \`kill ${pid}\`)`;
  return new NodeError(
    NodeErrorCode.homeInUse,
    `node home ${home} is in use by ${who}; ${stop}, or pass another --home`,
  );
}

/**
 * Takes the node home for this process: writes `<home>/node.pid` with this process's id, created
 * exclusively. A pid file whose process is gone (a node that was killed) is stale and replaced.
 * @throws NodeError `homeInUse` naming the pid when a live process holds the home.
 */
export async function acquireHomeLock(home: string): Promise<HomeLock> {
  const path = homeLockPath(home);
  await mkdir(home, { recursive: true });
  const create = async (): Promise<boolean> => {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: "wx", mode: 0o644 });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw err;
    }
  };
  if (!(await create())) {
    const holder = await homeLockHolder(home);
    // [REJECT] a second node on a home whose node runs
    if (holder !== undefined && holder !== process.pid) throw homeInUseError(home, holder);
    // Stale (its process is gone, e.g. killed, or its pid is now ours, as in a restarted
    // container) or unreadable: replace it; a racing starter that recreated it first wins.
    await rm(path, { force: true });
    if (!(await create())) throw homeInUseError(home, await homeLockHolder(home));
  }
  let released = false;
  return {
    path,
    async release() {
      if (released) return;
      released = true;
      const text = await readFile(path, "utf8").catch(() => "");
      if (Number.parseInt(text.trim(), 10) === process.pid) await rm(path, { force: true });
    },
  };
}

/**
 * Opens `<home>/data` with `open`, turning LevelDB's lock failure into an error that names the
 * process holding the home (from its pid file).
 * @throws NodeError `homeInUse` when the database is locked; other open errors unchanged.
 */
export async function openHomeDatabase(
  home: string,
  open: (path: string) => Promise<Database> = openDatabase,
): Promise<Database> {
  try {
    return await open(join(home, "data"));
  } catch (err) {
    if (err instanceof StoreError && err.code === StoreErrorCode.DatabaseLocked)
      throw homeInUseError(home, await homeLockHolder(home));
    throw err;
  }
}
