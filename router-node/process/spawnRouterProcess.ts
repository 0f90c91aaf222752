import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { RouterError, RouterErrorCode } from "../errors.js";

const STRATA_BIN = fileURLToPath(new URL("../../bin/strata.js", import.meta.url));

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
export function spawnRouterProcess(args: readonly string[]): Promise<RouterProcess> {
  const proc = spawn(
    process.execPath,
    [STRATA_BIN, "-o", "json", "router", "start", "--port", "0", ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  const exited = new Promise<number | string>((resolve) =>
    proc.once("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  proc.stderr!.setEncoding("utf8").on("data", (d: string) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    const onData = (d: string): void => {
      out += d;
      let info: { url: string; openaiBaseUrl: string };
      try {
        info = JSON.parse(out);
      } catch {
        return; // the JSON document is not complete yet
      }
      proc.stdout!.off("data", onData);
      proc.stdout!.resume();
      resolve({
        url: info.url,
        baseURL: info.openaiBaseUrl,
        proc,
        stderr: () => err,
        exited,
        async stop() {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
          await exited;
        },
      });
    };
    proc.stdout!.setEncoding("utf8").on("data", onData);
    exited.then((code) =>
      reject(
        new RouterError(
          RouterErrorCode.InvalidConfig,
          `router process exited (${code}) before listening:\n${err}`,
        ),
      ),
    );
  });
}
