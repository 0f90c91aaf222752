import type { Logger } from "../core/log/index.js";
import { parseGasPrices } from "../core/modules/auth/ante.js";
import {
  type AppFactory,
  type RunningChainNode,
  type StartChainNodeOptions,
  startChainNode,
} from "../core/node/index.js";
import { makeL1App } from "./app.js";

/** The L1 application as a node runs it: the config's minimum gas prices parsed for the ante handler. */
export const makeL1NodeApp: AppFactory = (chainId, logger, { minGasPrices }) =>
  makeL1App(chainId, logger, { minGasPrices: parseGasPrices(minGasPrices) });

/** Options of {@link startL1Node}; each overrides the home's `config.json`. */
export interface StartL1Options extends StartChainNodeOptions {
  logger?: Logger;
}

/** A running L1 node (see `RunningChainNode`). */
export type RunningL1Node = RunningChainNode;

/**
 * Starts an L1 node from its home folder: `startChainNode` with the L1 module set.
 * @throws NodeError for a missing or inconsistent home folder.
 */
export function startL1Node(opts: StartL1Options): Promise<RunningL1Node> {
  const { logger, ...rest } = opts;
  return startChainNode(rest, { makeApp: makeL1NodeApp, ...(logger ? { logger } : {}) });
}
