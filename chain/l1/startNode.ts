import { createLogger, type Logger } from "../core/log/index.js";
import { parseGasPrices } from "../core/modules/auth/ante.js";
import { ChainNode, homePaths, loadKeyFile, readConfig, readGenesis } from "../core/node/index.js";
import { createRpcServer, type RpcServer } from "../core/rpc/index.js";
import { makeL1App } from "./app.js";

/** Options of {@link startL1Node}; each overrides the home's `config.json`. */
export interface StartL1Options {
  home: string;
  rpcPort?: number;
  rpcHost?: string;
  blockIntervalMs?: number;
  logger?: Logger;
}

/** A running L1 node: the chain node plus its RPC server. */
export interface RunningL1Node {
  node: ChainNode;
  rpc: RpcServer;
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
    { logger: logger.child({ module: "node" }), clock: () => BigInt(Date.now()) * 1_000_000n },
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
  node.start();
  logger.info("rpc listening", { url: rpc.url, chainId: node.chainId });
  return {
    node,
    rpc,
    async stop() {
      await rpc.close();
      await node.stop();
    },
  };
}
