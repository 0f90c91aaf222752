import type { Coin } from "../../../core/app/coins.js";
import type { Context, StoreSource } from "../../../core/app/context.js";

/** What rollup needs of the bank keeper (bonds into the `rollup` module account). */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
}

/** What rollup needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** The address of module account `name`, whether or not it exists yet. */
  moduleAddress(name: string): string;
}

/**
 * The parent's deposit facts of a child chain, for [batch-10]. The L1 `bridge` module implements
 * it; until it is wired, {@link NO_DEPOSITS} stands in (no chain has deposits).
 */
export interface DepositsReader {
  /** Deposits locked for `chainId` so far (the last nonce; 0 before the first). */
  depositCount(ctx: StoreSource, chainId: string): number;
  /** The stored accumulator `acc[nonce]` (32 bytes; `acc[0]` is 32 zero bytes). */
  accumulatorAt(ctx: StoreSource, chainId: string, nonce: number): Uint8Array;
}

/** A {@link DepositsReader} for a parent without a bridge: no deposits, the zero accumulator. */
export const NO_DEPOSITS: DepositsReader = Object.freeze({
  depositCount: () => 0,
  accumulatorAt: () => new Uint8Array(32),
});
