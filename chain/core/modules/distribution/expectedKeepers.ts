import type { Coin } from "../../app/coins.js";
import type { Context, StoreSource } from "../../app/context.js";
import type { Dec } from "../staking/index.js";

/** What distribution needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  moduleAccount(ctx: StoreSource, name: string, permissions?: string[]): { address: string };
  /** The account at `address`; module accounts carry their module name. */
  getAccount(ctx: StoreSource, address: string): { moduleName?: string } | undefined;
}

/** What distribution needs of the bank keeper. */
export interface BankKeeper {
  getAllBalances(ctx: StoreSource, address: string): Coin[];
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
  sendFromModule(ctx: Context, module: string, to: string, coins: readonly Coin[]): void;
  /** Creates coins in `address` and raises supply (the block reward). */
  mint(ctx: StoreSource, address: string, coins: readonly Coin[]): void;
  /** Whether `address` is a module account that may not receive funds from users. */
  isBlockedAddr(address: string): boolean;
}

/** The parts of a validator distribution reads. */
export interface RewardedValidator {
  operator: string;
  tokens: bigint;
  delegatorShares: Dec;
  commission: { rate: Dec };
}

/** What distribution needs of the staking keeper. */
export interface StakingKeeper {
  params(ctx: StoreSource): { bondDenom: string };
  validator(ctx: StoreSource, operator: string): RewardedValidator | undefined;
  validatorByConsAddr(ctx: StoreSource, consAddress: Uint8Array): RewardedValidator | undefined;
  delegation(ctx: StoreSource, delegator: string, operator: string): { shares: Dec } | undefined;
  delegatorDelegations(ctx: StoreSource, delegator: string): { operator: string; shares: Dec }[];
  /** Total power of the bonded set as of the last end-block (0: no staking validators bonded). */
  lastTotalPower(ctx: StoreSource): bigint;
  /** The bonded set as of the last end-block (used while the node does not report commit votes). */
  lastValidatorPowers(ctx: StoreSource): { operator: string; power: bigint }[];
}
