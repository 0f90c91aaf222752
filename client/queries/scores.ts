import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { ScoresParams, TaskScoring } from "../types.js";
import { orNull, serviceRpc } from "./service.js";

/** Queries of the scores module (`/strata.scores.v1.Query/…`). */
export interface ScoresExtension {
  readonly scores: {
    /** The scoring state of a task (guards, scores, verdict), or null before its reveal phase closed. */
    readonly taskScoring: (taskId: string) => Promise<TaskScoring | null>;
    /** Ids of the tasks waiting for this guard's score. */
    readonly guardAssignments: (guard: string) => Promise<string[]>;
    /** The module's parameters. */
    readonly params: () => Promise<ScoresParams>;
  };
}

/** Sets up the scores queries for `QueryClient.withExtensions`. */
export function setupScoresExtension(base: QueryClient): ScoresExtension {
  const service = new strata.scores.v1.Query(serviceRpc(base, "strata.scores.v1.Query"));
  return {
    scores: {
      taskScoring: (taskId) =>
        orNull(service.taskScoring({ taskId }).then((r) => r.scoring as TaskScoring | null)),
      guardAssignments: async (guard) => [...(await service.guardAssignments({ guard })).taskIds],
      params: async () => plain((await service.params({})).params) as ScoresParams,
    },
  };
}
