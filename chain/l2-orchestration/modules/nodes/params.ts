import { SCALE } from "../../shared/index.js";
import { NodesCode, NodesError } from "./errors.js";

/** Nodes parameters (RULES.md, nodes, "Default params"). */
export interface NodesParams {
  /** Minimum bonded stake, ustra. */
  minStake: bigint;
  /** Blocks between `MsgUnbondNode` and the stake's return. */
  unbondingBlocks: number;
  /** Reputation of a new node (scale 1,000,000). */
  initialReputation: number;
  /** EWMA weight of a new score (scale 1,000,000). */
  reputationAlpha: number;
  /** Blocks a jailed node waits before `MsgUnjailNode`. */
  jailBlocks: number;
}

/** The defaults of RULES.md: 1 STRA minimum stake, 100 blocks unbonding, 0.5 reputation, alpha 0.1, 100 blocks jail. */
export const DEFAULT_NODES_PARAMS: NodesParams = {
  minStake: 1_000_000n,
  unbondingBlocks: 100,
  initialReputation: 500_000,
  reputationAlpha: 100_000,
  jailBlocks: 100,
};

/** Nodes params in genesis JSON (the `strata.nodes.v1.Params` fields; `minStake` a decimal string). */
export interface NodesParamsJson {
  minStake?: string;
  unbondingBlocks?: number;
  initialReputation?: number;
  reputationAlpha?: number;
  jailBlocks?: number;
}

function u64(value: unknown, name: string): number {
  // [REJECT] block counts and fixed-point values are non-negative safe integers
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    throw new NodesError(NodesCode.invalidGenesis, `param ${name} must be a non-negative integer`);
  return value;
}

/**
 * Defaults overlaid with the given JSON params, validated.
 * @throws NodesError(invalidGenesis) naming the bad param.
 */
export function parseNodesParams(json: NodesParamsJson | undefined): NodesParams {
  const p = { ...DEFAULT_NODES_PARAMS };
  const bad = (msg: string) => new NodesError(NodesCode.invalidGenesis, msg);
  if (json?.minStake !== undefined) {
    // [REJECT] min_stake is a canonical amount
    if (typeof json.minStake !== "string" || !/^(0|[1-9][0-9]{0,39})$/.test(json.minStake))
      throw bad("param minStake must be an amount");
    p.minStake = BigInt(json.minStake);
  }
  if (json?.unbondingBlocks !== undefined) p.unbondingBlocks = u64(json.unbondingBlocks, "unbondingBlocks");
  if (json?.initialReputation !== undefined)
    p.initialReputation = u64(json.initialReputation, "initialReputation");
  if (json?.reputationAlpha !== undefined) p.reputationAlpha = u64(json.reputationAlpha, "reputationAlpha");
  if (json?.jailBlocks !== undefined) p.jailBlocks = u64(json.jailBlocks, "jailBlocks");
  // [REJECT] unbonding lasts at least a block, so stake is slashable for work settled after the unbond
  if (p.unbondingBlocks < 1) throw bad("param unbondingBlocks must be at least 1");
  // [REJECT] reputation values and the EWMA weight are within [0, SCALE]
  if (BigInt(p.initialReputation) > SCALE) throw bad("param initialReputation must be at most 1000000");
  if (BigInt(p.reputationAlpha) > SCALE) throw bad("param reputationAlpha must be at most 1000000");
  return p;
}

/** The JSON (genesis) form of params. */
export function nodesParamsToJson(p: NodesParams): Required<NodesParamsJson> {
  return {
    minStake: p.minStake.toString(),
    unbondingBlocks: p.unbondingBlocks,
    initialReputation: p.initialReputation,
    reputationAlpha: p.reputationAlpha,
    jailBlocks: p.jailBlocks,
  };
}
