import { App } from "../core/app/app.js";
import type { Module } from "../core/app/module.js";
import { MAX_TX_BYTES } from "../core/block/index.js";
import type { Logger } from "../core/log/index.js";
import type { GasPrice } from "../core/modules/auth/index.js";
import { type CosmosKeepers, createCosmosModules } from "../core/modules/index.js";
import { createKeysKeeper, createKeysModule, type KeysKeeper } from "./modules/keys/index.js";
import {
  createAuditLog,
  createMembershipKeeper,
  createMembershipModule,
  type MembershipKeeper,
} from "./modules/membership/index.js";
import {
  createPrivateTasksKeeper,
  createPrivateTasksModule,
  type PrivateTasksKeeper,
} from "./modules/privatetasks/index.js";

/** Options of {@link makeL3App} (the same shape as the other layers'). */
export interface L3AppOptions {
  /** Node-local minimum gas prices (CheckTx only). */
  minGasPrices: GasPrice[];
  /** Largest accepted tx; default 1 MiB. */
  maxTxBytes?: number;
}

/** The keepers of an L3 app: the Cosmos set's and the L3 modules'. */
export type L3Keepers = CosmosKeepers & {
  keys: KeysKeeper;
  membership: MembershipKeeper;
  privatetasks: PrivateTasksKeeper;
};

/** An L3 app and its keepers ({@link createL3App}). */
export interface L3AppWithKeepers {
  app: App;
  /** The app's keepers (stateless over the context they are handed). */
  keepers: L3Keepers;
}

/**
 * Builds the L3 app and returns its keepers with it (see {@link makeL3App}).
 */
export function createL3App(chainId: string, logger: Logger, opts: L3AppOptions): L3AppWithKeepers {
  const cosmos = createCosmosModules({ minGasPrices: opts.minGasPrices, blockedModuleAccounts: [] });
  // No cycles: the audit log (membership's store) is shared; keys appends to it, membership
  // starts epochs and opens re-wrap requests through keys, privatetasks reads both.
  const audit = createAuditLog();
  const keys = createKeysKeeper({ audit });
  const membership = createMembershipKeeper({ keys, audit });
  const privatetasks = createPrivateTasksKeeper({ membership, keys });
  const modules: Module[] = [
    ...cosmos.modules,
    createKeysModule(keys),
    createMembershipModule(membership),
    createPrivateTasksModule(privatetasks),
  ];
  const app = new App({
    chainId,
    logger,
    modules,
    maxTxBytes: opts.maxTxBytes ?? MAX_TX_BYTES,
    ante: cosmos.ante,
  });
  return { app, keepers: { ...cosmos.keepers, keys, membership, privatetasks } };
}

/**
 * The L3 privacy application: the Cosmos module set (auth, bank, distribution, staking, slashing)
 * plus, in this order, keys, membership, privatetasks (RULES.md). Genesis runs in that order:
 * custodians and epoch 1 exist before membership checks that epoch 1 is wrapped for exactly its
 * parties and writes the genesis audit entries.
 */
export function makeL3App(chainId: string, logger: Logger, opts: L3AppOptions): App {
  return createL3App(chainId, logger, opts).app;
}
