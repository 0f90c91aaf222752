import { App } from "../core/app/app.js";
import { MAX_TX_BYTES } from "../core/block/index.js";
import type { Logger } from "../core/log/index.js";
import type { GasPrice } from "../core/modules/auth/index.js";
import { createCosmosModules } from "../core/modules/index.js";
import { createRollupKeeper, createRollupModule, ROLLUP_MODULE } from "./modules/rollup/index.js";

/** Options of {@link makeL1App}. */
export interface L1AppOptions {
  /** Node-local minimum gas prices (CheckTx only). */
  minGasPrices: GasPrice[];
  /** Largest accepted tx; default 1 MiB. */
  maxTxBytes?: number;
}

/**
 * The L1 application: the Cosmos module set (auth, bank, distribution, staking, slashing, in the
 * order `createCosmosModules` documents), then rollup (child chains and their batches; its
 * `rollup` module account holds the bonds and is blocked for bank sends).
 */
export function makeL1App(chainId: string, logger: Logger, opts: L1AppOptions): App {
  // Keepers are per app: staking's hooks are wired once, after its consumers exist.
  const cosmos = createCosmosModules({
    minGasPrices: opts.minGasPrices,
    blockedModuleAccounts: [ROLLUP_MODULE],
  });
  const rollup = createRollupKeeper({ bank: cosmos.keepers.bank, accounts: cosmos.keepers.auth });
  return new App({
    chainId,
    logger,
    modules: [...cosmos.modules, createRollupModule(rollup)],
    maxTxBytes: opts.maxTxBytes ?? MAX_TX_BYTES,
    ante: cosmos.ante,
  });
}
