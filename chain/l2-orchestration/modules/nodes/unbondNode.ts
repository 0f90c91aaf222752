import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, L2_DENOM, NODES_ACCOUNT, withNumbers } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import type { NodesDeps } from "./keeper.js";
import { nodesStore } from "./store.js";

const { MsgUnbondNode, MsgUnbondNodeResponse, NodeStatus } = strata.nodes.v1;

/**
 * Starts unbonding: the node leaves at once (no new work) and its stake returns at the end-block
 * of `height + unbonding_blocks` (RULES.md, nodes, "Unbond"). Until then it can still be slashed.
 * @returns the unbonding height.
 * @throws NodesError(notFound | invalidStatus).
 */
export function unbondNode(ctx: Context, operator: string): number {
  const node = nodesStore.get(ctx, operator);
  if (!node) throw new NodesError(NodesCode.notFound, `no node for operator ${operator}`);
  // [REJECT] the node is ACTIVE or JAILED
  if (node.status !== NodeStatus.NODE_STATUS_ACTIVE && node.status !== NodeStatus.NODE_STATUS_JAILED)
    throw new NodesError(NodesCode.invalidStatus, `node ${operator} is ${NodeStatus[node.status]}`);
  const height = ctx.block.height + nodesStore.getParams(ctx).unbondingBlocks;
  node.status = NodeStatus.NODE_STATUS_UNBONDING;
  node.unbondingHeight = height;
  node.jailedUntilHeight = 0;
  nodesStore.set(ctx, node);
  nodesStore.enqueueUnbonding(ctx, height, operator);
  ctx.events.emit("unbond_node", { operator, unbonding_height: height });
  return height;
}

/**
 * End-block: every node whose unbonding height is reached gets its remaining stake back and
 * becomes UNBONDED (stake "0"; the record stays for history and re-registration).
 */
export function completeUnbondings(deps: NodesDeps, ctx: Context): void {
  for (const due of nodesStore.dueUnbondings(ctx, ctx.block.height)) {
    nodesStore.dequeueUnbonding(ctx, due.height, due.operator);
    const node = nodesStore.get(ctx, due.operator);
    // The queue holds only UNBONDING nodes; a stale entry would be a bug, never a payout.
    if (!node || node.status !== NodeStatus.NODE_STATUS_UNBONDING) continue;
    const stake = BigInt(node.stake || "0");
    if (stake > 0n)
      deps.bank.sendFromModule(ctx, NODES_ACCOUNT, node.operator, [{ denom: L2_DENOM, amount: stake }]);
    node.stake = "0";
    node.status = NodeStatus.NODE_STATUS_UNBONDED;
    nodesStore.set(ctx, node);
    ctx.events.emit("complete_unbonding", { operator: node.operator, amount: stake.toString() });
  }
}

/** `MsgUnbondNode`. */
export const unbondNodeHandler: MsgHandler<strata.nodes.v1.MsgUnbondNode> = {
  typeUrl: MsgUnbondNode.getTypeUrl(""),
  decode: (bytes) => withNumbers(MsgUnbondNode.decode(bytes)),
  validateBasic(msg) {
    // [REJECT] the operator is a canonical account address
    if (!isCanonicalAddress(msg.operator))
      throw new NodesError(
        NodesCode.invalidRequest,
        `operator ${JSON.stringify(msg.operator)} is not an account address`,
      );
  },
  signers: (msg) => [msg.operator],
  execute(ctx, msg) {
    const unbondingHeight = unbondNode(ctx, msg.operator);
    return {
      typeUrl: MsgUnbondNodeResponse.getTypeUrl(""),
      value: MsgUnbondNodeResponse.encode({ unbondingHeight }).finish(),
    };
  },
};
