import { join } from "node:path";
import { createLogger, type Logger } from "../core/log/index.js";
import { parseGasPrices } from "../core/modules/auth/ante.js";
import {
  BftDriver,
  ChainNode,
  genesisTimeNs,
  genesisValidators,
  homePaths,
  loadKeyFile,
  readConfig,
  readGenesis,
} from "../core/node/index.js";
import { createP2P, type P2P } from "../core/p2p/index.js";
import { createRpcServer, type RpcServer } from "../core/rpc/index.js";
import { makeL1App } from "./app.js";

/** Options of {@link startL1Node}; each overrides the home's `config.json`. */
export interface StartL1Options {
  home: string;
  rpcPort?: number;
  /** Override the p2p port (0 picks a free one). */
  p2pPort?: number;
  rpcHost?: string;
  blockIntervalMs?: number;
  logger?: Logger;
}

/** A running L1 node: the chain node plus its RPC server (and p2p + BFT driver with several validators). */
export interface RunningL1Node {
  node: ChainNode;
  rpc: RpcServer;
  p2p: P2P | undefined;
  /** Stops the RPC server, then block production, then closes the database. */
  stop(): Promise<void>;
}

/**
 * Composition root of an L1 validator: reads the home folder (config, genesis, keys), opens the
 * node with the L1 module set, serves JSON-RPC, and starts producing blocks.
 * @throws NodeError for a missing or inconsistent home folder.
 */
export async function startL1Node(opts: StartL1Options): Promise<RunningL1Node> {
  const paths = homePaths(opts.home);
  const config = await readConfig(opts.home);
  const logger = opts.logger ?? createLogger({ level: config.logLevel });
  const { doc: genesis, text: genesisText } = await readGenesis(paths.genesis);
  const [validatorKey, nodeKey] = await Promise.all([
    loadKeyFile(paths.validatorKey),
    loadKeyFile(paths.nodeKey),
  ]);
  const minGasPrices = parseGasPrices(config.minGasPrices);
  const clock = () => BigInt(Date.now()) * 1_000_000n;
  const host = opts.rpcHost ?? config.rpc.host;
  const port = opts.rpcPort ?? config.rpc.port;
  const node = await ChainNode.open(
    {
      home: opts.home,
      genesis,
      genesisText,
      makeApp: (chainId, log) => makeL1App(chainId, log, { minGasPrices }),
      validatorKey,
      nodeKey,
      moniker: config.moniker,
      blockIntervalMs: opts.blockIntervalMs ?? config.blockIntervalMs,
      mempool: config.mempool,
      rpcAddress: `tcp://${host}:${port}`,
    },
    { logger: logger.child({ module: "node" }), clock },
  );
  let rpc: RpcServer;
  try {
    rpc = await createRpcServer(node, {
      host,
      port,
      logger: logger.child({ module: "rpc" }),
      maxBodyBytes: 4 * 1024 * 1024,
      cors: true,
    });
  } catch (err) {
    await node.stop();
    throw err;
  }
  let p2p: P2P | undefined;
  let driver: BftDriver | undefined;
  if (genesis.validators.length > 1 || config.p2p.persistentPeers.length > 0) {
    // Several validators: Tendermint BFT over the p2p network replaces the solo producer.
    p2p = createP2P(
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
    driver = new BftDriver(
      node,
      p2p,
      {
        chainId: genesis.chainId,
        genesisTimeNs: genesisTimeNs(genesis),
        ...(genesisValidators(genesis).some((v) => Buffer.compare(v.pubKey, validatorKey.pubKey) === 0)
          ? { validatorKey }
          : {}),
        walPath: join(opts.home, "data", "consensus.wal"),
        signStatePath: join(opts.home, "data", "sign_state.json"),
        timeouts: config.consensus,
      },
      logger.child({ module: "consensus" }),
      clock,
    );
    try {
      await p2p.start();
    } catch (err) {
      await rpc.close();
      await node.stop();
      throw err;
    }
    driver.start();
    if (config.rpc.unsafe) {
      const net = p2p;
      node.unsafe = { blockPeer: (id) => net.block(id), unblockPeer: (id) => net.unblock(id) };
    }
    logger.info("p2p listening", { address: p2p.peerAddress() });
  } else {
    node.start();
  }
  logger.info("rpc listening", { url: rpc.url, chainId: node.chainId });
  return {
    node,
    rpc,
    p2p,
    async stop() {
      await rpc.close();
      await driver?.stop();
      await p2p?.close();
      await node.stop();
    },
  };
}
