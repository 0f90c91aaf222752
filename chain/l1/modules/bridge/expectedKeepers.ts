import type { Coin } from "../../../core/app/coins.js";
import type { Context, StoreSource } from "../../../core/app/context.js";
import type { BatchHeader } from "../../../core/rollup/types.js";

/** What the bridge needs of the bank keeper: escrow in and out of the `bridge` module account. */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
  /** @throws SdkError(insufficientFunds) when the module account cannot pay. */
  sendFromModule(ctx: Context, module: string, to: string, coins: readonly Coin[]): void;
  /** Whether `address` is a module account bank messages may not pay. */
  isBlockedAddr(address: string): boolean;
}

/** What the bridge needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** The address of module account `name`, whether or not it exists yet. */
  moduleAddress(name: string): string;
}

/** An accepted batch as the bridge reads it. */
export interface AcceptedBatch {
  /** The decoded `BatchHeader`. */
  header: BatchHeader;
  /** Its `hashTreeRoot`. */
  headerRoot: Uint8Array;
  /** The parent height that accepted it. */
  parentHeight: number;
}

/** What the bridge needs of the rollup keeper (registered chains, accepted batches, windows). */
export interface RollupKeeper {
  /** Whether `chainId` is a registered child chain. */
  isRegistered(ctx: StoreSource, chainId: string): boolean;
  /** Accepted batch `number` of `chainId`, or undefined. */
  getBatch(ctx: StoreSource, chainId: string, number: number): AcceptedBatch | undefined;
  /** The chain's challenge window in parent blocks, or undefined when not registered. */
  challengeWindow(ctx: StoreSource, chainId: string): number | undefined;
}
