import type { Module } from "../../../core/app/module.js";
import { closeDueScorings } from "./closeDueScorings.js";
import { exportScoresGenesis, initScoresGenesis } from "./genesis.js";
import type { ScoresKeeper } from "./keeper.js";
import { scoresQueries } from "./queries.js";
import { SCORES_MODULE } from "./store.js";
import { submitScoresHandler } from "./submitScores.js";

/**
 * The scores module: `MsgSubmitScores`, the end-block that decides tasks whose scoring deadline is
 * this height, the scores queries and genesis. Guard assignment runs from the tasks module's hook
 * (`keeper.hooks`).
 */
export function createScoresModule(keeper: ScoresKeeper): Module {
  return {
    name: SCORES_MODULE,
    msgs: [submitScoresHandler(keeper.deps.tasks, () => keeper.verdictHooks())],
    queries: scoresQueries,
    initGenesis: initScoresGenesis,
    exportGenesis: exportScoresGenesis,
    endBlock(ctx) {
      closeDueScorings(keeper.deps.tasks, ctx, keeper.verdictHooks());
      return undefined;
    },
  };
}
