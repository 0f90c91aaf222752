import type { AnteHandler } from "../app/app.js";
import type { Module } from "../app/module.js";
import {
  type AuthKeeper,
  createAnteHandler,
  createAuthKeeper,
  createAuthModule,
  FEE_COLLECTOR,
  type GasPrice,
} from "./auth/index.js";
import { type BankKeeper, createBankKeeper, createBankModule } from "./bank/index.js";
import {
  createDistributionKeeper,
  createDistributionModule,
  DISTRIBUTION_MODULE,
  type DistributionKeeper,
} from "./distribution/index.js";
import { createSlashingKeeper, createSlashingModule, type SlashingKeeper } from "./slashing/index.js";
import {
  BONDED_POOL,
  createStakingKeeper,
  createStakingModule,
  NOT_BONDED_POOL,
  type StakingHooks,
  type StakingKeeper,
} from "./staking/index.js";

/**
 * Module accounts of the Cosmos module set; bank refuses `MsgSend` / `MsgMultiSend` to all of
 * them (the SDK app's `BlockedAddrs`).
 */
export const COSMOS_MODULE_ACCOUNTS: readonly string[] = [
  FEE_COLLECTOR,
  DISTRIBUTION_MODULE,
  BONDED_POOL,
  NOT_BONDED_POOL,
];

/** Options of {@link createCosmosModules}. */
export interface CosmosModulesOptions {
  /** Node-local minimum gas prices, checked in CheckTx only. */
  minGasPrices: GasPrice[];
  /**
   * Module accounts of the app's own modules (an L2 escrow, a bridge) that users may not pay
   * through bank messages, in addition to {@link COSMOS_MODULE_ACCOUNTS}.
   */
  blockedModuleAccounts?: readonly string[];
  /** Further staking hook receivers of the app's own modules; they run after distribution's and slashing's. */
  stakingHooks?: readonly StakingHooks[];
}

/** The keepers of the Cosmos module set, for an app's own modules to consume. */
export interface CosmosKeepers {
  auth: AuthKeeper;
  bank: BankKeeper;
  staking: StakingKeeper;
  distribution: DistributionKeeper;
  slashing: SlashingKeeper;
}

/** What {@link createCosmosModules} builds. */
export interface CosmosModules {
  /** auth, bank, distribution, staking, slashing: the order genesis and block hooks must run in. */
  modules: Module[];
  keepers: CosmosKeepers;
  /** The ante chain (fees, signatures, sequences) over auth and bank. */
  ante: AnteHandler;
  /** Every module account bank refuses to pay through messages, sorted. */
  blockedModuleAccounts: string[];
}

/**
 * Builds the Cosmos module set shared by every strata chain: the keepers wired to each other
 * (staking's hooks are registered once, after distribution and slashing exist), their modules and
 * the ante handler. An app appends its own modules: `new App({ modules: [...cosmos.modules,
 * ...own], ante: cosmos.ante, … })`. Keepers are created per call; they hold no state beyond
 * their wiring.
 *
 * Module order auth, bank, distribution, staking, slashing:
 * - genesis: bank funds the operator accounts before staking takes their self-delegations;
 *   distribution's params exist before staking's creation hooks open reward records; the
 *   signing infos appear when the initial set is bonded (after every module's genesis).
 * - begin-block: distribution pays the previous block's fees to the stake that signed it before
 *   slashing (same begin-block) can burn or jail that stake, as in the Cosmos SDK.
 * - end-block: only staking has one; its validator updates are the app's.
 */
export function createCosmosModules(opts: CosmosModulesOptions): CosmosModules {
  const blockedModuleAccounts = [
    ...new Set([...COSMOS_MODULE_ACCOUNTS, ...(opts.blockedModuleAccounts ?? [])]),
  ].sort();
  const auth = createAuthKeeper();
  const bank = createBankKeeper({ accounts: auth }, { blockedModuleAccounts });
  const staking = createStakingKeeper({ accounts: auth, bank });
  const distribution = createDistributionKeeper({ accounts: auth, bank, staking });
  const slashing = createSlashingKeeper(staking);
  staking.setHooks(distribution.hooks, slashing.hooks, ...(opts.stakingHooks ?? []));
  return {
    modules: [
      createAuthModule(auth),
      createBankModule(bank),
      createDistributionModule(distribution),
      createStakingModule(staking),
      createSlashingModule(slashing),
    ],
    keepers: { auth, bank, staking, distribution, slashing },
    ante: createAnteHandler({ accounts: auth, bank }, { minGasPrices: opts.minGasPrices }),
    blockedModuleAccounts,
  };
}
