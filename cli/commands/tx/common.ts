/**
 * What the L2 and staking `strata tx …` commands share: the node, fee and keyring flags, signing
 * with a keyring key (through `StrataL2Client`, or a cosmjs `SigningStargateClient` method), and
 * one way to print a committed or refused transaction.
 */

import { fromHex } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import {
  BroadcastTxError,
  calculateFee,
  type DeliverTxResponse,
  GasPrice,
  type SigningStargateClient,
  type StdFee,
} from "@cosmjs/stargate";
import { type Command, InvalidArgumentError } from "commander";
import { StrataError } from "../../../chain/core/errors/index.js";
import {
  ClientError,
  ClientErrorCode,
  type ConnectStrataL2Options,
  connectStrataL2,
  GAS_ADJUSTMENT,
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

/**
 * An amount in ustra (`1000` or `1000ustra`), accepted only as a canonical decimal: digits
 * without a sign, a fraction, an exponent or leading zeros (`0` alone is canonical). `01`,
 * `+1`, `1.0` or `1e3` are refused rather than silently rewritten, so what is signed is exactly
 * what was typed (the SDK's coin amounts are integers, and the chain checks the same form).
 * @throws InvalidArgumentError naming the expected form.
 */
export function parseUstra(value: string): string {
  const m = /^(0|[1-9][0-9]{0,39})(ustra)?$/.exec(value.trim());
  if (!m)
    throw new InvalidArgumentError(
      `expected an amount in ustra as a canonical decimal (no leading zeros), e.g. 1000 or 1000ustra`,
    );
  return m[1]!;
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

/** A refused transaction as both outputs show it. */
interface Refusal {
  code: number;
  codespace: string;
  log: string;
  stage: string;
  txhash?: string;
  height?: number;
}

/** Prints a refusal (`failed with code N (codespace): log`) and sets exit code 1. */
function printRefused(cmd: Command, err: TxRefusedError): void {
  const refused: Refusal = {
    code: err.code,
    codespace: err.codespace,
    log: err.log,
    stage: err.stage,
    ...(err.txhash ? { txhash: err.txhash, height: err.height! } : {}),
  };
  printResult(outputFormat(cmd), refused, (r) =>
    [
      `failed with code ${r.code} (${r.codespace}): ${r.log}`,
      ...(r.txhash ? [`txhash: ${r.txhash}`] : []),
    ].join("\n"),
  );
  process.exitCode = 1;
}

/** Prints a committed transaction: the command's fields and lines, then height, hash and gas. */
function printCommitted<T extends object>(
  cmd: Command,
  committed: { txhash: string; height: number; gasUsed: bigint; gasWanted: bigint },
  extra: TxReport<T>,
): void {
  const result = {
    ...extra.fields,
    txhash: committed.txhash,
    height: committed.height,
    code: 0,
    gasUsed: committed.gasUsed,
    gasWanted: committed.gasWanted,
  };
  printResult(outputFormat(cmd), result, (r) =>
    [
      ...extra.text,
      `committed at height ${r.height}`,
      `txhash: ${r.txhash}`,
      `gas: ${r.gasUsed}/${r.gasWanted}`,
    ].join("\n"),
  );
}

type TxFlags = { node: string; fees?: string; gas: number; gasPrices: string; memo: string };

/** The keyring signer of `from`, its address and a client on `--node` that signs with it. */
async function signingClient(
  cmd: Command,
  from: string,
): Promise<{ client: StrataL2Client; sender: string }> {
  const opts = cmd.opts() as TxFlags;
  const keyring = await openKeyringFromCommand(cmd);
  const signer = await keyring.signer(from);
  const [account] = await signer.getAccounts();
  const client = await connectL2(opts.node, {
    signer,
    gasPrice: opts.gasPrices,
    broadcastPollIntervalMs: 300,
  });
  return { client, sender: account!.address };
}

/** `--fees`/`--gas` as a fee, or undefined for automatic gas. */
function explicitFee(cmd: Command): StdFee | undefined {
  const opts = cmd.opts() as TxFlags;
  return opts.fees
    ? { amount: [{ denom: "ustra", amount: parseUstra(opts.fees) }], gas: String(opts.gas) }
    : undefined;
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
  const opts = cmd.opts() as TxFlags;
  const { client, sender } = await signingClient(cmd, from);
  try {
    const fee = explicitFee(cmd) ?? "auto";
    const msgs = await build(sender, client);
    let outcome: TxOutcome;
    try {
      outcome = await client.submit(sender, msgs, { fee, memo: opts.memo });
    } catch (err) {
      if (!(err instanceof TxRefusedError)) throw err;
      printRefused(cmd, err);
      return;
    }
    printCommitted(cmd, outcome, report(outcome));
  } finally {
    client.disconnect();
  }
}

/** What {@link runCosmjsTx} hands the cosmjs signing method. */
export interface CosmjsTxContext {
  /** The unmodified cosmjs client, signing with the keyring key. */
  signing: SigningStargateClient;
  /** The key's address. */
  sender: string;
  /** The messages `build` returned (what was simulated). */
  messages: EncodeObject[];
  /** `--fees`/`--gas`, or the simulated gas × {@link GAS_ADJUSTMENT} at `--gas-prices`. */
  fee: StdFee;
  memo: string;
}

/**
 * As {@link runTx}, but the transaction is sent by a cosmjs `SigningStargateClient` method
 * (`delegateTokens`, `undelegateTokens`, `withdrawRewards`, …): `build` gives the messages that
 * method sends (simulated first for the fee, which keeps a refusal's codespace), `send` calls it.
 * A refusal at simulation, admission or in the block prints `failed with code N (codespace): log`
 * and sets exit code 1.
 * @throws StrataError `cli:31` naming the URL and what to check when `--node` does not answer.
 */
export async function runCosmjsTx<T extends object>(
  cmd: Command,
  from: string,
  build: (sender: string, client: StrataL2Client) => Promise<EncodeObject[]> | EncodeObject[],
  send: (ctx: CosmjsTxContext) => Promise<DeliverTxResponse>,
  report: (r: DeliverTxResponse) => TxReport<T> = () => ({ fields: {} as T, text: [] }),
): Promise<void> {
  const opts = cmd.opts() as TxFlags;
  const { client, sender } = await signingClient(cmd, from);
  try {
    const messages = await build(sender, client);
    let r: DeliverTxResponse;
    try {
      const fee =
        explicitFee(cmd) ??
        calculateFee(
          Math.ceil((await client.simulate(sender, messages, opts.memo)) * GAS_ADJUSTMENT),
          GasPrice.fromString(opts.gasPrices),
        );
      r = await send({ signing: client.signing, sender, messages, fee, memo: opts.memo });
    } catch (err) {
      if (err instanceof BroadcastTxError) {
        printRefused(
          cmd,
          new TxRefusedError({
            codespace: err.codespace,
            code: err.code,
            log: err.log ?? "",
            stage: "check",
          }),
        );
        return;
      }
      if (!(err instanceof TxRefusedError)) throw err;
      printRefused(cmd, err);
      return;
    }
    if (r.code !== 0) {
      // DeliverTxResponse has no codespace; the node's `tx` answer does.
      const committed = await client.comet.tx({ hash: fromHex(r.transactionHash) }).catch(() => undefined);
      printRefused(
        cmd,
        new TxRefusedError({
          codespace: committed?.result.codespace ?? "",
          code: r.code,
          log: committed?.result.log ?? r.rawLog ?? "",
          stage: "deliver",
          txhash: r.transactionHash,
          height: r.height,
        }),
      );
      return;
    }
    printCommitted(cmd, { ...r, txhash: r.transactionHash }, report(r));
  } finally {
    client.disconnect();
  }
}
