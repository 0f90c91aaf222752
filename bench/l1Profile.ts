/**
 * CPU profile of a running node process over the V8 inspector, for the phase of a benchmark the
 * caller chooses (`--cpu-prof` cannot go in NODE_OPTIONS, and localnet starts the processes).
 * The process opens its inspector on SIGUSR1 (127.0.0.1 only); the profile is taken over the
 * DevTools protocol and written as a `.cpuprofile` (Chrome DevTools, speedscope, or
 * `node bench/l1ProfileSummary.ts file` for a text breakdown).
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import WebSocket from "ws";

/** A profiler attached to one process. */
export interface ProcessProfiler {
  /** Stops profiling, writes `<dir>/<name>.cpuprofile`, detaches; returns the file path. */
  stop(name: string): Promise<string>;
}

async function inspectorUrl(port: number, deadline: number): Promise<string> {
  for (;;) {
    try {
      const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        webSocketDebuggerUrl: string;
      }[];
      if (list[0]) return list[0].webSocketDebuggerUrl;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no inspector on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens the inspector of process `pid` (SIGUSR1; it listens on 127.0.0.1:9229) and starts the
 * V8 sampling profiler (interval `intervalUs`). Only one process at a time can be profiled so.
 */
export async function startProcessProfile(
  pid: number,
  dir: string,
  intervalUs = 500,
): Promise<ProcessProfiler> {
  process.kill(pid, "SIGUSR1");
  const ws = new WebSocket(await inspectorUrl(9229, Date.now() + 10_000));
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on("message", (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? new Error(msg.error.message) : msg.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (r) => (r instanceof Error ? reject(r) : resolve(r)));
      ws.send(JSON.stringify({ id, method, params }));
    });
  await call("Profiler.enable");
  await call("Profiler.setSamplingInterval", { interval: intervalUs });
  await call("Profiler.start");
  return {
    async stop(name: string) {
      const { profile } = (await call("Profiler.stop")) as { profile: unknown };
      const path = join(dir, `${name}.cpuprofile`);
      await writeFile(path, JSON.stringify(profile));
      ws.close();
      return path;
    },
  };
}

/**
 * CPU time (user + system, ms) a process has used so far, all its threads (`/proc/<pid>/stat`,
 * 10 ms ticks), or of one thread with `tid`. CPU per transaction is what a loaded, shared machine
 * distorts least: wall-clock rates fall with outside load, CPU spent per tx much less.
 */
export function processCpuMs(pid: number, tid?: number): number {
  const path = tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
  const stat = readFileSync(path, "utf8");
  // Fields after the ")" of the command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
