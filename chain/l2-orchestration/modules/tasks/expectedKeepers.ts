import type { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import type { Decoded } from "../../shared/index.js";

/** What tasks needs of the models keeper. */
export interface ModelsKeeper {
  getModel(ctx: StoreSource, id: string): strata.models.v1.ModelVersion | undefined;
}

/** What tasks needs of the nodes keeper. */
export interface NodesKeeper {
  getNode(ctx: StoreSource, operator: string): strata.nodes.v1.Node | undefined;
  /** Registered, ACTIVE and holding `role`. */
  isActive(ctx: StoreSource, operator: string, role: strata.nodes.v1.Role): boolean;
  serves(ctx: StoreSource, operator: string, modelId: string): boolean;
}

/** What tasks needs of the sessions keeper. */
export interface SessionsKeeper {
  getSession(ctx: StoreSource, id: number): strata.sessions.v1.Session | undefined;
  /**
   * Holds `amount` of the session's free balance for a task and counts it open.
   * @throws the sessions module's error when `balance − reserved < amount`.
   */
  reserve(ctx: Context, id: number, amount: bigint): void;
}

/** Receivers of the tasks module's events (the scores module assigns guards). */
export interface TasksHooks {
  /**
   * A task's reveal phase closed (every executor revealed, or its deadline passed): the task is
   * stored SCORING, with `missed_reveals` set, before this is called.
   */
  afterRevealPhase(ctx: Context, task: Decoded<strata.tasks.v1.ITask>): void;
}
