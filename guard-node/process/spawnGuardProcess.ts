import { type CliProcess, spawnCliProcess } from "../../chain/core/process/spawnCliProcess.js";
import { GuardError, GuardErrorCode } from "../errors.js";

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
export type GuardProcess = CliProcess<GuardStartInfo>;

/**
 * Starts `strata -o json guard start --port 0 …args` as a child process and resolves once it
 * printed its start-up JSON (registered, serving `/health`). For the localnet supervisor and the
 * end-to-end tests.
 *
 * @throws GuardError `InvalidConfig` when the process exits before it started (the message
 *   carries its stderr).
 */
export async function spawnGuardProcess(args: readonly string[]): Promise<GuardProcess> {
  return spawnCliProcess<GuardStartInfo>(
    ["guard", "start", "--port", "0", ...args],
    (code, stderr) =>
      new GuardError(
        GuardErrorCode.InvalidConfig,
        `guard process exited (${code}) before starting:\n${stderr}`,
      ),
  );
}
