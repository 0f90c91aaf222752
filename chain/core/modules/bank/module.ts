import type { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { parseCoins, toProtoCoins } from "../../app/coins.js";
import type { Module } from "../../app/module.js";
import { authKeeper } from "../auth/keeper.js";
import { BANK_MODULE, createBankKeeper } from "./keeper.js";
import { multiSendHandler } from "./multiSend.js";
import { bankQueries } from "./queries.js";
import { sendCoinsHandler } from "./sendCoins.js";

/** Genesis section of the bank module. */
export interface BankGenesis {
  params?: { defaultSendEnabled?: boolean };
  balances: { address: string; coins: { denom: string; amount: string }[] }[];
  denomMetadata?: Metadata[];
}

/** The bank keeper wired to the auth keeper (one instance serves every app). */
export const bankKeeper = createBankKeeper(authKeeper);

/** The bank module: balances, transfers, supply, denom metadata. */
export const bankModule: Module = {
  name: BANK_MODULE,
  msgs: [sendCoinsHandler(bankKeeper), multiSendHandler(bankKeeper)],
  queries: bankQueries(bankKeeper),
  initGenesis(ctx, raw) {
    const genesis = (raw ?? { balances: [] }) as BankGenesis;
    bankKeeper.setParams(ctx, {
      sendEnabled: [],
      defaultSendEnabled: genesis.params?.defaultSendEnabled ?? true,
    });
    for (const { address, coins } of genesis.balances ?? []) bankKeeper.mint(ctx, address, parseCoins(coins));
    for (const md of genesis.denomMetadata ?? []) bankKeeper.setMetadata(ctx, md);
  },
  exportGenesis(ctx): BankGenesis {
    return {
      params: { defaultSendEnabled: bankKeeper.getParams(ctx).defaultSendEnabled },
      balances: bankKeeper
        .allBalances(ctx)
        .map((b) => ({ address: b.address, coins: toProtoCoins(b.coins) })),
      denomMetadata: bankKeeper.allMetadata(ctx),
    };
  },
};
