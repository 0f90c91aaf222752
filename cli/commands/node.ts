import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import type { Command } from "commander";
import { addressBytes } from "../../chain/core/crypto/index.js";
import { StrataError } from "../../chain/core/errors/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import { parseGasPrices } from "../../chain/core/modules/auth/ante.js";
import {
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  readConfig,
  readGenesis,
  replayChain,
  writeConfig,
} from "../../chain/core/node/index.js";
import { buildL1Genesis, makeL1App, startL1Node } from "../../chain/l1/index.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";

/** Default home folder of a node. */
export const DEFAULT_HOME = join(homedir(), ".strata");

function parseFund(value: string, previous: { address: string; amount: bigint }[] = []) {
  const m = /^([a-z0-9]+)=([0-9]+)$/.exec(value);
  if (!m)
    throw new StrataError("cli", 1, `--fund expects ADDRESS=AMOUNT (in ustra), got ${JSON.stringify(value)}`);
  addressBytes(m[1]!);
  return [...previous, { address: m[1]!, amount: BigInt(m[2]!) }];
}

/** Initialises a node home: config, validator and node keys, and a single-validator genesis. */
export async function initHome(opts: {
  home: string;
  chainId: string;
  moniker: string;
  fund: { address: string; amount: bigint }[];
  /** A funded account that bonds the validator (staking genesis); none: consensus-only genesis. */
  operator?: string;
  rpcPort?: number;
  blockIntervalMs?: number;
  overwrite?: boolean;
}): Promise<{
  home: string;
  chainId: string;
  validatorAddress: string;
  validatorPubKey: string;
  genesis: string;
}> {
  const paths = homePaths(opts.home);
  if (existsSync(paths.genesis) && !opts.overwrite) {
    throw new StrataError("cli", 2, `${paths.genesis} already exists; pass --overwrite to replace it`);
  }
  await mkdir(join(opts.home, "config"), { recursive: true, mode: 0o700 });
  const config = {
    ...DEFAULT_CONFIG,
    moniker: opts.moniker,
    rpc: { ...DEFAULT_CONFIG.rpc, port: opts.rpcPort ?? DEFAULT_CONFIG.rpc.port },
    blockIntervalMs: opts.blockIntervalMs ?? DEFAULT_CONFIG.blockIntervalMs,
  };
  await writeConfig(opts.home, config);
  const validatorKey = await generateKeyFile(paths.validatorKey);
  await generateKeyFile(paths.nodeKey);
  const genesis = buildL1Genesis({
    chainId: opts.chainId,
    genesisTime: new Date().toISOString(),
    validators: [
      {
        name: opts.moniker,
        pubKey: Buffer.from(validatorKey.pubKey).toString("base64"),
        power: "10",
        ...(opts.operator ? { operator: opts.operator } : {}),
      },
    ],
    accounts: opts.fund,
  });
  await writeFile(paths.genesis, `${JSON.stringify(genesis, null, 2)}\n`);
  return {
    home: opts.home,
    chainId: opts.chainId,
    validatorAddress: Buffer.from(validatorKey.address).toString("hex").toUpperCase(),
    validatorPubKey: Buffer.from(validatorKey.pubKey).toString("base64"),
    genesis: paths.genesis,
  };
}

/** Registers `init`, `start` and `status`. */
export function register(program: Command): void {
  program
    .command("init")
    .description(
      "create a node home folder: config, validator key, node key and a genesis with funded accounts",
    )
    .option("--home <dir>", "node home folder", DEFAULT_HOME)
    .option("--chain-id <id>", "chain id", "strata-l1")
    .option("--moniker <name>", "node name", "validator-0")
    .option("--fund <address=amount>", "fund an account at genesis (ustra); repeatable", parseFund, [])
    .option(
      "--operator <address>",
      "a funded account that bonds this validator with 10^7 ustra (enables staking)",
    )
    .option("--rpc-port <port>", "JSON-RPC port written to config", (v) => Number.parseInt(v, 10))
    .option("--block-interval <ms>", "target block interval written to config", (v) => Number.parseInt(v, 10))
    .option("--overwrite", "replace an existing genesis and keys")
    .action(async (opts, cmd: Command) => {
      const result = await initHome({ ...opts, blockIntervalMs: opts.blockInterval });
      printResult(
        outputFormat(cmd),
        result,
        (r) => `initialised ${r.chainId} in ${r.home}\ngenesis: ${r.genesis}`,
      );
    });

  program
    .command("start")
    .description("run a validator node from its home folder (Ctrl-C stops it cleanly)")
    .option("--home <dir>", "node home folder", DEFAULT_HOME)
    .option("--rpc-port <port>", "override the JSON-RPC port (0 picks a free one)", (v) =>
      Number.parseInt(v, 10),
    )
    .option("--block-interval <ms>", "override the block interval", (v) => Number.parseInt(v, 10))
    .action(async (opts) => {
      const running = await startL1Node({
        home: opts.home,
        rpcPort: opts.rpcPort,
        blockIntervalMs: opts.blockInterval,
      });
      await runUntilSignal(() => running.stop());
    });

  program
    .command("replay")
    .description(
      "re-execute a stopped node's blocks from genesis and compare every app hash (determinism check)",
    )
    .option("--home <dir>", "node home folder", DEFAULT_HOME)
    .action(async (opts, cmd: Command) => {
      const { doc } = await readGenesis(homePaths(opts.home).genesis);
      const minGasPrices = parseGasPrices((await readConfig(opts.home)).minGasPrices);
      const report = await replayChain(
        opts.home,
        doc,
        (chainId, log) => makeL1App(chainId, log, { minGasPrices }),
        nullLogger,
      );
      printResult(outputFormat(cmd), report, (r) =>
        r.mismatches.length === 0
          ? `replayed ${r.blocks} blocks: every app hash matches (final ${r.appHash})`
          : `replayed ${r.blocks} blocks: ${r.mismatches.length} mismatches, first at height ${r.mismatches[0]!.height}`,
      );
      if (report.mismatches.length > 0) process.exitCode = 1;
    });

  program
    .command("status")
    .description("show a node's chain id, height and app hash")
    .option("--node <url>", "node RPC URL", "http://127.0.0.1:26657")
    .action(async (opts, cmd: Command) => {
      const client = await Comet38Client.connect(opts.node);
      try {
        const s = await client.status();
        const result = {
          chainId: s.nodeInfo.network,
          moniker: s.nodeInfo.moniker,
          latestBlockHeight: s.syncInfo.latestBlockHeight,
          latestBlockHash: Buffer.from(s.syncInfo.latestBlockHash).toString("hex").toUpperCase(),
          latestAppHash: Buffer.from(s.syncInfo.latestAppHash).toString("hex").toUpperCase(),
          latestBlockTime: s.syncInfo.latestBlockTime.toISOString(),
          catchingUp: s.syncInfo.catchingUp,
        };
        printResult(outputFormat(cmd), result, (r) =>
          Object.entries(r)
            .map(([k, v]) => `${k}: ${v}`)
            .join("\n"),
        );
      } finally {
        client.disconnect();
      }
    });
}
