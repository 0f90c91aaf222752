import { App } from "../core/app/app.js";
import { MAX_TX_BYTES } from "../core/block/index.js";
import type { Logger } from "../core/log/index.js";
import { type GasPrice, runAnte } from "../core/modules/auth/ante.js";
import { authKeeper } from "../core/modules/auth/keeper.js";
import { authModule } from "../core/modules/auth/module.js";
import { bankKeeper, bankModule } from "../core/modules/bank/module.js";
import { createDistributionKeeper, createDistributionModule } from "../core/modules/distribution/index.js";
import { createSlashingKeeper, createSlashingModule } from "../core/modules/slashing/index.js";
import { createStakingKeeper, createStakingModule } from "../core/modules/staking/index.js";

/** Options of {@link makeL1App}. */
export interface L1AppOptions {
  /** Node-local minimum gas prices (CheckTx only). */
  minGasPrices: GasPrice[];
  /** Largest accepted tx; default 1 MiB. */
  maxTxBytes?: number;
}

/**
 * The L1 application: its module list, in the order genesis and block hooks run. Later issues add
 * rollup and bridge here.
 *
 * Order auth, bank, distribution, staking, slashing:
 * - genesis: bank funds the operator accounts before staking takes their self-delegations;
 *   distribution's params exist before staking's creation hooks open reward records; the
 *   signing infos appear when the initial set is bonded (after every module's genesis).
 * - begin-block: distribution pays the previous block's fees to the stake that signed it before
 *   slashing (same begin-block) can burn or jail that stake, as in the Cosmos SDK.
 * - end-block: only staking has one; its validator updates are the app's.
 */
export function makeL1App(chainId: string, logger: Logger, opts: L1AppOptions): App {
  // Keepers are per app: staking's hooks are wired once, after its consumers exist.
  const staking = createStakingKeeper({ accounts: authKeeper, bank: bankKeeper });
  const distribution = createDistributionKeeper({ accounts: authKeeper, bank: bankKeeper, staking });
  const slashing = createSlashingKeeper(staking);
  staking.setHooks(distribution.hooks, slashing.hooks);
  return new App({
    chainId,
    logger,
    modules: [
      authModule,
      bankModule,
      createDistributionModule(distribution),
      createStakingModule(staking),
      createSlashingModule(slashing),
    ],
    maxTxBytes: opts.maxTxBytes ?? MAX_TX_BYTES,
    ante: (ctx, tx, signers, sigCache) =>
      runAnte(ctx, tx, bankKeeper, { minGasPrices: opts.minGasPrices, signers, sigCache }),
  });
}
