import type { Module } from "../../app/module.js";
import { exportSlashingGenesis, initSlashingGenesis } from "./genesis.js";
import { handleValidatorSignature } from "./handleSignature.js";
import type { SlashingKeeper } from "./keeper.js";
import { slashingQueries } from "./queries.js";
import { slashDoubleSign } from "./slashDoubleSign.js";
import { SLASHING_MODULE } from "./store.js";
import { unjailHandler } from "./unjail.js";

/**
 * The slashing module: at begin-block it judges liveness from the last commit's votes and
 * punishes the block's duplicate-vote evidence; `MsgUnjail`; the slashing gRPC queries; genesis
 * import and export of params, signing infos and missed blocks.
 */
export function createSlashingModule(keeper: SlashingKeeper): Module {
  const { staking } = keeper;
  return {
    name: SLASHING_MODULE,
    msgs: [unjailHandler(staking)],
    queries: slashingQueries,
    initGenesis: (ctx, raw) => initSlashingGenesis(ctx, raw),
    exportGenesis: (ctx) => exportSlashingGenesis(ctx),
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
