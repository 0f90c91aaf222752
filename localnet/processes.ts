import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, fchmodSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Path of the `strata` entry script, so child processes run exactly this checkout's code. */
export const STRATA_BIN = fileURLToPath(new URL("../bin/strata.js", import.meta.url));

/**
 * Starts `strata <args>` as a child process writing stdout and stderr to `logFile` (mode 0600: a
 * node's log may name development accounts and keys).
 */
export function spawnStrata(args: string[], logFile: string, detached: boolean): ChildProcess {
  const fd = openSync(logFile, "a", 0o600);
  fchmodSync(fd, 0o600);
  try {
    return spawn(process.execPath, [STRATA_BIN, ...args], { stdio: ["ignore", fd, fd], detached });
  } finally {
    closeSync(fd);
  }
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM, waits up to `graceMs` for the process to exit, then SIGKILLs it. */
export async function terminate(pid: number, graceMs = 15_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

/**
 * Polls a chain node's JSON-RPC `status` until it reports at least `minHeight` blocks.
 * @throws Error when `timeoutMs` passes first or `isDead()` turns true.
 */
export async function waitForHeight(
  rpc: string,
  minHeight: number,
  timeoutMs: number,
  isDead: () => boolean,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isDead()) throw new Error(`node at ${rpc} exited during start-up`);
    try {
      const res = await fetch(rpc, {
        method: "POST",
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "status", params: {} }),
      });
      const body = (await res.json()) as { result?: { sync_info: { latest_block_height: string } } };
      const height = Number(body.result?.sync_info.latest_block_height ?? 0);
      if (height >= minHeight) return height;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`node at ${rpc} did not reach height ${minHeight} within ${timeoutMs} ms`);
}

/**
 * Polls `url` until it answers 200.
 * @throws Error when `timeoutMs` passes first or `isDead()` turns true.
 */
export async function waitForHttp(url: string, timeoutMs: number, isDead: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isDead()) throw new Error(`service at ${url} exited during start-up`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`service at ${url} was not healthy within ${timeoutMs} ms`);
}
