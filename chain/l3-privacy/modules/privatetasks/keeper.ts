import type { strata } from "../../../../proto/gen/strata.js";
import type { StoreSource } from "../../../core/app/context.js";
import type { PrivateTasksDeps } from "./recordRules.js";
import { privateTasksStore } from "./store.js";

/** Creates the privatetasks keeper (reads for tools, the L2 anchoring and tests). Stateless over the context. */
export function createPrivateTasksKeeper(deps: PrivateTasksDeps) {
  return {
    /** Wiring of the operations (message handlers use it). */
    deps,

    /** The task `taskId`, or undefined. */
    getTask(ctx: StoreSource, taskId: string): strata.l3.v1.PrivateTask | undefined {
      return privateTasksStore.get(ctx, taskId);
    },
  };
}

/** The privatetasks keeper's type. */
export type PrivateTasksKeeper = ReturnType<typeof createPrivateTasksKeeper>;
