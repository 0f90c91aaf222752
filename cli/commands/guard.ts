/**
 * `strata guard start|attest`: the guard node (guard-node/). The keyring key `--key` (in the client
 * home `--keyring-home`) is the guard's operator account; its node key, state and fetched weights
 * live in the guard home `--home`.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { createLogger, type LogLevel } from "../../chain/core/log/index.js";
import { connectStrataL2 } from "../../client/index.js";
import { attestModel, createGuard, GuardError, GuardErrorCode, guardPaths } from "../../guard-node/index.js";
import {
  createPassphraseProvider,
  expandHome,
  KEYRING_BACKENDS,
  type KeyringBackend,
  openKeyring,
} from "../keyring/index.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";
import { detectHardware } from "./tx/nodes.js";

function unitInterval(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1))
    throw new InvalidArgumentError("must be a number in [0, 1]");
  return n;
}

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

function ustra(value: string): string {
  const m = /^([0-9]{1,40})(ustra)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected an amount in ustra, e.g. 1000000 or 1000000ustra");
  return BigInt(m[1]!).toString();
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Default guard home: node key, `state.json`, fetched weights. */
export const DEFAULT_GUARD_HOME = "~/.strata-guard";

interface CommonFlags {
  l2: string;
  key: string;
  home: string;
  keyringHome: string;
  keyringBackend: KeyringBackend;
  passphraseFile?: string;
  gasPrices?: string;
  logLevel: LogLevel;
}

interface StartFlags extends CommonFlags {
  model?: string;
  reexecRate: number;
  similarityThreshold: number;
  exactFormats: string[];
  holdBlocks?: number;
  stake?: string;
  host: string;
  port: number;
  pollMs: number;
  attest: boolean;
  threads: number;
  contextSize: number;
}

/** The signer of `--key` from the keyring of `--keyring-home`. */
async function signerOf(flags: CommonFlags) {
  const keyring = await openKeyring({
    home: expandHome(flags.keyringHome),
    backend: flags.keyringBackend,
    passphrase: createPassphraseProvider(
      flags.passphraseFile ? { passphraseFile: flags.passphraseFile } : {},
    ),
  });
  return keyring.signer(flags.key);
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .requiredOption("--l2 <url>", "L2 node RPC URL")
    .requiredOption("--key <name>", "keyring key of the guard's operator account (holds its stake)")
    .option("--home <dir>", "guard home: node key, state.json, fetched weights", DEFAULT_GUARD_HOME)
    .option("--keyring-home <dir>", "client home holding the keyring (as `strata keys --home`)", "~/.strata")
    .addOption(
      new Option(
        "--keyring-backend <backend>",
        "keyring backend (test keeps keys UNENCRYPTED: development only)",
      )
        .choices([...KEYRING_BACKENDS])
        .default("file"),
    )
    .option("--passphrase-file <file>", "file keyring: read the passphrase from this file")
    .option("--gas-prices <price>", "gas price of the guard's transactions", "0.0025ustra")
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)")
        .choices(["debug", "info", "warn", "error"])
        .default("info"),
    );
}

