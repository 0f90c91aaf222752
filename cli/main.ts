/**
 * The `strata` command line. Each command group lives in `cli/commands/<group>.ts` and exports a
 * `register(program)` function; this file only assembles them and maps errors to exit codes.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { errorMessage, isStrataError } from "../chain/core/errors/index.js";

/** The version of the installed package (`package.json`), what `strata --version` prints. */
const VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

type Group = { register(p: Command): void };

// Loading every group pulls in cosmjs, LevelDB and llama.cpp bindings; a command only loads its
// own group (help and unknown commands load them all), which keeps start-up short.
const GROUPS: Record<string, () => Promise<Group>> = {
  node: () => import("./commands/node.js"),
  keys: () => import("./commands/keys.js"),
  tx: () => import("./commands/tx.js"),
  query: () => import("./commands/query.js"),
  localnet: () => import("./commands/localnet.js"),
  router: () => import("./commands/router.js"),
  model: () => import("./commands/model.js"),
  guard: () => import("./commands/guard.js"),
  explorer: () => import("./commands/explorer.js"),
  l2: () => import("./commands/l2.js"),
  l3: () => import("./commands/l3.js"),
};
const GROUP_OF: Record<string, string> = {
  init: "node",
  start: "node",
  status: "node",
  replay: "node",
  q: "query",
};

/** The first positional argument (the command), skipping the global `--output` value. */
function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-o" || a === "--output") i++;
    else if (!a.startsWith("-")) return a;
  }
  return undefined;
}

const program = new Command("strata")
  .description("strata: layered appchain for decentralized AI inference")
  .version(VERSION, "-V, --version", "print the strata version")
  .addOption(new Option("-o, --output <format>", "output format").choices(["text", "json"]).default("text"))
  .showHelpAfterError()
  .exitOverride();

const argv = process.argv.slice(2);
const name = commandName(argv);
const group = name ? (GROUP_OF[name] ?? name) : undefined;
// `strata --version` needs no command group.
const versionOnly = !name && (argv.includes("--version") || argv.includes("-V"));
const load = versionOnly ? [] : group && GROUPS[group] ? [GROUPS[group]] : Object.values(GROUPS);
// One group at a time: importing them in parallel races Node 20's require() of ES modules shared
// by several groups (ERR_INTERNAL_ASSERTION on `strata --help`).
for (const importGroup of load) (await importGroup()).register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    const prefix = isStrataError(err) ? `error [${err.codespace}:${err.code}]` : "error";
    console.error(`${prefix}: ${errorMessage(err)}`);
    process.exitCode = 1;
  }
}
