import { existsSync } from "node:fs";
import { join } from "node:path";
import type { App } from "../app/app.js";
import { errorMessage } from "../errors/index.js";
import { createLogger, type Logger } from "../log/index.js";
import { createP2P, type P2P } from "../p2p/index.js";
import { createRpcServer, type RpcServer } from "../rpc/index.js";
import type { Block, Commit } from "../types/index.js";
import { BftDriver } from "./bftDriver.js";
import { serveBlockSync } from "./blockSync.js";
import { genesisTimeNs, readGenesis } from "./genesis.js";
import { homePaths, type NodeConfig, readConfig } from "./home.js";
import { acquireHomeLock } from "./homeLock.js";
import { loadKeyFile } from "./keys.js";
import { startMempoolGossip } from "./mempoolGossip.js";
import { ChainNode } from "./node.js";
import { PeerBook } from "./peerBook.js";
import { type ProductionGate, parentProgressOverRpc, UnpostedBlocksGate } from "./productionGate.js";
import { NodeRpcBackend } from "./rpcBackend.js";
import { isSoleValidator, SoloProducer } from "./soloProducer.js";

/** Node-local settings a layer's application takes from the node config. */
export interface NodeAppOptions {
  /** `minGasPrices` of `config.json`, as written (e.g. `0.0025ustra`); the layer parses it. */
  minGasPrices: string;
}

/** Builds a layer's application (its module set) for a chain id: what makes a node an L1, L2, … node. */
export type AppFactory = (chainId: string, logger: Logger, opts: NodeAppOptions) => App;

/** Options of {@link startChainNode}; each overrides the home's `config.json`. */
export interface StartChainNodeOptions {
  home: string;
  /** Override the JSON-RPC port (0 picks a free one). */
  rpcPort?: number;
  rpcHost?: string;
  /** Override the p2p port (0 picks a free one). */
  p2pPort?: number;
  /** Override the solo producer's block interval. */
  blockIntervalMs?: number;
  /**
   * Gate asked before every height starts (both drivers); default the one `config.json`
   * `rollup.maxUnpostedBlocks` configures (none when absent or 0).
   */
  gate?: ProductionGate;
}

/** Services injected into {@link startChainNode}. */
export interface StartChainNodeDeps {
  /** The layer's application. */
  makeApp: AppFactory;
  /** Default: a JSON logger at the config's level. */
  logger?: Logger;
  /** Wall clock, ns since the epoch (timestamps of proposals and votes only); default `Date.now`. */
  clock?: () => bigint;
  /**
   * Called after the node stopped itself because a consensus step or a block commit failed (disk
   * full, no file descriptors): the process should exit non-zero so a supervisor restarts it.
   */
  onFatal?: (err: unknown) => void;
}

/** How a node decides blocks: alone (`solo`) or with the other validators (`bft`, also full nodes). */
export type DriverMode = "solo" | "bft";

/** A running node. */
export interface RunningChainNode {
  node: ChainNode;
  rpc: RpcServer;
  /** The RPC backend (node + network). */
  backend: NodeRpcBackend;
  p2p: P2P;
  /** The driver running now (`solo` hands over to `bft` once another validator joins). */
  mode(): DriverMode;
  /**
   * Applies a block decided elsewhere (a child node following its parent's batches) through the
   * BFT driver's block-sync path (`BftDriver.applyDecided`); "invalid" while a solo producer runs.
   */
  applyDecided(block: Block, commit: Commit): Promise<"applied" | "stale" | "invalid">;
  /** Stops the RPC server, the driver, the network, then closes the database. */
  stop(): Promise<void>;
}

/**
 * The rule that picks the driver at start-up. The solo producer runs only when the validator set
 * of the next height is this node's key alone (its single precommit is then a full commit) and
 * the node has never signed under BFT (a solo restart could otherwise sign a second block at a
 * height its consensus machine already precommitted). Everything else, full nodes included, runs
 * the BFT driver.
 */
