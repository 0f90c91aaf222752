import { App } from "../core/app/app.js";
import type { Module } from "../core/app/module.js";
import { MAX_TX_BYTES } from "../core/block/index.js";
import type { Logger } from "../core/log/index.js";
import type { GasPrice } from "../core/modules/auth/index.js";
import { type CosmosKeepers, createCosmosModules } from "../core/modules/index.js";
import { type BridgeKeeper, createBridgeKeeper, createBridgeModule } from "./modules/bridge/index.js";
import {
  createL3RegistryKeeper,
  createL3RegistryModule,
  type L3RegistryKeeper,
} from "./modules/l3registry/index.js";
import { createModelsKeeper, createModelsModule, type ModelsKeeper } from "./modules/models/index.js";
import { createNodesKeeper, createNodesModule, type NodesKeeper } from "./modules/nodes/index.js";
import { createScoresKeeper, createScoresModule, type ScoresKeeper } from "./modules/scores/index.js";
import { createSessionsKeeper, createSessionsModule, type SessionsKeeper } from "./modules/sessions/index.js";
import {
  createSettlementKeeper,
  createSettlementModule,
  type SettlementKeeper,
} from "./modules/settlement/index.js";
import { createTasksKeeper, createTasksModule, type TasksKeeper } from "./modules/tasks/index.js";
import { L2_MODULE_ACCOUNTS } from "./shared/index.js";

/** Options of {@link makeL2App} (the same shape as `makeL1App`'s). */
export interface L2AppOptions {
  /** Node-local minimum gas prices (CheckTx only). */
  minGasPrices: GasPrice[];
  /** Largest accepted tx; default 1 MiB. */
  maxTxBytes?: number;
}

/** The keepers of an L2 app: the Cosmos set's and the L2 modules'. */
export type L2Keepers = CosmosKeepers & {
  models: ModelsKeeper;
  nodes: NodesKeeper;
  sessions: SessionsKeeper;
  tasks: TasksKeeper;
  scores: ScoresKeeper;
  settlement: SettlementKeeper;
  bridge: BridgeKeeper;
  l3registry: L3RegistryKeeper;
};

/** An L2 app and its keepers ({@link createL2App}). */
export interface L2AppWithKeepers {
  app: App;
  /**
   * The app's keepers. They are stateless over the context they are handed: tests and tools read
   * state through them.
   */
  keepers: L2Keepers;
}

/**
 * Builds the L2 app and returns its keepers with it (see {@link makeL2App}).
 */
export function createL2App(chainId: string, logger: Logger, opts: L2AppOptions): L2AppWithKeepers {
  // Bank refuses user sends to the L2 module accounts too (RULES.md, "Module accounts").
  const cosmos = createCosmosModules({
    minGasPrices: opts.minGasPrices,
    blockedModuleAccounts: L2_MODULE_ACCOUNTS,
  });
  const { auth: accounts, bank } = cosmos.keepers;
  // No cycles: nodes reads models (served versions exist); models' attest handler reads nodes.
  const models = createModelsKeeper();
  const nodes = createNodesKeeper({ bank, accounts, models });
  const l3registry = createL3RegistryKeeper();
  const sessions = createSessionsKeeper({ bank, accounts, models, nodes, l3registry });
  // The task pipeline: tasks → (afterRevealPhase) scores → (afterVerdict) settlement. Hooks are
  // registered once both ends exist; settlement reaches back to tasks only to mark a task settled.
  const tasks = createTasksKeeper({ models, nodes, sessions });
  const scores = createScoresKeeper({ nodes, tasks });
  const settlement = createSettlementKeeper({ models, nodes, sessions, tasks, bank, accounts });
  tasks.setHooks(scores.hooks);
  scores.setHooks(settlement.hooks);
  const bridge = createBridgeKeeper({ bank, accounts });
  const keepers: L2Keepers = {
    ...cosmos.keepers,
    models,
    nodes,
    sessions,
    tasks,
    scores,
    settlement,
    bridge,
    l3registry,
  };
  const modules: Module[] = [
    ...cosmos.modules,
    createModelsModule(models, { nodes }),
    createNodesModule(nodes),
    createSessionsModule(sessions),
    createTasksModule(tasks),
    createScoresModule(scores),
    createSettlementModule(settlement),
    createBridgeModule(bridge),
    createL3RegistryModule(l3registry),
  ];
  const app = new App({
    chainId,
    logger,
    modules,
    maxTxBytes: opts.maxTxBytes ?? MAX_TX_BYTES,
    ante: cosmos.ante,
  });
  return { app, keepers };
}

/**
 * The L2 orchestration application: the Cosmos module set as on L1 (auth, bank, distribution,
 * staking, slashing) plus, in this order, models, nodes, sessions, tasks, scores, settlement,
 * bridge (RULES.md; the bridge follows ROLLUP.md and writes the commitment record at genesis). Genesis runs in that order: bank funds the `nodes` and `sessions` module accounts
 * before those modules check them against their records; models exist before nodes and sessions
 * refer to them. End-block: staking (validator updates), then nodes (unbonding returns), then the
 * task pipeline.
 */
export function makeL2App(chainId: string, logger: Logger, opts: L2AppOptions): App {
  return createL2App(chainId, logger, opts).app;
}
