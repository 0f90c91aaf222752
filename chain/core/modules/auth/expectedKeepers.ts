import type { Coin } from "../../app/coins.js";
import type { Context } from "../../app/context.js";

/** What the ante handler needs of the bank keeper to charge fees. */
export interface FeeBankKeeper {
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
}
