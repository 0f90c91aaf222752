import type { Context, StoreSource } from "../../../core/app/context.js";
import { isDigest } from "../../shared/index.js";
import { assignGuards } from "./assignGuards.js";
import type { NodesKeeper, ScoredTask, ScoresHooks, TaskScoring, TasksKeeper } from "./expectedKeepers.js";
import type { ScoresParams } from "./params.js";
import { scoresStore } from "./store.js";

/** Keepers the scores module is built on. */
export interface ScoresKeeperDeps {
  nodes: NodesKeeper;
  tasks: TasksKeeper;
}

/**
 * Creates the scores keeper. `hooks` is what the app registers with the tasks keeper
 * (`afterRevealPhase` draws guards); `setHooks` registers scores' own receiver (`afterVerdict`,
 * settlement) once, at app construction.
 */
export function createScoresKeeper(deps: ScoresKeeperDeps) {
  let receiver: ScoresHooks | undefined;
  return {
    deps,

    /** The tasks hook receiver: guard assignment when a task's reveal phase closes. */
    hooks: {
      afterRevealPhase(ctx: Context, task: ScoredTask): void {
        assignGuards(deps.nodes, ctx, task, receiver);
      },
    },

    /**
     * Registers the receiver of `afterVerdict` (once).
     * @throws Error when hooks are already set.
     */
    setHooks(hooks: ScoresHooks): void {
      if (receiver) throw new Error("scores hooks are already set");
      receiver = hooks;
    },

    /** The registered `afterVerdict` receiver (undefined when none). */
    verdictHooks(): ScoresHooks | undefined {
      return receiver;
    },

    /** A task's scoring state (undefined before its reveal phase closed). */
    getScoring(ctx: StoreSource, taskId: string): TaskScoring | undefined {
      return isDigest(taskId) ? scoresStore.getScoring(ctx, taskId) : undefined;
    },

    /** The scores params. */
    getParams(ctx: StoreSource): Readonly<ScoresParams> {
      return scoresStore.getParams(ctx);
    },
  };
}

/** The scores keeper's type. */
export type ScoresKeeper = ReturnType<typeof createScoresKeeper>;
