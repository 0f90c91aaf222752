/**
 * The `strata` command line. Each command group lives in `cli/commands/<group>.ts` and exports a
 * `register(program)` function; this file only assembles them and maps errors to exit codes.
 */
import { Command, CommanderError, Option } from "commander";
import { errorMessage, isStrataError } from "../chain/core/errors/index.js";
import * as keys from "./commands/keys.js";
import * as localnet from "./commands/localnet.js";
import * as model from "./commands/model.js";
import * as node from "./commands/node.js";
import * as query from "./commands/query.js";
import * as router from "./commands/router.js";
import * as tx from "./commands/tx.js";

const program = new Command("strata")
  .description("strata: layered appchain for decentralized AI inference")
  .addOption(new Option("-o, --output <format>", "output format").choices(["text", "json"]).default("text"))
  .showHelpAfterError()
  .exitOverride();

const groups: { register(p: Command): void }[] = [node, keys, tx, query, localnet, router, model];
for (const g of groups) g.register(program);

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
