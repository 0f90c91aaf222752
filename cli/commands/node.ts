import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { addressBytes } from "../../chain/core/crypto/index.js";
import { StrataError } from "../../chain/core/errors/index.js";
import { nullLogger } from "../../chain/core/log/index.js";
import {
  DEFAULT_CONFIG,
  generateKeyFile,
  homePaths,
  readConfig,
  readGenesis,
  replayChain,
  startChainNode,
  writeConfig,
} from "../../chain/core/node/index.js";
import { nodeIdFromPubKey, parsePeerAddress } from "../../chain/core/p2p/index.js";
import { layerOf } from "../layers.js";
import { connectNode, DEFAULT_NODE, parseNodeUrl } from "../nodeUrl.js";
import { outputFormat, printResult } from "../output.js";
import { runUntilSignal } from "../shutdown.js";

/** Default home folder of a node. */
export const DEFAULT_HOME = join(homedir(), ".strata");

/** Default chain id of `strata init` when it builds a genesis. */
const DEFAULT_CHAIN_ID = "strata-l1";

/** Error codes of `strata init` (codespace `cli`). */
export enum InitErrorCode {
  badFund = 1,
  homeExists = 2,
  /** `--genesis` with options that only make sense when building a genesis. */
  conflictingOptions = 12,
}

function parseFund(value: string, previous: { address: string; amount: bigint }[] = []) {
  const m = /^([a-z0-9]+)=([0-9]+)$/.exec(value);
  if (!m)
    throw new StrataError(
      "cli",
      InitErrorCode.badFund,
      `--fund expects ADDRESS=AMOUNT (in ustra), got ${JSON.stringify(value)}`,
    );
  addressBytes(m[1]!);
  return [...previous, { address: m[1]!, amount: BigInt(m[2]!) }];
}

function parsePeers(value: string, previous: string[] = []): string[] {
  const peers = value
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const p of peers) parsePeerAddress(p);
  return [...previous, ...peers];
}

/**
 * Initialises a node home: config (with its layer), validator and node keys, and a genesis. Without
 * `genesisFile` it builds a single-validator genesis with the layer's builder; with it, the node
 * joins that existing chain (the file is copied verbatim) and runs as a full node until its
 * validator key is bonded through staking.
 * @throws StrataError(cli) for an existing home, an unknown layer or conflicting options;
 *   NodeError(invalidGenesis) for a bad genesis file.
 */
