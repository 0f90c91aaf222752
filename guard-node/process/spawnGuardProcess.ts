import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { GuardError, GuardErrorCode } from "../errors.js";

const STRATA_BIN = fileURLToPath(new URL("../../bin/strata.js", import.meta.url));

/** What `strata -o json guard start` prints once it runs. */
export interface GuardStartInfo {
  /** Base URL of `/health` and `/metrics`. */
  url: string;
  guard: string;
  pubkey: string;
  registration: string;
  model: string | null;
  resumedFrom: number;
}

/** A guard running as its own OS process, started through the CLI. */
export interface GuardProcess {
  info: GuardStartInfo;
  proc: ChildProcess;
  /** Everything the process wrote to stderr so far (its structured logs). */
  stderr(): string;
  /** Resolves with the exit code, or the signal name, once the process is gone. */
  exited: Promise<number | string>;
  /** Sends SIGTERM (a graceful stop) and waits for the exit; resolves at once if it already died. */
  stop(): Promise<void>;
}

/**
 * Starts `strata -o json guard start --port 0 …args` as a child process and resolves once it
 * printed its start-up JSON (registered, serving `/health`). For the localnet supervisor and the
 * end-to-end tests.
 *
 * @throws GuardError `InvalidConfig` when the process exits before it started (the message
 *   carries its stderr).
 */
export function spawnGuardProcess(args: readonly string[]): Promise<GuardProcess> {
  const proc = spawn(process.execPath, [STRATA_BIN, "-o", "json", "guard", "start", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
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
      let info: GuardStartInfo;
      try {
        info = JSON.parse(out);
      } catch {
        return; // the JSON document is not complete yet
      }
      proc.stdout!.off("data", onData);
      proc.stdout!.resume();
      resolve({
        info,
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
        new GuardError(
          GuardErrorCode.InvalidConfig,
          `guard process exited (${code}) before starting:\n${err}`,
        ),
      ),
    );
  });
}
