import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, paginateL2, withNumbers } from "../../shared/index.js";
import { nodesParamsToJson } from "./params.js";
import { nodesStore } from "./store.js";

const v1 = strata.nodes.v1;
const P = "/strata.nodes.v1.Query/";

/** Query handlers of the nodes module by gRPC path. */
export const nodesQueries: Record<string, QueryHandler> = {
  [`${P}Node`]: (ctx, req) => {
    const { operator } = withNumbers(v1.QueryNodeRequest.decode(req));
    if (!isCanonicalAddress(operator))
      throw grpcInvalidArgument(`invalid operator address ${JSON.stringify(operator)}`);
    const node = nodesStore.get(ctx, operator);
    if (!node) throw grpcNotFound(`node ${operator} not found`);
    return v1.QueryNodeResponse.encode({ node }).finish();
  },
  [`${P}Nodes`]: (ctx, req) => {
    const { role, model, status, pagination } = withNumbers(v1.QueryNodesRequest.decode(req));
    const all = [...nodesStore.iterate(ctx)].filter(
      (n) =>
        (role === v1.Role.ROLE_UNSPECIFIED || n.roles.includes(role)) &&
        (model === "" || n.models.includes(model)) &&
        (status === v1.NodeStatus.NODE_STATUS_UNSPECIFIED || n.status === status),
    );
    const { items, page } = paginateL2(all, pagination);
    return v1.QueryNodesResponse.encode({ nodes: items, pagination: page }).finish();
  },
  [`${P}Params`]: (ctx) => {
    return v1.QueryParamsResponse.encode({ params: nodesParamsToJson(nodesStore.getParams(ctx)) }).finish();
  },
};
