import type { Coin } from "../../app/coins.js";
import type { Context, StoreSource } from "../../app/context.js";
import type { Dec } from "./decimal.js";

/** What staking needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** The module account `name`, created with `permissions` on first use. */
  moduleAccount(ctx: StoreSource, name: string, permissions?: string[]): { address: string };
}

/** What staking needs of the bank keeper. */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
  /** @throws SdkError(insufficientFunds) when the module account cannot pay. */
  sendFromModule(ctx: Context, module: string, to: string, coins: readonly Coin[]): void;
  /** Destroys coins of a module account and lowers supply. */
  burn(ctx: Context, module: string, coins: readonly Coin[]): void;
}

/**
 * Callbacks staking makes as validators and delegations change (the SDK's `StakingHooks`).
 * Distribution keeps its reward periods in step with them; slashing tracks signing infos. Every
 * hook is optional; they run inside the state transition, in registration order.
 */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, operator: string): void;
  beforeValidatorModified?(ctx: Context, operator: string): void;
  afterValidatorRemoved?(ctx: Context, consAddress: Uint8Array, operator: string): void;
  afterValidatorBonded?(ctx: Context, consAddress: Uint8Array, operator: string): void;
  afterValidatorBeginUnbonding?(ctx: Context, consAddress: Uint8Array, operator: string): void;
  beforeDelegationCreated?(ctx: Context, delegator: string, operator: string): void;
  beforeDelegationSharesModified?(ctx: Context, delegator: string, operator: string): void;
  beforeDelegationRemoved?(ctx: Context, delegator: string, operator: string): void;
  afterDelegationModified?(ctx: Context, delegator: string, operator: string): void;
  /** `fraction` is the share of the validator's tokens about to be burned (decimal). */
  beforeValidatorSlashed?(ctx: Context, operator: string, fraction: Dec): void;
}