/** Registers the `guard` command group on the root program. */
export function register(program: Command): void {
  const guard = program
    .command("guard")
    .description("guard node: verifies and scores L2 tasks, attests model versions");

  addCommonOptions(
    guard
      .command("start")
      .description(
        "register as a guard (or reuse the registration), follow L2, score assigned tasks, attest PENDING models",
      )
      .option("--model <file>", "the guard's copy of the GGUF model it re-executes tasks with")
      .option(
        "--reexec-rate <x>",
        "share of tasks re-executed at random by at least one of their guards, in [0, 1]",
        unitInterval,
        0.05,
      )
      .option(
        "--similarity-threshold <x>",
        "outputs of non-deterministic tasks agree at this normalised Levenshtein similarity, in [0, 1]",
        unitInterval,
        0.8,
      )
      .option(
        "--exact-formats <list>",
        "model formats compared byte for byte when decoding is deterministic",
        list,
        ["gguf"],
      )
      .option(
        "--hold-blocks <n>",
        "blocks a score without re-execution waits before posting (default: half the chain's score_blocks)",
        uint,
      )
      .option("--stake <ustra>", "stake bonded when registering (default: the chain's minimum)", ustra)
      .option("--host <host>", "interface of /health and /metrics", "127.0.0.1")
      .option("--port <n>", "port of /health and /metrics (0: any free port)", port, 26690)
      .option("--poll-ms <n>", "polling interval while the websocket is down, ms", uint, 1000)
      .option("--no-attest", "do not attest PENDING model versions")
      .option("--threads <n>", "llama.cpp threads per evaluation", uint, 1)
      .option(
        "--context-size <n>",
        "context window of the guard's model, tokens (as the executors')",
        uint,
        2048,
      ),
  ).action(async (flags: StartFlags, cmd: Command) => {
    const logger = createLogger({ level: flags.logLevel });
    const signer = await signerOf(flags);
    if (!flags.model) logger.warn("no --model: this guard cannot re-execute tasks");
    const started = await createGuard(
      {
        l2: flags.l2,
        home: expandHome(flags.home),
        ...(flags.model ? { modelPath: flags.model } : {}),
        reexecRate: flags.reexecRate,
        compare: { exactFormats: flags.exactFormats, similarityThreshold: flags.similarityThreshold },
        ...(flags.holdBlocks !== undefined ? { holdBlocks: flags.holdBlocks } : {}),
        ...(flags.stake !== undefined ? { stake: flags.stake } : {}),
        hardware: detectHardware(),
        host: flags.host,
        port: flags.port,
        pollIntervalMs: Math.max(50, flags.pollMs),
        attest: flags.attest,
        threads: Math.max(1, flags.threads),
        contextSize: Math.max(64, flags.contextSize),
        ...(flags.gasPrices ? { gasPrice: flags.gasPrices } : {}),
      },
      { logger, signer },
    );
    printResult(
      outputFormat(cmd),
      {
        url: started.url,
        guard: started.address,
        pubkey: started.pubkey,
        registration: started.registration,
        model: started.model,
        resumedFrom: started.resumedFrom,
      },
      (r) =>
        [
          `guard ${r.guard} (${r.registration}) serving /health and /metrics on ${r.url}`,
          `  model sha256 ${r.model ?? "none: no re-execution"}`,
          ...(r.resumedFrom > 0 ? [`  resumed from height ${r.resumedFrom}`] : []),
        ].join("\n"),
    );
    await runUntilSignal(() => started.close());
  });

  addCommonOptions(
    guard
      .command("attest")
      .description("fetch a PENDING model version's weights, check them, run them once, and attest it")
      .argument("<id>", "model version id (name@version)"),
  ).action(async (id: string, flags: CommonFlags, cmd: Command) => {
    const logger = createLogger({ level: flags.logLevel });
    const signer = await signerOf(flags);
    const [account] = await signer.getAccounts();
    const client = await connectStrataL2(flags.l2, {
      signer,
      broadcastPollIntervalMs: 200,
      ...(flags.gasPrices ? { gasPrice: flags.gasPrices } : {}),
    });
    try {
      const model = await client.query.models.model(id);
      if (!model) throw new GuardError(GuardErrorCode.ModelNotFound, `model ${id} not found`);
      const done = await attestModel(
        client,
        { guard: account!.address, model, weightsDir: guardPaths(expandHome(flags.home)).weights },
        { logger },
      );
      printResult(outputFormat(cmd), { ...done, code: 0 }, (r) =>
        [`attested ${r.id} from ${r.uri}`, `committed at height ${r.height}`, `txhash: ${r.txhash}`].join(
          "\n",
        ),
      );
    } finally {
      client.disconnect();
    }
  });
}
