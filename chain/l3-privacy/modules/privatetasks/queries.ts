import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, paginateL2, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { privateTasksStore } from "./store.js";

const v1 = strata.l3.v1;
const P = "/strata.l3.v1.Query/";

/** Query handlers of the privatetasks module by gRPC path. */
export const privateTasksQueries: Record<string, QueryHandler> = {
  [`${P}Task`]: (ctx, req) => {
    const { taskId } = v1.QueryTaskRequest.decode(req);
    const task = privateTasksStore.get(ctx, taskId);
    if (!task) throw grpcNotFound(`task ${JSON.stringify(taskId)} not found`);
    return v1.QueryTaskResponse.encode({ task }).finish();
  },
  [`${P}Tasks`]: (ctx, req) => {
    const { requester, pagination } = withNumbers(v1.QueryTasksRequest.decode(req));
    if (requester !== "" && !isCanonicalAddress(requester))
      throw grpcInvalidArgument(`invalid requester ${JSON.stringify(requester)}`);
    const { items, page } = paginateL2(privateTasksStore.list(ctx, requester || undefined), pagination);
    return v1.QueryTasksResponse.encode({ tasks: items, pagination: page }).finish();
  },
};
