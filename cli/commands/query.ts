import { StargateClient } from "@cosmjs/stargate";
import type { Command } from "commander";
import { StrataError } from "../../chain/core/errors/index.js";
import { connectNode } from "../nodeUrl.js";
import { outputFormat, printResult } from "../output.js";
import { registerL3Query } from "./l3.js";
import { registerModelsQuery } from "./query/models.js";
import { registerNodesQuery } from "./query/nodes.js";
import { registerRollupQuery } from "./query/rollup.js";
import { registerSessionsQuery } from "./query/sessions.js";
import { registerStakingQuery } from "./query/staking.js";
import { registerTasksQuery } from "./query/tasks.js";
import { addNodeOption } from "./tx/common.js";

const nodeOption = addNodeOption;

/**
 * Registers `query bank balances`, `query tx`, `query staking …`, `query distribution rewards` and
 * the L2 groups `query models|nodes|sessions|tasks …` and the bridge groups `query rollup|bridge …`
 * (`cli/commands/query/`).
 */
export function register(program: Command): void {
  const query = program.command("query").alias("q").description("query chain state");
  const bank = query.command("bank").description("bank module queries");
  nodeOption(
    bank
      .command("balances")
      .description("all balances of an address")
      .argument("<address>", "account address (strata1…)"),
  ).action(async (address: string, opts, cmd: Command) => {
    const client = await StargateClient.create(await connectNode(opts.node));
    try {
      const balances = await client.getAllBalances(address);
      printResult(outputFormat(cmd), { address, balances }, (r) =>
        r.balances.length === 0
          ? `${r.address}: no balances`
          : r.balances.map((b) => `${b.amount} ${b.denom}`).join("\n"),
      );
    } finally {
      client.disconnect();
    }
  });

  nodeOption(
    query
      .command("tx")
      .description("a committed transaction by hash")
      .argument("<hash>", "transaction hash (hex)"),
  ).action(async (hash: string, opts, cmd: Command) => {
    if (!/^[0-9a-fA-F]{64}$/.test(hash))
      throw new StrataError("cli", 4, `invalid tx hash ${JSON.stringify(hash)}: expected 64 hex digits`);
    const client = await StargateClient.create(await connectNode(opts.node));
    try {
      const tx = await client.getTx(hash.toUpperCase());
      if (!tx) throw new StrataError("cli", 5, `tx ${hash.toUpperCase()} not found`);
      const result = {
        hash: tx.hash,
        height: tx.height,
        index: tx.txIndex,
        code: tx.code,
        gasUsed: tx.gasUsed,
        gasWanted: tx.gasWanted,
        events: tx.events,
      };
      printResult(outputFormat(cmd), result, (r) =>
        [
          `hash: ${r.hash}`,
          `height: ${r.height}`,
          `code: ${r.code}`,
          `gas: ${r.gasUsed}/${r.gasWanted}`,
          ...r.events.map(
            (e) => `event ${e.type}: ${e.attributes.map((a) => `${a.key}=${a.value}`).join(" ")}`,
          ),
        ].join("\n"),
      );
    } finally {
      client.disconnect();
    }
  });

  registerL3Query(query);
  registerModelsQuery(query);
  registerNodesQuery(query);
  registerRollupQuery(query);
  registerSessionsQuery(query);
  registerStakingQuery(query);
  registerTasksQuery(query);
}
