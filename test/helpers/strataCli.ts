import { execFile } from "node:child_process";
import { STRATA_BIN } from "../../localnet/index.js";

/** What a `strata` run printed and how it exited. */
export interface StrataRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `strata <args>` and returns its exit code and output, failing or not (for tests of refused
 * transactions and error messages; `strata()` of the node helper throws on a non-zero exit).
 */
export function strataRun(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<StrataRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [STRATA_BIN, ...args],
      { maxBuffer: 16 * 1024 * 1024, env },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") return reject(err);
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
  });
}
