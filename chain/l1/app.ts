import { App } from "../core/app/app.js";
import { MAX_TX_BYTES } from "../core/block/index.js";
import type { Logger } from "../core/log/index.js";
import { type GasPrice, runAnte } from "../core/modules/auth/ante.js";
import { authModule } from "../core/modules/auth/module.js";
import { bankKeeper, bankModule } from "../core/modules/bank/module.js";

/** Options of {@link makeL1App}. */
export interface L1AppOptions {
  /** Node-local minimum gas prices (CheckTx only). */
  minGasPrices: GasPrice[];
  /** Largest accepted tx; default 1 MiB. */
  maxTxBytes?: number;
}

/**
 * The L1 application: its module list, in the order genesis and block hooks run. Later issues add
 * staking, slashing, distribution, rollup and bridge here.
 */
export function makeL1App(chainId: string, logger: Logger, opts: L1AppOptions): App {
  return new App({
    chainId,
    logger,
    modules: [authModule, bankModule],
    maxTxBytes: opts.maxTxBytes ?? MAX_TX_BYTES,
    ante: (ctx, tx, signers, sigCache) =>
      runAnte(ctx, tx, bankKeeper, { minGasPrices: opts.minGasPrices, signers, sigCache }),
  });
}
