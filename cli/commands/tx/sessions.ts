/** `strata tx sessions open|topup|close`. */
import type { Command } from "commander";
import { msgCloseSession, msgOpenSession, msgTopUpSession, newApiKey } from "../../../client/index.js";
import { addTxOptions, collect, parseUint, parseUstra, runTx } from "./common.js";

/** Printed with a new session's API key: the chain keeps only its sha256, so it cannot be shown again. */
export const API_KEY_WARNING =
  "Store this API key now: it is shown only once. The chain keeps only its sha256; a lost key cannot be recovered (open a new session).";

/** Registers `tx sessions …` on the `tx` command. */
export function registerSessionsTx(tx: Command): void {
  const sessions = tx.command("sessions").description("inference session transactions (L2): prepaid escrow");

  addTxOptions(
    sessions
      .command("open")
      .description(
        "open a session on a VERIFIED model and escrow a deposit; prints the session id and a new API key ONCE",
      )
      .argument("<from>", "keyring key of the owner (pays the deposit, receives refunds)")
      .argument("<model>", "model version id NAME@VERSION")
      .requiredOption("--deposit <ustra>", "ustra escrowed for the session's tasks", parseUstra)
      .option("--redundancy <k>", "executors per task", parseUint, 1)
      .option(
        "--max-price <ustra>",
        "highest price per 1,000 tokens you accept (default: the model's higher price)",
        parseUstra,
      )
      .option("--duration <blocks>", "blocks until no more tasks can be recorded", parseUint, 100_000)
      .option(
        "--router <address>",
        "only this router may record tasks; repeatable (default: any active router)",
        collect,
      ),
  ).action(async (from: string, model: string, opts, cmd: Command) => {
    const apiKey = newApiKey();
    await runTx(
      cmd,
      from,
      async (owner, client) => {
        let maxPrice: string | undefined = opts.maxPrice;
        if (maxPrice === undefined) {
          // Unknown model: "0", and the chain refuses the session with its own code and log.
          const m = await client.query.models.model(model);
          const prices = m ? [BigInt(m.priceInputPer_1k || "0"), BigInt(m.priceOutputPer_1k || "0")] : [0n];
          maxPrice = prices.reduce((a, b) => (a > b ? a : b)).toString();
        }
        return [
          msgOpenSession({
            owner,
            model,
            redundancy: opts.redundancy,
            maxPricePer_1k: maxPrice,
            deposit: opts.deposit,
            apiKeySha256: apiKey.sha256,
            durationBlocks: opts.duration,
            routers: opts.router ?? [],
          }),
        ];
      },
      (outcome) => {
        const response = outcome.responses[0] ?? {};
        const sessionId = Number(response.id ?? 0);
        const expiresHeight = Number(response.expiresHeight ?? 0);
        return {
          fields: {
            sessionId,
            expiresHeight,
            apiKey: apiKey.key,
            apiKeySha256: apiKey.sha256,
            warning: API_KEY_WARNING,
          },
          text: [
            `session ${sessionId} opened on ${model} (expires at height ${expiresHeight})`,
            `API key: ${apiKey.key}`,
            `WARNING: ${API_KEY_WARNING}`,
          ],
        };
      },
    );
  });

  addTxOptions(
    sessions
      .command("topup")
      .description("add to an OPEN session's escrow (anyone may)")
      .argument("<from>", "keyring key that pays")
      .argument("<id>", "session id", parseUint)
      .argument("<amount>", "ustra to add", parseUstra),
  ).action(async (from: string, id: number, amount: string, _opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (sender) => [msgTopUpSession({ sender, id, amount })],
      () => ({
        fields: { sessionId: id, amount },
        text: [`session ${id} topped up by ${amount} ustra`],
      }),
    );
  });

  addTxOptions(
    sessions
      .command("close")
      .description("close your session once its tasks have settled; refunds the balance")
      .argument("<from>", "keyring key of the owner")
      .argument("<id>", "session id", parseUint),
  ).action(async (from: string, id: number, _opts, cmd: Command) => {
    await runTx(
      cmd,
      from,
      (owner) => [msgCloseSession({ owner, id })],
      (outcome) => {
        const refunded = String(outcome.responses[0]?.refunded ?? "0");
        return {
          fields: { sessionId: id, refunded },
          text: [`session ${id} closed; refunded ${refunded} ustra`],
        };
      },
    );
  });
}
