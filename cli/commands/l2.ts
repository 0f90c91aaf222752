/**
 * `strata l2 batcher|verify|sync-from-l1`: the child chain's link to L1
 * (chain/core/rollup/ROLLUP.md). The batcher posts every L2 block to L1 and relays L1 deposits to
 * L2; `verify` rebuilds L2 from L1's data alone and checks every root; `sync-from-l1` does the same
 * into a full node's home, which `strata start` then runs.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { BatcherError, BatcherErrorCode } from "../../batcher/errors.js";
import { startBatcher } from "../../batcher/startBatcher.js";
import { type SyncReport, syncFromL1 } from "../../batcher/sync.js";
import { l1SourceOverClient, type VerifyReport, verifyFromL1 } from "../../batcher/verify.js";
import { createLogger, type LogLevel } from "../../chain/core/log/index.js";
import { startChainNode } from "../../chain/core/node/index.js";
import { parsePeerAddress } from "../../chain/core/p2p/index.js";
import { StrataClient } from "../../client/index.js";
import {
  createPassphraseProvider,
  expandHome,
  KEYRING_BACKENDS,
  type KeyringBackend,
  openKeyring,
} from "../keyring/index.js";
import { layerOf } from "../layers.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";

function uint(value: string): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError("must be a non-negative integer");
  return n;
}

function port(value: string): number {
  const n = uint(value);
  if (n > 65535) throw new InvalidArgumentError("must be a port in [0, 65535]");
  return n;
}

interface BatcherFlags {
  l1: string;
  l2: string;
  key: string;
  l2Key?: string;
  chainId?: string;
  home?: string;
  keyringHome: string;
  keyringBackend: KeyringBackend;
  passphraseFile?: string;
  host: string;
  port: number;
  pollMs: number;
  maxItems?: number;
  maxBatchBytes?: number;
  gasPrices: string;
  maxBackoffMs: number;
  logLevel: LogLevel;
}

interface VerifyFlags {
  l1: string;
  chainId: string;
  to?: number;
  minGasPrices: string;
  logLevel: LogLevel;
}

interface SyncFlags {
  l1: string;
  chainId: string;
  home: string;
  to?: number;
  follow?: boolean;
  pollMs: number;
  moniker: string;
  rpcPort?: number;
  p2pPort?: number;
  peers?: string[];
  minGasPrices: string;
  logLevel: LogLevel;
}

function peerList(value: string, previous: string[] = []): string[] {
  const peers = value
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const p of peers) parsePeerAddress(p);
  return [...previous, ...peers];
}

/** The CLI error of a replay that stopped at a mismatch (exit non-zero, `-o json` prints the report). */
function mismatchError(
  what: string,
  report: Pick<VerifyReport, "chainId" | "mismatch">,
): BatcherError | undefined {
  const m = report.mismatch;
  if (!m) return undefined;
  return new BatcherError(
    BatcherErrorCode.VerifyMismatch,
    `L2 ${report.chainId} ${what}: ${m.message} (height ${m.height}, field ${m.field}, expected ${m.expected}, got ${m.got})`,
    { ...m },
  );
}