export function startsSolo(opts: { soleValidator: boolean; signedUnderBft: boolean }): boolean {
  return opts.soleValidator && !opts.signedUnderBft;
}

/**
 * The composition root of a chain node of any layer: reads the home (config, genesis, keys),
 * opens the chain node with the injected application, starts p2p (always: full nodes sync from any
 * node, and mempool gossip reaches the proposer), serves JSON-RPC, and runs the driver that
 * {@link startsSolo} picks. A solo producer hands over to the BFT driver when the validator
 * schedule gains another validator (a `MsgCreateValidator` bonded through staking). While it
 * runs, `<home>/node.pid` holds its process id (removed by `stop`; a stale one is replaced).
 * @throws NodeError for a missing or inconsistent home folder, `homeInUse` naming the pid when a
 *   running node holds the home; P2PError when a port is taken.
 */
export async function startChainNode(
  opts: StartChainNodeOptions,
  deps: StartChainNodeDeps,
): Promise<RunningChainNode> {
  const paths = homePaths(opts.home);
  const config = await readConfig(opts.home);
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const clock = deps.clock ?? (() => BigInt(Date.now()) * 1_000_000n);
  const { doc: genesis, text: genesisText } = await readGenesis(paths.genesis);
  const [validatorKey, nodeKey] = await Promise.all([
    loadKeyFile(paths.validatorKey),
    loadKeyFile(paths.nodeKey),
  ]);
  const host = opts.rpcHost ?? config.rpc.host;
  const rpcPort = opts.rpcPort ?? config.rpc.port;
  // `<home>/node.pid` names this process while it runs, so a second start (or a replay) on the
  // same home says which process holds it.
  const lock = await acquireHomeLock(opts.home);
  let node: ChainNode;
  try {
    node = await ChainNode.open(
      {
        home: opts.home,
        genesis,
        genesisText,
        makeApp: (chainId, log) => deps.makeApp(chainId, log, { minGasPrices: config.minGasPrices }),
        mempool: config.mempool,
        ...(config.rpc.maxSearchScan !== undefined ? { maxSearchScan: config.rpc.maxSearchScan } : {}),
      },
      { logger: logger.child({ module: "node" }), clock },
    );
  } catch (err) {
    await lock.release();
    throw err;
  }

  const p2p = createP2P(
    {
      nodeKey,
      network: genesis.chainId,
      moniker: config.moniker,
      listenHost: config.p2p.host,
      listenPort: opts.p2pPort ?? config.p2p.port,
      persistentPeers: config.p2p.persistentPeers,
    },
    { logger: logger.child({ module: "p2p" }) },
  );
  let rpcAddress = `tcp://${host}:${rpcPort}`;
  let backend!: NodeRpcBackend;
  const peers = new PeerBook(p2p, () => backend.nodeInfo(), { logger: logger.child({ module: "p2p" }) });
  backend = new NodeRpcBackend(
    node,
    { p2p, peers },
    { moniker: config.moniker, rpcAddress: () => rpcAddress, nodeKey, validatorKey },
  );
  serveBlockSync(p2p, node);
  const stopGossip = startMempoolGossip(p2p, node);
  if (config.rpc.unsafe)
    backend.unsafe = { blockPeer: (id) => p2p.block(id), unblockPeer: (id) => p2p.unblock(id) };

  // Set once the node is running; a failure before that is thrown to the caller instead.
  let running: RunningChainNode | undefined;
  const fatal = (err: unknown): void => {
    logger.error("node stopping: a consensus step or block commit failed", { err: errorMessage(err) });
    void (running?.stop() ?? Promise.resolve()).finally(() => deps.onFatal?.(err));
  };

  const gate = opts.gate ?? gateFromConfig(config.rollup, genesis.chainId, logger);

  const signStatePath = join(opts.home, "data", "sign_state.json");
  const signedUnderBft = existsSync(signStatePath);
  // Built in every mode, so the consensus channels always have a handler: peers that already run
  // consensus are ignored, not penalised, while a solo producer has not handed over yet.
  let driver: BftDriver;
  try {
    driver = new BftDriver(
      node,
      p2p,
      {
        chainId: genesis.chainId,
        genesisTimeNs: genesisTimeNs(genesis),
        // Always the key: the machine signs only at heights whose set holds it, so a full node
        // whose key joins the set through staking starts signing there.
        validatorKey,
        walPath: join(opts.home, "data", "consensus.wal"),
        signStatePath,
        timeouts: config.consensus,
        onFatal: (err) => fatal(err),
        ...(gate ? { gate } : {}),
      },
      logger.child({ module: "consensus" }),
      clock,
    );
  } catch (err) {
    stopGossip();
    peers.close();
    await node.stop();
    await lock.release();
    throw err;
  }

  let rpc: RpcServer | undefined;
  try {
    await p2p.start();
    rpc = await createRpcServer(backend, {
      host,
      port: rpcPort,
      logger: logger.child({ module: "rpc" }),
      maxBodyBytes: 4 * 1024 * 1024,
      ...(config.rpc.cors ? { cors: config.rpc.cors } : {}),
      ...(config.rpc.maxConnections ? { maxConnections: config.rpc.maxConnections } : {}),
      ...(config.rpc.maxConnectionsPerAddress
        ? { maxConnectionsPerAddress: config.rpc.maxConnectionsPerAddress }
        : {}),
    });
    // The bound port differs from the configured one when that is 0.
    rpcAddress = `tcp://${host}:${rpc.port}`;
  } catch (err) {
    await driver.stop();
    stopGossip();
    peers.close();
    await p2p.close();
    await node.stop();
    await lock.release();
    throw err;
  }

  let mode: DriverMode = "bft";
  let stopping = false;
  const startBft = (): void => {
    if (stopping) return;
    mode = "bft";
    driver.start();
  };
  let solo: SoloProducer | undefined;
  const soleValidator = isSoleValidator(node.validatorSetAt(node.latestHeight() + 1), validatorKey.address);
  if (startsSolo({ soleValidator, signedUnderBft })) {
    mode = "solo";
    solo = new SoloProducer(
      node,
      {
        validatorKey,
        blockIntervalMs: opts.blockIntervalMs ?? config.blockIntervalMs,
        onHandover: () => startBft(),
        onFatal: (err) => fatal(err),
        ...(gate ? { gate } : {}),
      },
      { logger: logger.child({ module: "producer" }), clock },
    );
    solo.start();
  } else {
    startBft();
  }
  logger.info("node started", {
    chainId: node.chainId,
    rpc: rpc.url,
    p2p: p2p.peerAddress(),
    driver: mode,
  });
  const server = rpc;
  running = {
    node,
    rpc: server,
    backend,
    p2p,
    mode: () => mode,
    applyDecided: (block, commit) =>
      mode === "bft" ? driver.applyDecided(block, commit) : Promise.resolve("invalid"),
    async stop() {
      if (stopping) return;
      stopping = true;
      await server.close();
      await solo?.stop();
      await driver.stop();
      stopGossip();
      peers.close();
      await p2p.close();
      await node.stop();
      await lock.release();
    },
  };
  return running;
}

/** The production gate `config.json` `rollup` asks for, or undefined when it is off. */
function gateFromConfig(
  rollup: NodeConfig["rollup"],
  chainId: string,
  logger: Logger,
): ProductionGate | undefined {
  if (!rollup || !(rollup.maxUnpostedBlocks > 0)) return undefined;
  const registered = rollup.chainId ?? chainId;
  logger.info("production gate on", {
    parent: rollup.l1Rpc,
    chainId: registered,
    maxUnpostedBlocks: rollup.maxUnpostedBlocks,
  });
  return new UnpostedBlocksGate(
    parentProgressOverRpc(rollup.l1Rpc, registered),
    { maxUnpostedBlocks: rollup.maxUnpostedBlocks, ...(rollup.pollMs ? { pollMs: rollup.pollMs } : {}) },
    logger.child({ module: "gate" }),
  );
}
