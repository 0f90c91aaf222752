/**
 * The layers a `strata` node can run, by the name `config.json`'s `layer` field holds. One entry
 * per layer: its application (what `strata start` and `strata replay` run) and, when the layer can
 * start a chain of its own, the genesis builder `strata init` uses. Adding a layer is adding an
 * entry here.
 */
import { StrataError } from "../chain/core/errors/index.js";
import { parseGasPrices } from "../chain/core/modules/auth/index.js";
import type { AppFactory, GenesisDoc } from "../chain/core/node/index.js";
import { buildL1Genesis, makeL1NodeApp } from "../chain/l1/index.js";
import { buildL2Genesis, makeL2App } from "../chain/l2-orchestration/index.js";
import { makeL3App } from "../chain/l3-privacy/index.js";

/** What `strata init` knows when it builds a single-validator genesis. */
export interface InitGenesisInput {
  chainId: string;
  genesisTime: string;
  validators: { name: string; pubKey: string; power: string; operator?: string }[];
  /** Funded accounts: address and balance in the layer's base denom. */
  accounts: { address: string; amount: bigint }[];
}

/** One layer of the table. */
export interface Layer {
  /** Builds the layer's application for a node. */
  makeApp: AppFactory;
  /** Builds a fresh genesis for `strata init`; absent when the layer only joins existing chains (`--genesis`). */
  buildGenesis?: (input: InitGenesisInput) => GenesisDoc;
}

/** Every layer the CLI can run, by name. */
export const LAYERS: Readonly<Record<string, Layer>> = {
  l1: { makeApp: makeL1NodeApp, buildGenesis: buildL1Genesis },
  // The L2 orchestration chain: the Cosmos set plus models, nodes, sessions, tasks, scores,
  // settlement (chain/l2-orchestration/RULES.md). `init` funds accounts; models and nodes arrive by tx.
  l2: {
    makeApp: (chainId, logger, { minGasPrices }) =>
      makeL2App(chainId, logger, { minGasPrices: parseGasPrices(minGasPrices) }),
    buildGenesis: buildL2Genesis,
  },
  // An L3 privacy chain: the Cosmos set plus keys, membership, privatetasks (chain/l3-privacy/RULES.md).
  // No `init` builder: its genesis needs parties, custodians and epoch 1, which `strata l3 launch` makes.
  l3: {
    makeApp: (chainId, logger, { minGasPrices }) =>
      makeL3App(chainId, logger, { minGasPrices: parseGasPrices(minGasPrices) }),
  },
};

/** Error codes of the layer table (codespace `cli`). */
export enum LayerErrorCode {
  unknownLayer = 10,
  noGenesisBuilder = 11,
}

/**
 * The layer called `name`.
 * @throws StrataError(cli, unknownLayer) naming the known layers.
 */
export function layerOf(name: string): Layer {
  const layer = Object.hasOwn(LAYERS, name) ? LAYERS[name] : undefined;
  if (!layer) {
    throw new StrataError(
      "cli",
      LayerErrorCode.unknownLayer,
      `unknown layer ${JSON.stringify(name)}; this build runs: ${Object.keys(LAYERS).join(", ")}`,
    );
  }
  return layer;
}
