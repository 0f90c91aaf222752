import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, isDigest, withNumbers } from "../../shared/index.js";
import { scoresStore } from "./store.js";

const P = "/strata.scores.v1.Query/";
const v1 = strata.scores.v1;

/** Query handlers of the scores module by gRPC path. */
export const scoresQueries: Record<string, QueryHandler> = {
  [`${P}TaskScoring`]: (ctx, req) => {
    const { taskId } = withNumbers(v1.QueryTaskScoringRequest.decode(req));
    if (!isDigest(taskId))
      throw grpcInvalidArgument(`task id ${JSON.stringify(taskId)} is not 64 lowercase hex`);
    const scoring = scoresStore.getScoring(ctx, taskId);
    if (!scoring) throw grpcNotFound(`no scoring for task ${taskId}`);
    return v1.QueryTaskScoringResponse.encode({ scoring }).finish();
  },

  // Tasks waiting for this guard's score, in task-id order.
  [`${P}GuardAssignments`]: (ctx, req) => {
    const { guard } = withNumbers(v1.QueryGuardAssignmentsRequest.decode(req));
    if (!isCanonicalAddress(guard))
      throw grpcInvalidArgument(`guard ${JSON.stringify(guard)} is not an address`);
    return v1.QueryGuardAssignmentsResponse.encode({ taskIds: scoresStore.pendingFor(ctx, guard) }).finish();
  },

  [`${P}Params`]: (ctx) => v1.QueryParamsResponse.encode({ params: scoresStore.getParams(ctx) }).finish(),
};
