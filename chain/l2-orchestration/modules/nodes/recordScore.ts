import type { Context } from "../../../core/app/context.js";
import { SCALE } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import { nodesStore } from "./store.js";

/**
 * The reputation EWMA of RULES.md, nodes, "Reputation": `rep + (alpha · (score − rep)) / SCALE`
 * with truncating division (so the step rounds toward the old value), clamped to `[0, SCALE]`.
 */
export function nextReputation(rep: bigint, score: bigint, alpha: bigint): bigint {
  const next = rep + (alpha * (score - rep)) / SCALE;
  return next < 0n ? 0n : next > SCALE ? SCALE : next;
}

/**
 * Folds a settled task's score into a node's reputation and counts the task (and the fault).
 * @throws NodesError(notFound) for an unknown operator.
 */
export function recordScore(ctx: Context, operator: string, score: bigint, faulted: boolean): void {
  const node = nodesStore.get(ctx, operator);
  if (!node) throw new NodesError(NodesCode.notFound, `no node for operator ${operator}`);
  const alpha = BigInt(nodesStore.getParams(ctx).reputationAlpha);
  node.reputation = Number(nextReputation(BigInt(node.reputation), score, alpha));
  node.tasksSettled += 1;
  if (faulted) node.tasksFaulted += 1;
  nodesStore.set(ctx, node);
}
