import type { Context, StoreSource } from "../../app/context.js";
import type { BondStatus, Dec } from "../staking/index.js";

/** The parts of a validator slashing reads. */
export interface SlashedValidator {
  operator: string;
  consPubKey: Uint8Array;
  jailed: boolean;
  status: BondStatus;
  tokens: bigint;
  delegatorShares: Dec;
  minSelfDelegation: bigint;
}

/** What slashing needs of the staking keeper. */
export interface StakingKeeper {
  params(ctx: StoreSource): { bondDenom: string };
  validator(ctx: StoreSource, operator: string): SlashedValidator | undefined;
  validatorByConsAddr(ctx: StoreSource, consAddress: Uint8Array): SlashedValidator | undefined;
  delegation(ctx: StoreSource, delegator: string, operator: string): { shares: Dec } | undefined;
  /** Burns `fraction` of the stake the validator had at `infractionHeight` with `power`; returns tokens burned. */
  slash(
    ctx: Context,
    consAddress: Uint8Array,
    infractionHeight: bigint,
    power: bigint,
    fraction: Dec,
  ): bigint;
  jail(ctx: Context, consAddress: Uint8Array): void;
  unjail(ctx: Context, consAddress: Uint8Array): void;
}
