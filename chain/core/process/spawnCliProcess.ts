import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const STRATA_BIN = fileURLToPath(new URL("../../../bin/strata.js", import.meta.url));

/** A `strata` CLI command running as its own OS process, once it printed its start-up JSON. */
export interface CliProcess<Info> {
  /** The start-up JSON document the process printed on stdout. */
  info: Info;
  proc: ChildProcess;
  /** Everything the process wrote to stderr so far (its structured logs). */
  stderr(): string;
  /** Resolves with the exit code, or the signal name, once the process is gone. */
  exited: Promise<number | string>;
  /** Sends SIGTERM (a graceful stop) and waits for the exit; resolves at once if it already died. */
  stop(): Promise<void>;
}

/**
 * Starts `strata -o json …args` as a child process and resolves once it printed one complete
 * JSON document on stdout (the rest of stdout is drained).
 *
 * @param onEarlyExit builds the error the promise rejects with when the process exits before it
 *   printed that document (given the exit code or signal name and its stderr so far).
 */
export function spawnCliProcess<Info>(
  args: readonly string[],
  onEarlyExit: (code: number | string, stderr: string) => Error,
): Promise<CliProcess<Info>> {
  const proc = spawn(process.execPath, [STRATA_BIN, "-o", "json", ...args], {
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
      let info: Info;
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
    exited.then((code) => reject(onEarlyExit(code, err)));
  });
}
