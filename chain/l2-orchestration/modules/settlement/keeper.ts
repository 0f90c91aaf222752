import type { Context, StoreSource } from "../../../core/app/context.js";
import { isDigest, TREASURY_ACCOUNT } from "../../shared/index.js";
import type {
  AccountKeeper,
  BankKeeper,
  ModelsKeeper,
  NodesKeeper,
  SessionsKeeper,
  SettledTask,
  TasksKeeper,
  VerdictScoring,
} from "./expectedKeepers.js";
import type { SettlementParams } from "./params.js";
import { settleTask } from "./settleTask.js";
import { type Settlement, settlementStore } from "./store.js";

/** Keepers the settlement module is built on. */
export interface SettlementKeeperDeps {
  models: ModelsKeeper;
  nodes: NodesKeeper;
  sessions: SessionsKeeper;
  tasks: TasksKeeper;
  bank: BankKeeper;
  accounts: AccountKeeper;
}

/**
 * Creates the settlement keeper. `hooks` is what the app registers with the scores keeper
 * (`afterVerdict` settles the task).
 */
export function createSettlementKeeper(deps: SettlementKeeperDeps) {
  const treasury = deps.accounts.moduleAddress(TREASURY_ACCOUNT);
  const settleDeps = { ...deps, treasury };
  return {
    deps,
    /** Address of the treasury module account. */
    treasury,

    /** The scores hook receiver: settlement of a task at its verdict. */
    hooks: {
      afterVerdict(ctx: Context, task: SettledTask, scoring: VerdictScoring): void {
        settleTask(settleDeps, ctx, task, scoring);
      },
    },

    /** How a task settled (undefined before its verdict). */
    getSettlement(ctx: StoreSource, taskId: string): Settlement | undefined {
      return isDigest(taskId) ? settlementStore.getSettlement(ctx, taskId) : undefined;
    },

    /** The settlement params. */
    getParams(ctx: StoreSource): Readonly<SettlementParams> {
      return settlementStore.getParams(ctx);
    },
  };
}

/** The settlement keeper's type. */
export type SettlementKeeper = ReturnType<typeof createSettlementKeeper>;
