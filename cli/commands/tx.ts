import { GasPrice, SigningStargateClient, type StdFee } from "@cosmjs/stargate";
import type { Command } from "commander";
import { StrataError } from "../../chain/core/errors/index.js";
import { L1_DENOM } from "../../chain/l1/index.js";
import { addKeyringOptions, openKeyringFromCommand } from "../keyring/index.js";
import { connectNode } from "../nodeUrl.js";
import { outputFormat, printResult } from "../output.js";
import { registerL3Tx } from "./l3.js";
import { registerBridgeTx } from "./tx/bridge.js";
import { addNodeOption } from "./tx/common.js";
import { registerModelsTx } from "./tx/models.js";
import { registerNodesTx } from "./tx/nodes.js";
import { registerSessionsTx } from "./tx/sessions.js";
import { registerStakingTx } from "./tx/staking.js";

function parseAmount(value: string): { denom: string; amount: string }[] {
  return value.split(",").map((part) => {
    const m = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (!m)
      throw new StrataError(
        "cli",
        3,
        `invalid amount ${JSON.stringify(part)}; expected e.g. 1000${L1_DENOM}`,
      );
    return { amount: m[1]!, denom: m[2]! };
  });
}

/**
 * Registers `tx bank send`, `tx staking delegate|unbond|redelegate`, `tx distribution
 * withdraw-rewards`, the L2 groups `tx models|nodes|sessions …` and the bridge groups `tx
 * bridge|rollup …` (`cli/commands/tx/`).
 */
export function register(program: Command): void {
  const tx = program.command("tx").description("sign and broadcast transactions");
  const bank = tx.command("bank").description("bank module transactions");
  const send = bank
    .command("send")
    .description("send tokens from a keyring key to an address (waits until the tx is committed)")
    .argument("<from>", "name of the sending key in the keyring")
    .argument("<to>", "recipient address (strata1…)")
    .argument("<amount>", `coins, e.g. 1000${L1_DENOM}`);
  addNodeOption(send)
    .option(
      "--fees <coins>",
      `explicit fee, e.g. 500${L1_DENOM} (default: simulate gas and pay --gas-prices)`,
    )
    .option("--gas <limit>", "gas limit with --fees", "200000")
    .option("--gas-prices <price>", "gas price used with automatic gas", `0.0025${L1_DENOM}`)
    .option("--memo <text>", "memo", "")
    .action(async (from: string, to: string, amount: string, opts, cmd: Command) => {
      const keyring = await openKeyringFromCommand(cmd);
      const signer = await keyring.signer(from);
      const [account] = await signer.getAccounts();
      const client = await SigningStargateClient.createWithSigner(await connectNode(opts.node), signer, {
        gasPrice: GasPrice.fromString(opts.gasPrices),
        broadcastPollIntervalMs: 300,
      });
      try {
        const fee: StdFee | "auto" = opts.fees
          ? { amount: parseAmount(opts.fees), gas: String(opts.gas) }
          : "auto";
        const r = await client.sendTokens(account!.address, to, parseAmount(amount), fee, opts.memo);
        const result = {
          txhash: r.transactionHash,
          height: r.height,
          code: r.code,
          gasUsed: r.gasUsed,
          gasWanted: r.gasWanted,
          rawLog: r.rawLog ?? "",
        };
        printResult(outputFormat(cmd), result, (x) =>
          x.code === 0
            ? `committed at height ${x.height}\ntxhash: ${x.txhash}\ngas: ${x.gasUsed}/${x.gasWanted}`
            : `failed with code ${x.code}: ${x.rawLog}\ntxhash: ${x.txhash}`,
        );
        if (r.code !== 0) process.exitCode = 1;
      } finally {
        client.disconnect();
      }
    });
  addKeyringOptions(send);

  registerBridgeTx(tx);
  registerL3Tx(tx);
  registerModelsTx(tx);
  registerNodesTx(tx);
  registerSessionsTx(tx);
  registerStakingTx(tx);
}
