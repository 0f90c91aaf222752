/**
 * `strata explorer --l1 URL [--l2 URL] [--l3 URL]... [--port P]`: the network explorer (explorer/), a web app over
 * the chains' own RPC. Runs until Ctrl-C / SIGTERM.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { createLogger, type LogLevel } from "../../chain/core/log/index.js";
import { startExplorer } from "../../explorer/index.js";
import { parseNodeUrl } from "../nodeUrl.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";

/** Default port of the explorer. */
export const DEFAULT_EXPLORER_PORT = 26680;

function port(value: string): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value.trim()) || !Number.isSafeInteger(n) || n > 65535)
    throw new InvalidArgumentError("must be a port in [0, 65535]");
  return n;
}

function blocks(value: string): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value.trim()) || n < 2 || n > 10_000)
    throw new InvalidArgumentError("must be a whole number in [2, 10000]");
  return n;
}

/** Registers the `explorer` command on the root program. */
export function register(program: Command): void {
  program
    .command("explorer")
    .description("serve the network explorer: a web app over the L1 and L2 chains' RPC (no database)")
    .requiredOption(
      "--l1 <url>",
      "L1 node RPC URL (http://host:port, host:port or tcp://host:port)",
      parseNodeUrl,
    )
    .option("--l2 <url>", "L2 node RPC URL (models, nodes, sessions, tasks)", parseNodeUrl)
    .option(
      "--l3 <url>",
      "L3 node RPC URL, repeatable: its audit log shows on its chain's L3 page",
      (v: string, prev: string[] = []) => [...prev, parseNodeUrl(v)],
    )
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--port <n>", "port to listen on (0: any free port)", port, DEFAULT_EXPLORER_PORT)
    .option("--blocks <n>", "recent blocks of each chain kept for the lists and plots", blocks, 300)
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)")
        .choices(["debug", "info", "warn", "error"])
        .default("info"),
    )
    .action(
      async (
        flags: {
          l1: string;
          l2?: string;
          l3?: string[];
          host: string;
          port: number;
          blocks: number;
          logLevel: LogLevel;
        },
        cmd: Command,
      ) => {
        const logger = createLogger({ level: flags.logLevel });
        const { l1, l2 } = flags;
        const l3 = flags.l3 ?? [];
        const explorer = await startExplorer(
          { l1, ...(l2 ? { l2 } : {}), l3, host: flags.host, port: flags.port, window: flags.blocks },
          { logger },
        );
        printResult(outputFormat(cmd), { url: explorer.url, l1, l2: l2 ?? null, l3 }, (r) =>
          [
            `explorer serving ${r.url}`,
            `  L1 ${r.l1}`,
            `  L2 ${r.l2 ?? "(none)"}`,
            ...r.l3.map((u) => `  L3 ${u}`),
          ].join("\n"),
        );
        await runUntilSignal(() => explorer.close());
      },
    );
}
