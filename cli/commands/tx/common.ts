/**
 * What every L2 `strata tx …` command shares: the node, fee and keyring flags, signing with a
 * keyring key through `StrataL2Client`, and one way to print a committed or refused transaction.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { StdFee } from "@cosmjs/stargate";
import { type Command, InvalidArgumentError } from "commander";
import { StrataError } from "../../../chain/core/errors/index.js";
import {
  ClientError,
  ClientErrorCode,
  type ConnectStrataL2Options,
  connectStrataL2,
  type StrataL2Client,
  type TxOutcome,
  TxRefusedError,
} from "../../../client/index.js";
import { addKeyringOptions, openKeyringFromCommand } from "../../keyring/index.js";
import { DEFAULT_NODE, NodeUrlErrorCode, nodeHint, parseNodeUrl } from "../../nodeUrl.js";
import { outputFormat, printResult } from "../../output.js";

export { DEFAULT_NODE };

/** Adds `--node` to a command (normalised by {@link parseNodeUrl}: `host:port` means http). */
export function addNodeOption(cmd: Command): Command {
  return cmd.option(
    "--node <url>",
    "node RPC URL (http://host:port; host:port is taken as http)",
    parseNodeUrl,
    DEFAULT_NODE,
  );
}

/**
 * Connects the L2 client to `url`, with the CLI's hint when no node answers.
 * @throws StrataError `cli:31` naming the URL and what to check.
 */
export async function connectL2(url: string, opts: ConnectStrataL2Options = {}): Promise<StrataL2Client> {
  try {
    return await connectStrataL2(url, opts);
  } catch (err) {
    if (err instanceof ClientError && err.code === ClientErrorCode.nodeUnreachable) {
      throw new StrataError("cli", NodeUrlErrorCode.nodeUnreachable, `${err.message}; ${nodeHint(url)}`, {
        url,
      });
    }
    throw err;
  }
}

/** Adds `--node`, the fee flags, `--memo` and the keyring flags to a transaction command. */
export function addTxOptions(cmd: Command): Command {
  addNodeOption(cmd)
    .option(
      "--fees <ustra>",
      "explicit fee in ustra, e.g. 500ustra (default: simulate gas and pay --gas-prices)",
    )
    .option("--gas <limit>", "gas limit with --fees", parseUint, 200_000)
    .option("--gas-prices <price>", "gas price used with automatic gas", "0.0025ustra")
    .option("--memo <text>", "memo", "");
  return addKeyringOptions(cmd);
}

/** An amount in ustra (`1000` or `1000ustra`) as the chain's canonical decimal string. */
export function parseUstra(value: string): string {
  const m = /^([0-9]{1,40})(ustra)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected an amount in ustra, e.g. 1000 or 1000ustra`);
  return BigInt(m[1]!).toString();
}

/** A non-negative integer flag value (safe integer). */
export function parseUint(value: string): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError("expected a non-negative integer");
  return n;
}

/** A comma-separated list flag (empty items dropped); repeated flags accumulate. */
export function parseList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  ];
}

/** A repeatable flag: each use adds one value. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A sha256 digest flag: 64 hex characters, written in lowercase as the chain wants. */
export function parseDigest(value: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(value))
    throw new InvalidArgumentError("expected a sha256 digest (64 hex characters)");
  return value.toLowerCase();
}

/** What a command adds to a committed transaction's output. */
export interface TxReport<T extends object> {
  /** Extra fields for both outputs (e.g. `{ id }`). */
  fields: T;
  /** Lines printed before the generic `committed at height …` lines in text output. */
  text: string[];
}

/**
 * Signs `build(sender)`'s messages with the keyring key `from`, broadcasts them to `--node`,
 * waits for the block and prints the result (`-o json` or text). A refused transaction prints
 * `failed with code N (codespace): log` and sets exit code 1.
 * @throws StrataError `cli:31` naming the URL and what to check when `--node` does not answer.
 */
export async function runTx<T extends object>(
  cmd: Command,
  from: string,
  build: (sender: string, client: StrataL2Client) => Promise<EncodeObject[]> | EncodeObject[],
  report: (outcome: TxOutcome) => TxReport<T> = () => ({ fields: {} as T, text: [] }),
): Promise<void> {
  const opts = cmd.opts() as { node: string; fees?: string; gas: number; gasPrices: string; memo: string };
  const keyring = await openKeyringFromCommand(cmd);
  const signer = await keyring.signer(from);
  const [account] = await signer.getAccounts();
  const sender = account!.address;
  const client = await connectL2(opts.node, {
    signer,
    gasPrice: opts.gasPrices,
    broadcastPollIntervalMs: 300,
  });
  const format = outputFormat(cmd);
  try {
    const fee: StdFee | "auto" = opts.fees
      ? { amount: [{ denom: "ustra", amount: parseUstra(opts.fees) }], gas: String(opts.gas) }
      : "auto";
    const msgs = await build(sender, client);
    let outcome: TxOutcome;
    try {
      outcome = await client.submit(sender, msgs, { fee, memo: opts.memo });
    } catch (err) {
      if (!(err instanceof TxRefusedError)) throw err;
      const refused = {
        code: err.code,
        codespace: err.codespace,
        log: err.log,
        stage: err.stage,
        ...(err.txhash ? { txhash: err.txhash, height: err.height } : {}),
      };
      printResult(format, refused, (r) =>
        [
          `failed with code ${r.code} (${r.codespace}): ${r.log}`,
          ...(r.txhash ? [`txhash: ${r.txhash}`] : []),
        ].join("\n"),
      );
      process.exitCode = 1;
      return;
    }
    const extra = report(outcome);
    const result = {
      ...extra.fields,
      txhash: outcome.txhash,
      height: outcome.height,
      code: 0,
      gasUsed: outcome.gasUsed,
      gasWanted: outcome.gasWanted,
    };
    printResult(format, result, (r) =>
      [
        ...extra.text,
        `committed at height ${r.height}`,
        `txhash: ${r.txhash}`,
        `gas: ${r.gasUsed}/${r.gasWanted}`,
      ].join("\n"),
    );
  } finally {
    client.disconnect();
  }
}
