import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export type { RouterProcess as SpawnedRouter } from "../../../router-node/index.js";
export { spawnRouterProcess as spawnRouter } from "../../../router-node/index.js";

const STRATA = fileURLToPath(new URL("../../../bin/strata.js", import.meta.url));

/** Runs `strata …args` to completion and returns its exit code (or signal) and output. */
export function runStrata(
  args: string[],
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [STRATA, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  proc.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  proc.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  return new Promise((resolve) =>
    proc.once("close", (code, signal) => resolve({ code: code ?? signal ?? -1, stdout, stderr })),
  );
}
