import type { Module } from "../../app/module.js";
import { exportBankGenesis, initBankGenesis } from "./genesis.js";
import { BANK_MODULE, type BankKeeper } from "./keeper.js";
import { multiSendHandler } from "./multiSend.js";
import { bankQueries } from "./queries.js";
import { sendCoinsHandler } from "./sendCoins.js";

/**
 * The bank module over `keeper`: balances, transfers (refused to the keeper's blocked module
 * accounts), supply, denom metadata, bank queries.
 */
export function createBankModule(keeper: BankKeeper): Module {
  return {
    name: BANK_MODULE,
    msgs: [sendCoinsHandler(keeper), multiSendHandler(keeper)],
    queries: bankQueries(keeper),
    initGenesis: (ctx, raw) => initBankGenesis(keeper, ctx, raw),
    exportGenesis: (ctx) => exportBankGenesis(keeper, ctx),
  };
}
