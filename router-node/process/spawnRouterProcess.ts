import type { ChildProcess } from "node:child_process";
import { spawnCliProcess } from "../../chain/core/process/spawnCliProcess.js";
import { RouterError, RouterErrorCode } from "../errors.js";

/** A router running as its own OS process, started through the CLI. */
export interface RouterProcess {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** `${url}/v1`, the OpenAI base URL. */
  baseURL: string;
  proc: ChildProcess;
  /** Everything the process wrote to stderr so far (its structured logs). */
  stderr(): string;
  /** Resolves with the exit code, or the signal name, once the process is gone. */
  exited: Promise<number | string>;
  /** Sends SIGTERM (a graceful stop) and waits for the exit; resolves at once if it already died. */
  stop(): Promise<void>;
}

/**
 * Starts `strata -o json router start --port 0 …args` as a child process and resolves once it
 * printed where it listens. Used by the localnet supervisor, the end-to-end tests and the
 * benchmark.
 *
 * @throws RouterError `InvalidConfig` when the process exits before listening (the message
 *   carries its stderr).
 */
export async function spawnRouterProcess(args: readonly string[]): Promise<RouterProcess> {
  const child = await spawnCliProcess<{ url: string; openaiBaseUrl: string }>(
    ["router", "start", "--port", "0", ...args],
    (code, stderr) =>
      new RouterError(
        RouterErrorCode.InvalidConfig,
        `router process exited (${code}) before listening:\n${stderr}`,
      ),
  );
  return {
    url: child.info.url,
    baseURL: child.info.openaiBaseUrl,
    proc: child.proc,
    stderr: child.stderr,
    exited: child.exited,
    stop: child.stop,
  };
}
