import type { Module } from "../../app/module.js";
import { handleValidatorSignature } from "./handleSignature.js";
import type { SlashingKeeper } from "./keeper.js";
import { parseSlashingParams, type SlashingParamsJson } from "./params.js";
import { slashingQueries } from "./queries.js";
import { slashDoubleSign } from "./slashDoubleSign.js";
import { SLASHING_MODULE, slashingStore } from "./store.js";
import { unjailHandler } from "./unjail.js";

/** Genesis section of the slashing module. */
export interface SlashingGenesis {
  params?: SlashingParamsJson;
}

/**
 * The slashing module: at begin-block it judges liveness from the last commit's votes and
 * punishes the block's duplicate-vote evidence; `MsgUnjail`; the slashing gRPC queries.
 */
export function createSlashingModule(keeper: SlashingKeeper): Module {
  const { staking } = keeper;
  return {
    name: SLASHING_MODULE,
    msgs: [unjailHandler(staking)],
    queries: slashingQueries,
    initGenesis(ctx, raw) {
      const genesis = (raw ?? {}) as SlashingGenesis;
      slashingStore.setParams(ctx, parseSlashingParams(genesis.params));
    },
    beginBlock(ctx) {
      for (const vote of ctx.block.lastCommit ?? []) {
        handleValidatorSignature(staking, ctx, vote.validatorAddress, vote.power, vote.signed);
      }
      for (const evidence of ctx.block.misbehavior ?? []) {
        if (evidence.type === "duplicateVote") slashDoubleSign(staking, ctx, evidence);
      }
    },
  };
}
