import type { Module } from "../../../core/app/module.js";
import { exportNodesGenesis, initNodesGenesis } from "./genesis.js";
import type { NodesKeeper } from "./keeper.js";
import { nodesQueries } from "./queries.js";
import { registerNodeHandler } from "./registerNode.js";
import { NODES_MODULE } from "./store.js";
import { completeUnbondings, unbondNodeHandler } from "./unbondNode.js";
import { unjailNodeHandler } from "./unjailNode.js";
import { updateNodeHandler } from "./updateNode.js";

/**
 * The nodes module: register, update, unbond and unjail nodes; the end-block that returns the stake
 * of nodes whose unbonding completes; `Node`, `Nodes`, `Params` queries; genesis.
 */
export function createNodesModule(keeper: NodesKeeper): Module {
  const { deps } = keeper;
  return {
    name: NODES_MODULE,
    msgs: [registerNodeHandler(deps), updateNodeHandler(deps), unbondNodeHandler, unjailNodeHandler],
    queries: nodesQueries,
    initGenesis: (ctx, raw) => initNodesGenesis(deps, ctx, raw),
    exportGenesis: (ctx) => exportNodesGenesis(ctx),
    endBlock(ctx) {
      completeUnbondings(deps, ctx);
      return undefined;
    },
  };
}
