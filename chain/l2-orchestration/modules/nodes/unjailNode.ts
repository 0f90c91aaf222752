import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, L2_DENOM, withNumbers } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import { nodesStore } from "./store.js";

const { MsgUnjailNode, MsgUnjailNodeResponse, NodeStatus } = strata.nodes.v1;

/**
 * Returns a jailed node to service (RULES.md, nodes, "Unjail").
 * @throws NodesError(notFound | invalidStatus | stillJailed | stakeTooLow).
 */
export function unjailNode(ctx: Context, operator: string): void {
  const node = nodesStore.get(ctx, operator);
  if (!node) throw new NodesError(NodesCode.notFound, `no node for operator ${operator}`);
  // [REJECT] the node is JAILED
  if (node.status !== NodeStatus.NODE_STATUS_JAILED)
    throw new NodesError(
      NodesCode.invalidStatus,
      `node ${operator} is ${NodeStatus[node.status]}, not JAILED`,
    );
  // [REJECT] height ≥ jailed_until_height
  if (ctx.block.height < node.jailedUntilHeight) {
    throw new NodesError(
      NodesCode.stillJailed,
      `node ${operator} is jailed until height ${node.jailedUntilHeight} (now ${ctx.block.height})`,
    );
  }
  const minStake = nodesStore.getParams(ctx).minStake;
  // [REJECT] stake ≥ min_stake
  if (BigInt(node.stake || "0") < minStake) {
    throw new NodesError(
      NodesCode.stakeTooLow,
      `stake ${node.stake}${L2_DENOM} is below ${minStake}${L2_DENOM}; bond more with MsgUpdateNode add_stake`,
    );
  }
  node.status = NodeStatus.NODE_STATUS_ACTIVE;
  node.jailedUntilHeight = 0;
  nodesStore.set(ctx, node);
  ctx.events.emit("unjail_node", { operator });
}

/** `MsgUnjailNode`. */
export const unjailNodeHandler: MsgHandler<strata.nodes.v1.MsgUnjailNode> = {
  typeUrl: MsgUnjailNode.getTypeUrl(""),
  decode: (bytes) => withNumbers(MsgUnjailNode.decode(bytes)),
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
    unjailNode(ctx, msg.operator);
    return {
      typeUrl: MsgUnjailNodeResponse.getTypeUrl(""),
      value: MsgUnjailNodeResponse.encode({}).finish(),
    };
  },
};
