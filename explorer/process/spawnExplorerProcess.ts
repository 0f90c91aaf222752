import { type CliProcess, spawnCliProcess } from "../../chain/core/process/spawnCliProcess.js";
import { ExplorerError, ExplorerErrorCode } from "../server/errors.js";

/** What `strata -o json explorer` prints once it serves. */
export interface ExplorerStartInfo {
  /** Base URL of the web app. */
  url: string;
  l1: string;
  l2: string | null;
}

/** An explorer running as its own OS process, started through the CLI. */
export type ExplorerProcess = CliProcess<ExplorerStartInfo>;

/**
 * Starts `strata -o json explorer …args` as a child process and resolves once it printed its
 * start-up JSON (serving). For tests that need an explorer over chosen URLs.
 * @throws ExplorerError badOption when the process exits before it served (with its stderr).
 */
export function spawnExplorerProcess(args: readonly string[]): Promise<ExplorerProcess> {
  return spawnCliProcess<ExplorerStartInfo>(
    ["explorer", ...args],
    (code, stderr) =>
      new ExplorerError(
        ExplorerErrorCode.badOption,
        `explorer process exited (${code}) before serving:\n${stderr}`,
      ),
  );
}
