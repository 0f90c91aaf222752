import { App } from "../core/app/app.js";
import { MAX_TX_BYTES } from "../core/block/index.js";
import type { Logger } from "../core/log/index.js";
import type { GasPrice } from "../core/modules/auth/index.js";
import { createCosmosModules } from "../core/modules/index.js";
import { BRIDGE_MODULE, createBridgeKeeper, createBridgeModule } from "./modules/bridge/index.js";
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
 * `rollup` module account holds the bonds and is blocked for bank sends), then bridge (deposits
 * locked for child chains and withdrawals claimed from them, ROLLUP.md; its `bridge` module
 * account holds the escrow and is blocked too). The bridge keeper is the rollup keeper's deposits
 * reader ([batch-10]); the rollup genesis runs first, so bridge records name registered chains.
 */
export function makeL1App(chainId: string, logger: Logger, opts: L1AppOptions): App {
  // Keepers are per app: staking's hooks are wired once, after its consumers exist.
  const cosmos = createCosmosModules({
    minGasPrices: opts.minGasPrices,
    blockedModuleAccounts: [ROLLUP_MODULE, BRIDGE_MODULE],
  });
  const rollup = createRollupKeeper({ bank: cosmos.keepers.bank, accounts: cosmos.keepers.auth });
  const bridge = createBridgeKeeper({ bank: cosmos.keepers.bank, accounts: cosmos.keepers.auth, rollup });
  rollup.setDepositsReader(bridge);
  return new App({
    chainId,
    logger,
    modules: [...cosmos.modules, createRollupModule(rollup), createBridgeModule(bridge)],
    maxTxBytes: opts.maxTxBytes ?? MAX_TX_BYTES,
    ante: cosmos.ante,
  });
}