export async function initHome(opts: {
  home: string;
  /** Chain id of a new genesis (default `strata-l1`); with `genesisFile` it must match the file's. */
  chainId?: string;
  moniker: string;
  fund: { address: string; amount: bigint }[];
  /** A funded account that bonds the validator (staking genesis); none: consensus-only genesis. */
  operator?: string;
  /** Which layer's application the node runs (default `l1`). */
  layer?: string;
  /** Join an existing chain: the genesis file to copy instead of building one. */
  genesisFile?: string;
  /** Persistent peers, `id@host:port`. */
  peers?: string[];
  rpcPort?: number;
  p2pPort?: number;
  blockIntervalMs?: number;
  overwrite?: boolean;
}): Promise<{
  home: string;
  chainId: string;
  layer: string;
  validatorAddress: string;
  validatorPubKey: string;
  nodeId: string;
  genesis: string;
}> {
  const paths = homePaths(opts.home);
  if (existsSync(paths.genesis) && !opts.overwrite) {
    throw new StrataError(
      "cli",
      InitErrorCode.homeExists,
      `${paths.genesis} already exists; pass --overwrite to replace it`,
    );
  }
  const layerName = opts.layer ?? DEFAULT_CONFIG.layer;
  const layer = layerOf(layerName);
  let joined: { doc: { chainId: string }; text: string } | undefined;
  if (opts.genesisFile) {
    if (opts.fund.length > 0 || opts.operator) {
      throw new StrataError(
        "cli",
        InitErrorCode.conflictingOptions,
        "--fund and --operator build a new genesis; they cannot be used with --genesis",
      );
    }
    joined = await readGenesis(opts.genesisFile);
    if (opts.chainId !== undefined && opts.chainId !== joined.doc.chainId) {
      throw new StrataError(
        "cli",
        InitErrorCode.conflictingOptions,
        `--chain-id ${opts.chainId} differs from the genesis file's ${joined.doc.chainId}`,
      );
    }
  } else if (!layer.buildGenesis) {
    throw new StrataError(
      "cli",
      InitErrorCode.conflictingOptions,
      `layer ${layerName} cannot build a genesis; pass --genesis with the chain's genesis file`,
    );
  }
  await mkdir(join(opts.home, "config"), { recursive: true, mode: 0o700 });
  const config = {
    ...DEFAULT_CONFIG,
    layer: layerName,
    moniker: opts.moniker,
    rpc: { ...DEFAULT_CONFIG.rpc, port: opts.rpcPort ?? DEFAULT_CONFIG.rpc.port },
    p2p: {
      ...DEFAULT_CONFIG.p2p,
      port: opts.p2pPort ?? DEFAULT_CONFIG.p2p.port,
      persistentPeers: opts.peers ?? [],
    },
    blockIntervalMs: opts.blockIntervalMs ?? DEFAULT_CONFIG.blockIntervalMs,
  };
  await writeConfig(opts.home, config);
  const validatorKey = await generateKeyFile(paths.validatorKey);
  const nodeKey = await generateKeyFile(paths.nodeKey);
  let chainId: string;
  if (joined) {
    await writeFile(paths.genesis, joined.text);
    chainId = joined.doc.chainId;
  } else {
    chainId = opts.chainId ?? DEFAULT_CHAIN_ID;
    const genesis = layer.buildGenesis!({
      chainId,
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
  }
  return {
    home: opts.home,
    chainId,
    layer: layerName,
    validatorAddress: Buffer.from(validatorKey.address).toString("hex").toUpperCase(),
    validatorPubKey: Buffer.from(validatorKey.pubKey).toString("base64"),
    nodeId: nodeIdFromPubKey(nodeKey.pubKey),
    genesis: paths.genesis,
  };
}

/** Registers `init`, `start` and `status`. */
export function register(program: Command): void {
  program
    .command("init")
    .description(
      "create a node home folder: config, validator key, node key, and a new genesis with funded accounts or (--genesis) an existing chain's",
    )
    .option("--home <dir>", "node home folder", DEFAULT_HOME)
    .option("--layer <name>", "which layer's application the node runs", DEFAULT_CONFIG.layer)
    .option("--chain-id <id>", `chain id of a new genesis (default ${DEFAULT_CHAIN_ID})`)
    .option("--moniker <name>", "node name", "validator-0")
    .option("--fund <address=amount>", "fund an account at genesis (ustra); repeatable", parseFund, [])
    .option(
      "--operator <address>",
      "a funded account that bonds this validator with 10^7 ustra (enables staking)",
    )
    .option(
      "--genesis <file>",
      "join an existing chain: copy its genesis instead of building one (the node runs as a full node until its key is bonded)",
    )
    .option("--peers <id@host:port,...>", "persistent peers written to config; repeatable", parsePeers)
    .option("--rpc-port <port>", "JSON-RPC port written to config", (v) => Number.parseInt(v, 10))
    .option("--p2p-port <port>", "p2p port written to config", (v) => Number.parseInt(v, 10))
    .option("--block-interval <ms>", "target block interval written to config", (v) => Number.parseInt(v, 10))
    .option("--overwrite", "replace an existing genesis and keys")
    .action(async (opts, cmd: Command) => {
      const result = await initHome({
        ...opts,
        blockIntervalMs: opts.blockInterval,
        genesisFile: opts.genesis,
      });
      printResult(
        outputFormat(cmd),
        result,
        (r) =>
          `initialised ${r.chainId} (${r.layer}) in ${r.home}\ngenesis: ${r.genesis}\nnode id: ${r.nodeId}`,
      );
    });

  program
    .command("start")
    .description("run a node (validator or full node) from its home folder (Ctrl-C stops it cleanly)")
    .option("--home <dir>", "node home folder", DEFAULT_HOME)
    .option("--rpc-port <port>", "override the JSON-RPC port (0 picks a free one)", (v) =>
      Number.parseInt(v, 10),
    )
    .option("--p2p-port <port>", "override the p2p port (0 picks a free one)", (v) => Number.parseInt(v, 10))
    .option("--block-interval <ms>", "override the block interval", (v) => Number.parseInt(v, 10))
    .action(async (opts) => {
      const { layer } = await readConfig(opts.home);
      const running = await startChainNode(
        {
          home: opts.home,
          rpcPort: opts.rpcPort,
          p2pPort: opts.p2pPort,
          blockIntervalMs: opts.blockInterval,
        },
        {
          makeApp: layerOf(layer).makeApp,
          // The node stopped itself (its log says why): exit non-zero so a supervisor restarts it
          // and the WAL replays; never linger as a process that serves RPC but no longer votes.
          onFatal: () => process.exit(1),
        },
      );
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
      const { layer, minGasPrices } = await readConfig(opts.home);
      const { makeApp } = layerOf(layer);
      const report = await replayChain(
        opts.home,
        doc,
        (chainId, log) => makeApp(chainId, log, { minGasPrices }),
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
    .option("--node <url>", "node RPC URL (host:port is taken as http)", parseNodeUrl, DEFAULT_NODE)
    .action(async (opts, cmd: Command) => {
      const client = await connectNode(opts.node);
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
