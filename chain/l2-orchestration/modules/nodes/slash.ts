import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import { L2_DENOM, NODES_ACCOUNT, SCALE, TREASURY_ACCOUNT } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import type { NodesDeps } from "./keeper.js";
import { nodesStore } from "./store.js";

const { NodeStatus } = strata.nodes.v1;

/** Why a node is slashed (the settlement module's two faults). */
export type SlashReason = "fraud" | "missed_reveal";

/**
 * Takes `floor(stake · fraction / SCALE)` of a node's stake into the treasury and, when `jail` is
 * set, jails it for `jail_blocks` (RULES.md, nodes, keeper API). An UNBONDING node loses stake but
 * keeps unbonding (it is assigned nothing anyway); an UNBONDED node has no stake left to take.
 * @returns the amount taken.
 * @throws NodesError(notFound) for an unknown operator, (invalidRequest) for a fraction outside [0, SCALE].
 */
export function slash(
  deps: NodesDeps,
  ctx: Context,
  operator: string,
  fraction: bigint,
  reason: SlashReason,
  jail: boolean,
): bigint {
  if (fraction < 0n || fraction > SCALE)
    throw new NodesError(NodesCode.invalidRequest, `slash fraction ${fraction} is outside [0, ${SCALE}]`);
  const node = nodesStore.get(ctx, operator);
  if (!node) throw new NodesError(NodesCode.notFound, `no node for operator ${operator}`);
  const stake = BigInt(node.stake || "0");
  const amount = (stake * fraction) / SCALE;
  if (amount > 0n) {
    const treasury = deps.accounts.moduleAccount(ctx, TREASURY_ACCOUNT).address;
    deps.bank.sendFromModule(ctx, NODES_ACCOUNT, treasury, [{ denom: L2_DENOM, amount }]);
    node.stake = (stake - amount).toString();
    node.slashedTotal = (BigInt(node.slashedTotal || "0") + amount).toString();
  }
  const jailed =
    jail && (node.status === NodeStatus.NODE_STATUS_ACTIVE || node.status === NodeStatus.NODE_STATUS_JAILED);
  if (jailed) {
    node.status = NodeStatus.NODE_STATUS_JAILED;
    // A second fault while jailed never shortens the jail.
    node.jailedUntilHeight = Math.max(
      node.jailedUntilHeight,
      ctx.block.height + nodesStore.getParams(ctx).jailBlocks,
    );
  }
  nodesStore.set(ctx, node);
  ctx.events.emit("slash_node", { operator, amount: amount.toString(), reason, jailed: String(jailed) });
  return amount;
}
