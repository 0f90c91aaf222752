import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isDigest, paginateL2, withNumbers } from "../../shared/index.js";
import { type Task, tasksStore } from "./store.js";

const P = "/strata.tasks.v1.Query/";
const v1 = strata.tasks.v1;

/** Query handlers of the tasks module by gRPC path. */
export const tasksQueries: Record<string, QueryHandler> = {
  [`${P}Task`]: (ctx, req) => {
    const { id } = withNumbers(v1.QueryTaskRequest.decode(req));
    if (!isDigest(id)) throw grpcInvalidArgument(`task id ${JSON.stringify(id)} is not 64 lowercase hex`);
    const task = tasksStore.getTask(ctx, id);
    if (!task) throw grpcNotFound(`task ${id} not found`);
    return v1.QueryTaskResponse.encode({ task }).finish();
  },

  // Tasks in id order, optionally of one session (through the session index) and one status.
  [`${P}Tasks`]: (ctx, req) => {
    const { sessionId, status, pagination } = withNumbers(v1.QueryTasksRequest.decode(req));
    let tasks: Task[];
    if (sessionId) {
      tasks = [];
      for (const id of tasksStore.sessionTaskIds(ctx, sessionId)) {
        const task = tasksStore.getTaskByKeyId(ctx, id);
        if (task) tasks.push(task);
      }
    } else {
      tasks = [...tasksStore.iterateTasks(ctx)];
    }
    if (status) tasks = tasks.filter((t) => t.status === status);
    const { items, page } = paginateL2(tasks, pagination);
    return v1.QueryTasksResponse.encode({ tasks: items, pagination: page }).finish();
  },

  [`${P}Params`]: (ctx) => v1.QueryParamsResponse.encode({ params: tasksStore.getParams(ctx) }).finish(),
};
