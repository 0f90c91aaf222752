export type { AccountKeeper } from "./expectedKeepers.js";
export type { BankGenesis } from "./genesis.js";
export type { BankKeeper, BankKeeperDeps, BankKeeperOptions } from "./keeper.js";
export { BANK_MODULE, createBankKeeper } from "./keeper.js";
export { createBankModule } from "./module.js";
export { assertNotBlocked, assertSendEnabled } from "./sendCoins.js";
