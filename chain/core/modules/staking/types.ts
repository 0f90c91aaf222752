import { BondStatus, type Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Dec } from "./decimal.js";

export type { Description };
export { BondStatus };

/** Name (and store namespace) of the staking module. */
export const STAKING_MODULE = "staking";

/** Module account holding the tokens of bonded validators. */
export const BONDED_POOL = "bonded_tokens_pool";

/** Module account holding the tokens of unbonding / unbonded validators and unbonding delegations. */
export const NOT_BONDED_POOL = "not_bonded_tokens_pool";

/** Tokens per unit of consensus power (the SDK's `DefaultPowerReduction`, 10^6). */
export const POWER_REDUCTION = 1_000_000n;

/** Validator commission: rates are decimals, the update time is block time in ns. */
export interface Commission {
  rate: Dec;
  maxRate: Dec;
  maxChangeRate: Dec;
  updateTimeNs: bigint;
}

/** A validator as the state transition sees it (decoded once from its protobuf record). */
export interface Validator {
  /** Operator address, bech32 `stratavaloper…` (the operator account's bytes). */
  operator: string;
  /** ed25519 consensus public key, 32 bytes. */
  consPubKey: Uint8Array;
  jailed: boolean;
  status: BondStatus;
  /** Bonded tokens (after slashing). */
  tokens: bigint;
  /** Total shares issued to delegators (decimal). */
  delegatorShares: Dec;
  description: Description;
  /** Height at which it started unbonding (0 when never). */
  unbondingHeight: bigint;
  /** Time at which its unbonding completes, ns (0 when never). */
  unbondingTimeNs: bigint;
  commission: Commission;
  minSelfDelegation: bigint;
}

/** A delegation: shares of one validator held by one account. */
export interface Delegation {
  delegator: string;
  operator: string;
  shares: Dec;
}

/** One pending unbonding of a delegation. */
export interface UnbondingEntry {
  creationHeight: bigint;
  completionTimeNs: bigint;
  /** Tokens at creation (slashing is proportional to it). */
  initialBalance: bigint;
  /** Tokens to be paid out at completion (lowered by slashing). */
  balance: bigint;
}

/** The pending unbondings of one (delegator, validator) pair. */
export interface UnbondingDelegation {
  delegator: string;
  operator: string;
  entries: UnbondingEntry[];
}

/** One pending redelegation entry. */
export interface RedelegationEntry {
  creationHeight: bigint;
  completionTimeNs: bigint;
  initialBalance: bigint;
  /** Shares created at the destination validator. */
  sharesDst: Dec;
}

/** The pending redelegations of one (delegator, source, destination) triple. */
export interface Redelegation {
  delegator: string;
  src: string;
  dst: string;
  entries: RedelegationEntry[];
}

/** Staking parameters. */
export interface StakingParams {
  /** How long unbonding takes, ns. */
  unbondingTimeNs: bigint;
  /** Size of the bonded set. */
  maxValidators: number;
  /** Most unbonding / redelegation entries per pair or triple. */
  maxEntries: number;
  /** Historical entries kept (this implementation keeps none; see ARCHITECTURE notes). */
  historicalEntries: number;
  bondDenom: string;
  minCommissionRate: Dec;
}
