/**
 * `strata tx bridge deposit|withdraw|claim` (the L1 ↔ L2 bridge, ROLLUP.md "Deposits" and
 * "Withdrawals") and `strata tx rollup register` (a child chain registered on L1).
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { StrataError } from "../../../chain/core/errors/index.js";
import { msgDeposit, msgRegisterRollup, msgWithdraw, prepareClaim } from "../../../client/index.js";
import { parseNodeUrl } from "../../nodeUrl.js";
import { addTxOptions, connectL2, parseUint, parseUstra, runTx } from "./common.js";

/** Error codes of the bridge and rollup commands (codespace `cli`; numbers 40–49 are theirs). */
export enum BridgeCommandCode {
  /** `--genesis` cannot be read. */
  unreadableGenesis = 40,
}

/** Registers `tx bridge …` and `tx rollup …` on the `tx` command. */
export function registerBridgeTx(tx: Command): void {
  const bridge = tx
    .command("bridge")
    .description("move ustra between L1 and an L2 (deposit, withdraw, claim)");

  addTxOptions(
    bridge
      .command("deposit")
      .description(
        "lock ustra in L1's bridge escrow for an account on an L2 (send to an L1 node); the L2 mints it once its relayer sees the deposit",
      )
      .argument("<from>", "keyring key that pays on L1")
      .requiredOption("--chain-id <id>", "the L2's chain id (registered on L1)")
      .requiredOption("--to <address>", "L2 account credited (strata1…)")
      .requiredOption("--amount <ustra>", "ustra to deposit", parseUstra),
  ).action(async (from: string, opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (sender) => [msgDeposit({ sender, chainId: opts.chainId, recipient: opts.to, amount: opts.amount })],
      (outcome) => {
        const nonce = Number(outcome.responses[0]?.nonce ?? 0);
        return {
          fields: { nonce, chainId: opts.chainId, recipient: opts.to, amount: opts.amount },
          text: [`deposit ${nonce} to ${opts.chainId}: ${opts.amount} ustra for ${opts.to}`],
        };
      },
    );
  });

  addTxOptions(
    bridge
      .command("withdraw")
      .description(
        "burn ustra on an L2 for an account on L1 (send to an L2 node); claim it on L1 with `tx bridge claim` once its batch is past the challenge window",
      )
      .argument("<from>", "keyring key that pays on L2")
      .requiredOption("--to <address>", "L1 account paid on claim (strata1…)")
      .requiredOption("--amount <ustra>", "ustra to withdraw", parseUstra),
  ).action(async (from: string, opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (sender) => [msgWithdraw({ sender, recipient: opts.to, amount: opts.amount })],
      (outcome) => {
        const index = Number(outcome.responses[0]?.index ?? 0);
        return {
          fields: { index, recipient: opts.to, amount: opts.amount },
          text: [
            `withdrawal ${index}: ${opts.amount} ustra for ${opts.to} on L1`,
            `claimable on L1 once the batch after L2 block ${outcome.height} is accepted and its challenge window passed (\`strata query bridge withdrawals\` shows when)`,
          ],
        };
      },
    );
  });

  addTxOptions(
    bridge
      .command("claim")
      .description(
        "release an L2 withdrawal on L1: finds the first accepted batch that holds it, fetches its proof from the L2 and sends MsgProveWithdrawal (anyone may; the coins go to the withdrawal's recipient)",
      )
      .argument("<from>", "keyring key that signs and pays the fee on L1")
      .argument("<index>", "withdrawal index on the L2", parseUint)
      .requiredOption("--l1 <url>", "L1 node RPC URL", parseNodeUrl)
      .requiredOption("--l2 <url>", "L2 node RPC URL", parseNodeUrl),
  ).action(async (from: string, index: number, opts, cmd: Command) => {
    // The claim is an L1 transaction: `--l1` is the node it is sent to.
    cmd.setOptionValue("node", opts.l1);
    const l2 = await connectL2(opts.l2);
    try {
      let batchNumber = 0;
      let amount = "";
      let recipient = "";
      await runTx(
        cmd,
        from,
        async (claimer, l1) => {
          const claim = await prepareClaim(l1, l2, claimer, index);
          batchNumber = claim.batchNumber;
          amount = claim.withdrawal.amount;
          recipient = claim.withdrawal.recipient;
          return [claim.message];
        },
        () => ({
          fields: { index, batchNumber, recipient, amount },
          text: [`withdrawal ${index} claimed against batch ${batchNumber}: ${amount} ustra to ${recipient}`],
        }),
      );
    } finally {
      l2.disconnect();
    }
  });

  const rollup = tx.command("rollup").description("child chains registered on L1");
  addTxOptions(
    rollup
      .command("register")
      .description(
        "register a child chain on L1 from its exact genesis.json (send to an L1 node); locks the bond",
      )
      .argument("<from>", "keyring key that pays the bond and fee on L1")
      .requiredOption("--chain-id <id>", "the child's chain id (its genesis.json's chainId)")
      .requiredOption("--genesis <file>", "the child's genesis.json, sent byte for byte")
      .requiredOption(
        "--challenge-window <blocks>",
        "L1 blocks before a withdrawal can be claimed",
        parseUint,
      )
      .requiredOption("--bond <ustra>", "ustra locked in the rollup module account", parseUstra),
  ).action(async (from: string, opts, cmd: Command) => {
    let genesis: Uint8Array;
    try {
      genesis = new Uint8Array(await readFile(opts.genesis));
    } catch (err) {
      throw new StrataError(
        "cli",
        BridgeCommandCode.unreadableGenesis,
        `cannot read --genesis ${opts.genesis}: ${(err as Error).message}`,
      );
    }
    await runTx(
      cmd,
      from,
      (creator) => [
        msgRegisterRollup({
          creator,
          chainId: opts.chainId,
          genesis,
          challengeWindowBlocks: opts.challengeWindow,
          bond: opts.bond,
        }),
      ],
      () => ({
        fields: { chainId: opts.chainId, challengeWindowBlocks: opts.challengeWindow, bond: opts.bond },
        text: [
          `registered ${opts.chainId} (challenge window ${opts.challengeWindow} blocks, bond ${opts.bond} ustra)`,
        ],
      }),
    );
  });
}
