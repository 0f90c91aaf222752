import type { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import type { Decoded } from "../../shared/index.js";

/** A task as the tasks keeper hands it out. */
export type SettledTask = Decoded<strata.tasks.v1.ITask>;

/** A task's scoring state with its verdict, as the scores module hands it out. */
export type VerdictScoring = Decoded<strata.scores.v1.ITaskScoring>;

/** What settlement needs of the models keeper. */
export interface ModelsKeeper {
  getModel(ctx: StoreSource, id: string): strata.models.v1.ModelVersion | undefined;
}

/** What settlement needs of the nodes keeper. */
export interface NodesKeeper {
  /** Takes `floor(stake · fraction / SCALE)` into the treasury, jails when asked; returns the amount. */
  slash(
    ctx: Context,
    operator: string,
    fraction: bigint,
    reason: "fraud" | "missed_reveal",
    jail: boolean,
  ): bigint;
  /** Moves the node's reputation toward `score` and counts the task (faulted or not). */
  recordScore(ctx: Context, operator: string, score: bigint, faulted: boolean): void;
}

/** What settlement needs of the sessions keeper. */
export interface SessionsKeeper {
  /**
   * Releases `reserved`, pays each payment from escrow (the charge is their sum) and counts the
   * task settled.
   */
  settle(ctx: Context, id: number, reserved: bigint, payments: { recipient: string; amount: bigint }[]): void;
}

/** What settlement needs of the tasks keeper. */
export interface TasksKeeper {
  markSettled(ctx: Context, id: string): void;
}

/** What settlement needs of the bank keeper (the treasury query). */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
}

/** What settlement needs of the account keeper (the treasury module account). */
export interface AccountKeeper {
  moduleAddress(name: string): string;
  /** The module account `name`, created on first use. */
  moduleAccount(ctx: StoreSource, name: string): { address: string };
}
