import type { strata } from "../../../../proto/gen/strata.js";
import type { Coin } from "../../../core/app/coins.js";
import type { Context, StoreSource } from "../../../core/app/context.js";

/** What nodes needs of the bank keeper (stake in and out of the `nodes` module account). */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
  /** @throws SdkError(insufficientFunds) when the module account cannot pay. */
  sendFromModule(ctx: Context, module: string, to: string, coins: readonly Coin[]): void;
}

/** What nodes needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** The module account `name`, created on first use. */
  moduleAccount(ctx: StoreSource, name: string): { address: string };
  /** The address of module account `name`, whether or not it exists yet. */
  moduleAddress(name: string): string;
}

/** What nodes needs of the models keeper (served versions must exist). */
export interface ModelsKeeper {
  getModel(ctx: StoreSource, id: string): strata.models.v1.ModelVersion | undefined;
}
