import type { Module } from "../../../core/app/module.js";
import { exportKeysGenesis, initKeysGenesis } from "./genesis.js";
import type { KeysKeeper } from "./keeper.js";
import { keysQueries } from "./queries.js";
import { KEYS_MODULE } from "./store.js";
import { submitRewrapShareHandler } from "./submitRewrapShare.js";

/** The keys module: `MsgSubmitRewrapShare`; `Epoch`, `Custodians`, `RewrapRequest(s)` queries; genesis. */
export function createKeysModule(keeper: KeysKeeper): Module {
  return {
    name: KEYS_MODULE,
    msgs: [submitRewrapShareHandler(keeper.deps.audit)],
    queries: keysQueries,
    initGenesis: (ctx, raw) => initKeysGenesis(ctx, raw),
    exportGenesis: (ctx) => exportKeysGenesis(ctx),
  };
}
