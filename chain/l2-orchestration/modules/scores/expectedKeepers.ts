import type { strata } from "../../../../proto/gen/strata.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import type { Decoded } from "../../shared/index.js";

/** A task as the tasks keeper hands it out. */
export type ScoredTask = Decoded<strata.tasks.v1.ITask>;

/** A task's scoring state as stored. */
export type TaskScoring = Decoded<strata.scores.v1.ITaskScoring>;

/** What scores needs of the nodes keeper. */
export interface NodesKeeper {
  /** ACTIVE nodes holding `role`, sorted by operator address. */
  activeNodes(ctx: StoreSource, role: strata.nodes.v1.Role): strata.nodes.v1.Node[];
}

/** What scores needs of the tasks keeper. */
export interface TasksKeeper {
  getTask(ctx: StoreSource, id: string): ScoredTask | undefined;
}

/** Receivers of the scores module's events (settlement pays and punishes). */
export interface ScoresHooks {
  /** A task's verdict was reached and stored (`scoring.verdict` is set). */
  afterVerdict(ctx: Context, task: ScoredTask, scoring: TaskScoring): void;
}
