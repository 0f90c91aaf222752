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
  validateRoles,
} from "./validate.js";

const { MsgUpdateNode, MsgUpdateNodeResponse, NodeStatus } = strata.nodes.v1;

/**
 * Changes the fields a `MsgUpdateNode` sets, under the registration rules, and bonds `add_stake`
 * (RULES.md, nodes, "Update"). The rules that tie fields together (endpoint and capacity against
 * the roles) are checked on the node as it will be.
 * @throws NodesError(notFound | invalidStatus | invalidModel | invalidRequest), SdkError(insufficientFunds).
 */
export function updateNode(deps: NodesDeps, ctx: Context, msg: strata.nodes.v1.MsgUpdateNode): void {
  const node = nodesStore.get(ctx, msg.operator);
  // [REJECT] the node exists and is not UNBONDING / UNBONDED
  if (!node) throw new NodesError(NodesCode.notFound, `no node for operator ${msg.operator}`);
  if (node.status === NodeStatus.NODE_STATUS_UNBONDING || node.status === NodeStatus.NODE_STATUS_UNBONDED) {
    throw new NodesError(NodesCode.invalidStatus, `node ${msg.operator} is ${NodeStatus[node.status]}`);
  }
  if (msg.setRoles) node.roles = msg.roles;
  if (msg.endpoint !== null && msg.endpoint !== undefined) node.endpoint = msg.endpoint;
  if (msg.setModels) {
    // [REJECT] each served model is an existing version that is not DEPRECATED
    checkModelsServable(deps.models, ctx, msg.models);
    node.models = msg.models;
  }
  if (msg.capacity !== null && msg.capacity !== undefined) node.capacity = msg.capacity;
  if (msg.pricePer_1k !== null && msg.pricePer_1k !== undefined) node.pricePer_1k = msg.pricePer_1k;
  if (msg.hardware) node.hardware = msg.hardware;
  // [REJECT] the updated node still obeys the registration rules that join fields
  validateEndpoint(node.endpoint, node.roles);
  validateCapacity(node.capacity, node.roles);
  if (msg.addStake !== "") {
    const add = amountField(msg.addStake, "add_stake", true);
    // [REJECT] the operator holds the added stake (bank's insufficient funds)
    deps.bank.sendToModule(ctx, msg.operator, NODES_ACCOUNT, [{ denom: L2_DENOM, amount: add }]);
    node.stake = (BigInt(node.stake || "0") + add).toString();
  }
  nodesStore.set(ctx, node);
  ctx.events.emit("update_node", { operator: msg.operator, stake: node.stake });
}

/** `MsgUpdateNode`. */
export function updateNodeHandler(deps: NodesDeps): MsgHandler<strata.nodes.v1.MsgUpdateNode> {
  return {
    typeUrl: MsgUpdateNode.getTypeUrl(""),
    decode: (bytes) => withNumbers(MsgUpdateNode.decode(bytes)),
    validateBasic(msg) {
      const bad = (m: string) => new NodesError(NodesCode.invalidRequest, m);
      // [REJECT] the operator is a canonical account address
      if (!isCanonicalAddress(msg.operator))
        throw bad(`operator ${JSON.stringify(msg.operator)} is not an account address`);
      // [REJECT] a list is replaced only when its flag says so (a list without its flag is a mistake)
      if (!msg.setRoles && msg.roles.length > 0) throw bad("roles given without set_roles");
      if (!msg.setModels && msg.models.length > 0) throw bad("models given without set_models");
      if (msg.setRoles) validateRoles(msg.roles);
      if (msg.setModels) validateModelList(msg.models);
      // [REJECT] price_per_1k is an amount; add_stake is a positive amount
      if (msg.pricePer_1k !== null && msg.pricePer_1k !== undefined)
        amountField(msg.pricePer_1k, "price_per_1k");
      if (msg.addStake !== "") amountField(msg.addStake, "add_stake", true);
    },
    signers: (msg) => [msg.operator],
    execute(ctx, msg) {
      updateNode(deps, ctx, msg);
      return {
        typeUrl: MsgUpdateNodeResponse.getTypeUrl(""),
        value: MsgUpdateNodeResponse.encode({}).finish(),
      };
    },
  };
}
