import type { Module } from "../../app/module.js";
import { exportAuthGenesis, initAuthGenesis } from "./genesis.js";
import { AUTH_MODULE, type AuthKeeper } from "./keeper.js";
import { authQueries } from "./queries.js";

/** The auth module over `keeper`: accounts, account numbers, sequences, params, auth queries. */
export function createAuthModule(keeper: AuthKeeper): Module {
  return {
    name: AUTH_MODULE,
    queries: authQueries(keeper),
    initGenesis: (ctx, raw) => initAuthGenesis(keeper, ctx, raw),
    exportGenesis: (ctx) => exportAuthGenesis(keeper, ctx),
  };
}
