import type { Module } from "../../../core/app/module.js";
import { depositHandler } from "./deposit.js";
import { exportBridgeGenesis, initBridgeGenesis } from "./genesis.js";
import type { BridgeKeeper } from "./keeper.js";
import { proveWithdrawalHandler } from "./proveWithdrawal.js";
import { bridgeQueries } from "./queries.js";
import { BRIDGE_MODULE } from "./store.js";

/**
 * The parent-side bridge module (`bridge`): `MsgDeposit` ([dep-1]) and `MsgProveWithdrawal`
 * ([wd-2]) with the escrow in the `bridge` module account; `Deposit`, `Deposits`, `Claim`,
 * `Escrow` queries; genesis import and export. Its keeper is the rollup keeper's deposits reader.
 */
export function createBridgeModule(keeper: BridgeKeeper): Module {
  const { deps } = keeper;
  return {
    name: BRIDGE_MODULE,
    msgs: [depositHandler(deps), proveWithdrawalHandler(deps)],
    queries: bridgeQueries(deps),
    initGenesis: (ctx, raw) => initBridgeGenesis(deps, ctx, raw),
    exportGenesis: (ctx) => exportBridgeGenesis(ctx),
  };
}