/** Registers the `l2` command group on the root program. */
export function register(program: Command): void {
  const l2 = program.command("l2").description("the L2 chain's link to L1: batcher and rebuild from L1 data");

  l2.command("batcher")
    .description(
      "post every L2 block to L1 (MsgSubmitBatch, several per tx when behind, resuming from L1's last accepted batch) and relay L1 deposits to L2",
    )
    .requiredOption("--l1 <url>", "L1 node RPC URL")
    .requiredOption("--l2 <url>", "L2 node RPC URL")
    .requiredOption("--key <name>", "keyring key that signs batches on L1 (pays their fees)")
    .option(
      "--l2-key <name>",
      "keyring key that mints L1 deposits on L2 (one of the L2 bridge relayers); none: no relay",
    )
    .option("--chain-id <id>", "the L2 chain id as registered on L1 (default: the L2 node's)")
    .option("--home <dir>", "client home; default for --keyring-home")
    .option("--keyring-home <dir>", "client home holding the keyring (as `strata keys --home`)")
    .addOption(
      new Option(
        "--keyring-backend <backend>",
        "keyring backend (test keeps keys UNENCRYPTED: development only)",
      )
        .choices([...KEYRING_BACKENDS])
        .default("file"),
    )
    .option("--passphrase-file <file>", "file keyring: read the passphrase from this file")
    .option("--host <host>", "interface of /health and /metrics", "127.0.0.1")
    .option("--port <n>", "port of /health and /metrics (0: any free port)", port, 26680)
    .option("--poll-ms <n>", "how often L2 is asked for new blocks while caught up, ms", uint, 200)
    .option("--max-items <n>", "most L2 blocks per L1 tx (L1's max_items_per_batch caps it)", uint)
    .option("--max-batch-bytes <n>", "most MsgSubmitBatch bytes per L1 tx (default 921600)", uint)
    .option("--gas-prices <price>", "gas price on both chains", "0.0025ustra")
    .option("--max-backoff-ms <n>", "longest wait between retries after failures, ms", uint, 10_000)
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)")
        .choices(["debug", "info", "warn", "error"])
        .default("info"),
    )
    .action(async (flags: BatcherFlags, cmd: Command) => {
      const logger = createLogger({ level: flags.logLevel });
      const keyring = await openKeyring({
        home: expandHome(flags.keyringHome ?? flags.home ?? "~/.strata"),
        backend: flags.keyringBackend,
        passphrase: createPassphraseProvider(
          flags.passphraseFile ? { passphraseFile: flags.passphraseFile } : {},
        ),
      });
      const l1Signer = await keyring.signer(flags.key);
      const l2Signer = flags.l2Key ? await keyring.signer(flags.l2Key) : undefined;
      const running = await startBatcher(
        {
          l1: flags.l1,
          l2: flags.l2,
          ...(flags.chainId ? { chainId: flags.chainId } : {}),
          host: flags.host,
          port: flags.port,
          pollMs: Math.max(20, flags.pollMs),
          ...(flags.maxItems ? { maxItemsPerBatch: flags.maxItems } : {}),
          ...(flags.maxBatchBytes ? { maxBatchBytes: flags.maxBatchBytes } : {}),
          gasPrice: flags.gasPrices,
          maxBackoffMs: Math.max(10, flags.maxBackoffMs),
        },
        { logger, l1Signer, ...(l2Signer ? { l2Signer } : {}) },
      );
      printResult(
        outputFormat(cmd),
        {
          url: running.url,
          chainId: running.chainId,
          submitter: running.submitter,
          relayer: running.relayer,
          resumedFrom: running.resumedFrom,
        },
        (r) =>
          [
            `batcher for ${r.chainId}: /health and /metrics on ${r.url}`,
            `  submitter ${r.submitter} (L1), relayer ${r.relayer ?? "none: deposits not relayed"} (L2)`,
            `  resuming after L1's last accepted batch ${r.resumedFrom}`,
          ].join("\n"),
      );
      await runUntilSignal(() => running.stop());
    });

  l2.command("verify")
    .description(
      "rebuild L2 from L1 data alone (genesis from the registration, every batch's blocks from L1's txs), check every commit, tx root and state root; exit 1 at the first mismatch",
    )
    .requiredOption("--l1 <url>", "L1 node RPC URL")
    .requiredOption("--chain-id <id>", "the L2 chain id as registered on L1")
    .option("--to <height>", "last L2 height to rebuild (default: L1's last accepted batch)", uint)
    .option(
      "--min-gas-prices <price>",
      "the L2 app's min gas prices (they never change what a block does)",
      "0.0025ustra",
    )
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)")
        .choices(["debug", "info", "warn", "error"])
        .default("warn"),
    )
    .action(async (flags: VerifyFlags, cmd: Command) => {
      const logger = createLogger({ level: flags.logLevel });
      const client = await StrataClient.connect(flags.l1);
      let report: VerifyReport;
      try {
        const { makeApp } = layerOf("l2");
        report = await verifyFromL1(l1SourceOverClient(client), {
          chainId: flags.chainId,
          ...(flags.to !== undefined ? { to: flags.to } : {}),
          makeApp: (chainId, log) => makeApp(chainId, log, { minGasPrices: flags.minGasPrices }),
          logger,
        });
      } finally {
        client.disconnect();
      }
      const format = outputFormat(cmd);
      const failed = mismatchError("does not rebuild from L1 data", report);
      if (failed) {
        if (format === "json") printResult(format, report, () => "");
        throw failed;
      }
      printResult(format, report, (r) =>
        [
          `L2 ${r.chainId} rebuilt from L1 data: heights 1..${r.verifiedTo} of ${r.lastNumber} accepted, ${r.txs} txs`,
          `  every commit, tx root, state root and commitment record matches`,
          `  genesis sha256 ${r.genesisSha256}`,
          `  state root after ${r.verifiedTo}: ${r.stateRoot}`,
        ].join("\n"),
      );
    });

  l2.command("sync-from-l1")
    .description(
      "create (or resume) a full L2 node home from L1 data alone: genesis.json is the registered bytes, every accepted batch is checked as `l2 verify` does and applied to the home's store; then `strata start --home DIR` runs it",
    )
    .requiredOption("--l1 <url>", "L1 node RPC URL")
    .requiredOption("--chain-id <id>", "the L2 chain id as registered on L1")
    .requiredOption("--home <dir>", "the node home to create or resume")
    .option("--to <height>", "last L2 height to apply (default: L1's last accepted batch)", uint)
    .option(
      "--follow",
      "once caught up, run the home as a full node (RPC, p2p, --peers) that keeps applying new batches as L1 accepts them, until Ctrl-C",
    )
    .option("--poll-ms <n>", "with --follow: how often L1 is asked for new batches, ms", uint, 1000)
    .option("--moniker <name>", "node name written to a new home's config", "l2-full-node")
    .option("--rpc-port <port>", "JSON-RPC port written to a new home's config (and used by --follow)", port)
    .option("--p2p-port <port>", "p2p port written to a new home's config (and used by --follow)", port)
    .option("--peers <id@host:port,...>", "persistent peers written to a new home's config", peerList)
    .option("--min-gas-prices <price>", "the L2 app's min gas prices (written to a new home)", "0.0025ustra")
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)")
        .choices(["debug", "info", "warn", "error"])
        .default("warn"),
    )
    .action(async (flags: SyncFlags, cmd: Command) => {
      const logger = createLogger({ level: flags.logLevel });
      const client = await StrataClient.connect(flags.l1);
      const home = expandHome(flags.home);
      const { makeApp } = layerOf("l2");
      const abort = new AbortController();
      const onSignal = () => abort.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      let report: SyncReport;
      try {
        report = await syncFromL1(l1SourceOverClient(client), {
          home,
          chainId: flags.chainId,
          ...(flags.to !== undefined ? { to: flags.to } : {}),
          makeApp: (chainId, log) => makeApp(chainId, log, { minGasPrices: flags.minGasPrices }),
          ...(flags.follow
            ? {
                follow: {
                  pollMs: Math.max(20, flags.pollMs),
                  signal: abort.signal,
                  // Caught up: the home runs as a full node (RPC, p2p) while batches keep coming.
                  serve: async (dir: string) => {
                    const running = await startChainNode(
                      {
                        home: dir,
                        ...(flags.rpcPort !== undefined ? { rpcPort: flags.rpcPort } : {}),
                        ...(flags.p2pPort !== undefined ? { p2pPort: flags.p2pPort } : {}),
                      },
                      { makeApp, logger, onFatal: () => process.exit(1) },
                    );
                    process.stderr.write(
                      `full node of ${flags.chainId} at height ${running.node.latestHeight()}: rpc ${running.rpc.url}, p2p ${running.p2p.peerAddress()}; following L1 (Ctrl-C stops)\n`,
                    );
                    return {
                      node: running.node,
                      applyDecided: (block, commit) => running.applyDecided(block, commit),
                      stop: () => running.stop(),
                    };
                  },
                },
              }
            : {}),
          init: {
            moniker: flags.moniker,
            minGasPrices: flags.minGasPrices,
            ...(flags.rpcPort !== undefined ? { rpcPort: flags.rpcPort } : {}),
            ...(flags.p2pPort !== undefined ? { p2pPort: flags.p2pPort } : {}),
            ...(flags.peers ? { peers: flags.peers } : {}),
          },
          logger,
        });
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        client.disconnect();
      }
      const format = outputFormat(cmd);
      const failed = mismatchError(`stopped syncing ${home} from L1 data at the first mismatch`, report);
      if (failed) {
        if (format === "json") printResult(format, report, () => "");
        throw failed;
      }
      printResult(format, report, (r) =>
        [
          `${r.created ? "created" : "resumed"} ${r.home}: L2 ${r.chainId} at height ${r.height} (from ${r.resumedFrom}; ${r.applied} blocks applied, L1 has ${r.lastNumber} accepted)`,
          `  genesis.json = the registered bytes, sha256 ${r.genesisSha256}`,
          `  state root after ${r.height}: ${r.stateRoot}`,
          `  run it as a full node: strata start --home ${r.home}`,
        ].join("\n"),
      );
    });
}
