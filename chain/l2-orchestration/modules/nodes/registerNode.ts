import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import type { MsgHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, L2_DENOM, NODES_ACCOUNT, withNumbers } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import type { NodesDeps } from "./keeper.js";
import { nodesStore } from "./store.js";
import {
  amountField,
  checkModelsServable,
  validateCapacity,
  validateEndpoint,
  validateModelList,
  validatePubkey,
  validateRoles,
} from "./validate.js";

const { MsgRegisterNode, MsgRegisterNodeResponse, NodeStatus } = strata.nodes.v1;

/**
 * Registers a node: its stake moves to the `nodes` module account; status ACTIVE (RULES.md, nodes,
 * "Register"). An UNBONDED node registers again keeping its reputation, counters and slashed total,
 * so leaving and coming back does not reset a bad reputation.
 * @throws NodesError(alreadyRegistered | invalidModel | stakeTooLow), SdkError(insufficientFunds).
 */
export function registerNode(deps: NodesDeps, ctx: Context, msg: strata.nodes.v1.MsgRegisterNode): void {
  const params = nodesStore.getParams(ctx);
  const previous = nodesStore.get(ctx, msg.operator);
  // [REJECT] no node is registered for the operator (an UNBONDED node may register again)
  if (previous && previous.status !== NodeStatus.NODE_STATUS_UNBONDED)
    throw new NodesError(NodesCode.alreadyRegistered, `operator ${msg.operator} already runs a node`);
  // [REJECT] each served model is an existing version that is not DEPRECATED
  checkModelsServable(deps.models, ctx, msg.models);
  const stake = amountField(msg.stake, "stake");
  // [REJECT] stake ≥ params min_stake
  if (stake < params.minStake)
    throw new NodesError(
      NodesCode.stakeTooLow,
      `stake ${stake}${L2_DENOM} is below ${params.minStake}${L2_DENOM}`,
    );
  // [REJECT] the operator holds the stake (bank's insufficient funds)
  deps.bank.sendToModule(ctx, msg.operator, NODES_ACCOUNT, [{ denom: L2_DENOM, amount: stake }]);
  nodesStore.set(ctx, {
    operator: msg.operator,
    roles: msg.roles,
    pubkey: msg.pubkey,
    endpoint: msg.endpoint,
    models: msg.models,
    capacity: msg.capacity,
    pricePer_1k: msg.pricePer_1k,
    hardware: msg.hardware,
    stake: stake.toString(),
    reputation: previous?.reputation ?? params.initialReputation,
    status: NodeStatus.NODE_STATUS_ACTIVE,
    registeredHeight: ctx.block.height,
    tasksSettled: previous?.tasksSettled ?? 0,
    tasksFaulted: previous?.tasksFaulted ?? 0,
    slashedTotal: previous?.slashedTotal || "0",
  });
  ctx.events.emit("register_node", {
    operator: msg.operator,
    roles: msg.roles.map((r) => strata.nodes.v1.Role[r]).join(","),
    stake: stake.toString(),
  });
}

/** `MsgRegisterNode`. */
export function registerNodeHandler(deps: NodesDeps): MsgHandler<strata.nodes.v1.MsgRegisterNode> {
  return {
    typeUrl: MsgRegisterNode.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgRegisterNode.decode(bytes)),
    validateBasic(msg) {
      // [REJECT] the operator is a canonical account address
      if (!isCanonicalAddress(msg.operator))
        throw new NodesError(
          NodesCode.invalidRequest,
          `operator ${JSON.stringify(msg.operator)} is not an account address`,
        );
      validateRoles(msg.roles);
      validatePubkey(msg.pubkey);
      validateEndpoint(msg.endpoint, msg.roles);
      validateModelList(msg.models);
      validateCapacity(msg.capacity, msg.roles);
      // [REJECT] price_per_1k is an amount; stake is an amount
      amountField(msg.pricePer_1k, "price_per_1k");
      amountField(msg.stake, "stake");
    },
    signers: (msg) => [msg.operator],
    execute(ctx, msg) {
      registerNode(deps, ctx, msg);
      return {
        typeUrl: MsgRegisterNodeResponse.getTypeUrl(""),
        value: MsgRegisterNodeResponse.encode({}).finish(),
      };
    },
  };
}
