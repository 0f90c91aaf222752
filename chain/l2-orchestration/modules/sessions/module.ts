import type { Module } from "../../../core/app/module.js";
import { closeSessionHandler } from "./closeSession.js";
import { exportSessionsGenesis, initSessionsGenesis } from "./genesis.js";
import type { SessionsKeeper } from "./keeper.js";
import { openSessionHandler } from "./openSession.js";
import { sessionsQueries } from "./queries.js";
import { SESSIONS_MODULE } from "./store.js";
import { topUpSessionHandler } from "./topUpSession.js";

/** The sessions module: open, top up and close sessions; `Session`, `Sessions`, `SessionByApiKey`, `Params` queries; genesis. */
export function createSessionsModule(keeper: SessionsKeeper): Module {
  const { deps } = keeper;
  return {
    name: SESSIONS_MODULE,
    msgs: [openSessionHandler(deps), topUpSessionHandler(deps), closeSessionHandler(deps)],
    queries: sessionsQueries,
    initGenesis: (ctx, raw) => initSessionsGenesis(deps, ctx, raw),
    exportGenesis: (ctx) => exportSessionsGenesis(ctx),
  };
}
