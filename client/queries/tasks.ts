import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { Task, TasksParams } from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the tasks module (`/strata.tasks.v1.Query/…`). */
export interface TasksExtension {
  readonly tasks: {
    /** A task by id (64 hex), or null when there is none. */
    readonly task: (id: string) => Promise<Task | null>;
    /** Tasks, optionally of one session and one status. */
    readonly list: (opts?: {
      sessionId?: number;
      status?: strata.tasks.v1.TaskStatus;
      page?: PageOptions;
    }) => Promise<{ tasks: Task[]; page: PageInfo }>;
    /** The module's parameters. */
    readonly params: () => Promise<TasksParams>;
  };
}

/** Sets up the tasks queries for `QueryClient.withExtensions`. */
export function setupTasksExtension(base: QueryClient): TasksExtension {
  const service = new strata.tasks.v1.Query(serviceRpc(base, "strata.tasks.v1.Query"));
  return {
    tasks: {
      task: (id) => orNull(service.task({ id }).then((r) => r.task as Task | null)),
      list: async (opts = {}) => {
        const r = await service.tasks({
          sessionId: opts.sessionId ?? 0,
          status: opts.status ?? 0,
          pagination: pageRequest(opts.page),
        });
        return { tasks: plain(r.tasks) as Task[], page: pageInfo(r.pagination) };
      },
      params: async () => plain((await service.params({})).params) as TasksParams,
    },
  };
}
