import type { Coin } from "../../../core/app/coins.js";
import type { Context, StoreSource } from "../../../core/app/context.js";

/** What the bridge needs of the bank keeper: mint deposits, take and burn withdrawals. */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
  /** Creates coins in `address` and raises supply. */
  mint(ctx: StoreSource, address: string, coins: readonly Coin[]): void;
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
  /** @throws SdkError(insufficientFunds) when the module account holds less. */
  burn(ctx: Context, module: string, coins: readonly Coin[]): void;
  /** Whether `address` is a module account bank messages may not pay. */
  isBlockedAddr(address: string): boolean;
}

/** What the bridge needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** The address of module account `name`, whether or not it exists yet. */
  moduleAddress(name: string): string;
}
