import type { Module } from "../../../core/app/module.js";
import { exportBridgeGenesis, initBridgeGenesis } from "./genesis.js";
import type { BridgeKeeper } from "./keeper.js";
import { mintDepositsHandler } from "./mintDeposits.js";
import { bridgeQueries } from "./queries.js";
import { BRIDGE_MODULE } from "./store.js";
import { withdrawHandler } from "./withdraw.js";

/**
 * The child-side bridge module (`bridge`): `MsgMintDeposits` ([dep-2]), `MsgWithdraw` ([wd-1]),
 * the commitment record at `bridge/` ‖ 0x01, queries (`Params`, `State`, `Minted`, `Withdrawal`,
 * `Withdrawals`, `WithdrawalProof`), genesis.
 */
export function createBridgeModule(keeper: BridgeKeeper): Module {
  const { deps } = keeper;
  return {
    name: BRIDGE_MODULE,
    msgs: [mintDepositsHandler(deps), withdrawHandler(deps)],
    queries: bridgeQueries,
    initGenesis: (ctx, raw) => initBridgeGenesis(ctx, raw),
    exportGenesis: (ctx) => exportBridgeGenesis(ctx),
  };
}
