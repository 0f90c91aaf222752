import type { QueryClient } from "@cosmjs/stargate";
import { strata } from "../../proto/gen/strata.js";
import { plain } from "../plain.js";
import type { Node, NodesParams } from "../types.js";
import { orNull, type PageInfo, type PageOptions, pageInfo, pageRequest, serviceRpc } from "./service.js";

/** Queries of the nodes module (`/strata.nodes.v1.Query/…`). */
export interface NodesExtension {
  readonly nodes: {
    /** The node of an operator account, or null when none is registered. */
    readonly node: (operator: string) => Promise<Node | null>;
    /** Nodes in operator order, optionally filtered by role, served model id and status. */
    readonly list: (opts?: {
      role?: strata.nodes.v1.Role;
      model?: string;
      status?: strata.nodes.v1.NodeStatus;
      page?: PageOptions;
    }) => Promise<{ nodes: Node[]; page: PageInfo }>;
    /** The module's parameters (minimum stake, unbonding blocks, …). */
    readonly params: () => Promise<NodesParams>;
  };
}

/** Sets up the nodes queries for `QueryClient.withExtensions`. */
export function setupNodesExtension(base: QueryClient): NodesExtension {
  const service = new strata.nodes.v1.Query(serviceRpc(base, "strata.nodes.v1.Query"));
  return {
    nodes: {
      node: (operator) => orNull(service.node({ operator }).then((r) => r.node as Node | null)),
      list: async (opts = {}) => {
        const r = await service.nodes({
          role: opts.role ?? 0,
          model: opts.model ?? "",
          status: opts.status ?? 0,
          pagination: pageRequest(opts.page),
        });
        return { nodes: plain(r.nodes) as Node[], page: pageInfo(r.pagination) };
      },
      params: async () => plain((await service.params({})).params) as NodesParams,
    },
  };
}
