import { strata } from "../../../../proto/gen/strata.js";
import type { Context } from "../../../core/app/context.js";
import {
  enumFromJson,
  enumToJson,
  isCanonicalAddress,
  L2_DENOM,
  NODES_ACCOUNT,
  parseAmount,
  SCALE,
} from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";
import type { NodesDeps } from "./keeper.js";
import { type NodesParamsJson, nodesParamsToJson, parseNodesParams } from "./params.js";
import { nodesStore } from "./store.js";
import { validateModelList, validatePubkey, validateRoles } from "./validate.js";

const { NodeStatus, Role } = strata.nodes.v1;

/**
 * A node in genesis JSON: the `Node` fields by their generated names, `pubkey` in base64, roles
 * and status as enum names (`"ROLE_EXECUTOR"`, `"NODE_STATUS_ACTIVE"`) or numbers.
 */
export type NodeJson = Omit<strata.nodes.v1.INode, "pubkey" | "roles" | "status"> & {
  pubkey: string;
  roles: (string | number)[];
  status: string | number;
};

/** Genesis section of the nodes module. */
export interface NodesGenesis {
  params?: NodesParamsJson;
  /** Their stake must be held by the `nodes` module account (bank genesis funds it). */
  nodes?: NodeJson[];
}

function invalid(message: string): NodesError {
  return new NodesError(NodesCode.invalidGenesis, message);
}

function amount(value: string | null | undefined, what: string): bigint {
  const a = parseAmount(value || "0");
  // [REJECT] genesis amounts are canonical decimal strings
  if (a === undefined) throw invalid(`${what} ${JSON.stringify(value)} is not an amount`);
  return a;
}

/**
 * Loads params and nodes. Each node obeys the registration format rules, appears once, serves
 * existing versions; an UNBONDING node is queued; the stakes sum exactly to the `nodes` module
 * account's balance (loaded by bank before this module).
 * @throws NodesError(invalidGenesis | invalidRequest) naming the bad entry.
 */
export function initNodesGenesis(deps: NodesDeps, ctx: Context, raw: unknown): void {
  const genesis = (raw ?? {}) as NodesGenesis;
  const params = parseNodesParams(genesis.params);
  nodesStore.setParams(ctx, params);
  let bonded = 0n;
  for (const json of genesis.nodes ?? []) {
    const operator = json.operator ?? "";
    // [REJECT] a genesis node's operator is a canonical address, listed once
    if (!isCanonicalAddress(operator))
      throw invalid(`operator ${JSON.stringify(operator)} is not an account address`);
    if (nodesStore.get(ctx, operator)) throw invalid(`node ${operator} listed twice`);
    const roles = (json.roles ?? []).map((r) => enumFromJson(Role, r) ?? -1);
    const status = enumFromJson(NodeStatus, json.status);
    // [REJECT] a known status; valid roles, key and model list
    if (!status) throw invalid(`node ${operator}: status ${JSON.stringify(json.status)}`);
    validateRoles(roles);
    const pubkey = new Uint8Array(Buffer.from(json.pubkey ?? "", "base64"));
    validatePubkey(pubkey);
    validateModelList(json.models ?? []);
    for (const id of json.models ?? []) {
      if (!deps.models.getModel(ctx, id)) throw invalid(`node ${operator} serves unknown model ${id}`);
    }
    const stake = amount(json.stake, `node ${operator} stake`);
    // [REJECT] an UNBONDED node holds no stake; an UNBONDING one knows when it leaves
    if (status === NodeStatus.NODE_STATUS_UNBONDED && stake !== 0n)
      throw invalid(`node ${operator} is UNBONDED but holds stake ${stake}`);
    if (status === NodeStatus.NODE_STATUS_UNBONDING && !json.unbondingHeight)
      throw invalid(`node ${operator} is UNBONDING without an unbonding height`);
    // [REJECT] reputation within [0, SCALE]
    if (BigInt(json.reputation ?? 0) > SCALE) throw invalid(`node ${operator}: reputation above ${SCALE}`);
    const node = strata.nodes.v1.Node.create({
      ...json,
      roles,
      pubkey,
      status,
      stake: stake.toString(),
      pricePer_1k: amount(json.pricePer_1k, `node ${operator} price_per_1k`).toString(),
      slashedTotal: amount(json.slashedTotal, `node ${operator} slashed_total`).toString(),
      hardware: json.hardware ? strata.nodes.v1.Hardware.create(json.hardware) : null,
    });
    nodesStore.set(ctx, node);
    if (status === NodeStatus.NODE_STATUS_UNBONDING)
      nodesStore.enqueueUnbonding(ctx, node.unbondingHeight, operator);
    bonded += stake;
  }
  const held = deps.bank.getBalance(ctx, deps.accounts.moduleAddress(NODES_ACCOUNT), L2_DENOM);
  // [REJECT] the nodes module account holds exactly the genesis stakes
  if (held !== bonded)
    throw invalid(
      `the ${NODES_ACCOUNT} module account holds ${held}${L2_DENOM} but the nodes' stakes sum to ${bonded}${L2_DENOM}`,
    );
}

/** The nodes state in genesis form: params and every node in operator order. */
export function exportNodesGenesis(ctx: Context): NodesGenesis {
  return {
    params: nodesParamsToJson(nodesStore.getParams(ctx)),
    nodes: [...nodesStore.iterate(ctx)].map((n) => ({
      ...n,
      roles: n.roles.map((r) => enumToJson(Role, r)),
      models: [...n.models],
      pubkey: Buffer.from(n.pubkey).toString("base64"),
      status: enumToJson(NodeStatus, n.status),
      hardware: n.hardware ? { ...n.hardware } : null,
    })),
  };
}
