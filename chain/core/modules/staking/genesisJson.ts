import { BondStatus, bondStatusToJSON, Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { SdkCode, SdkError } from "../../app/errors.js";
import { decFromString, decToString } from "./decimal.js";
import type { Delegation, Redelegation, UnbondingDelegation, Validator } from "./types.js";
import { formatTimeNs, normAccount, normOperator, parseTimeNs } from "./validation.js";

/**
 * The JSON forms of staking records in an exported genesis: amounts and heights as decimal
 * strings, decimals in their 18-digit text form, times as RFC 3339 with nanoseconds, consensus
 * keys as base64. Every conversion is exact, so export → import rebuilds the same records.
 */

/** A validator record (`cosmos.staking.v1beta1.Validator`, JSON form). */
export interface GenesisValidatorRecord {
  operatorAddress: string;
  /** ed25519 consensus key, base64 (32 bytes). */
  consensusPubkey: string;
  jailed: boolean;
  /** `BOND_STATUS_BONDED`, `BOND_STATUS_UNBONDING` or `BOND_STATUS_UNBONDED`. */
  status: string;
  tokens: string;
  delegatorShares: string;
  description: Description;
  unbondingHeight: string;
  unbondingTime: string;
  commission: { rate: string; maxRate: string; maxChangeRate: string; updateTime: string };
  minSelfDelegation: string;
}

/** A delegation record. */
export interface GenesisDelegation {
  delegatorAddress: string;
  validatorAddress: string;
  shares: string;
}

/** An unbonding delegation with its pending entries. */
export interface GenesisUnbondingDelegation {
  delegatorAddress: string;
  validatorAddress: string;
  entries: { creationHeight: string; completionTime: string; initialBalance: string; balance: string }[];
}

/** A redelegation with its pending entries. */
export interface GenesisRedelegation {
  delegatorAddress: string;
  validatorSrcAddress: string;
  validatorDstAddress: string;
  entries: { creationHeight: string; completionTime: string; initialBalance: string; sharesDst: string }[];
}

function invalid(message: string): SdkError {
  return new SdkError(SdkCode.invalidRequest, `invalid staking genesis: ${message}`);
}

/**
 * A non-negative integer of at most 78 digits (256 bits).
 * @throws SdkError(invalidRequest) naming `what`.
 */
export function parseUint(text: string, what: string): bigint {
  // [REJECT] amounts and heights are non-negative decimal integers
  if (typeof text !== "string" || !/^[0-9]{1,78}$/.test(text))
    throw invalid(`${what} ${JSON.stringify(text)}`);
  return BigInt(text);
}

const STATUSES: Record<string, BondStatus> = {
  BOND_STATUS_BONDED: BondStatus.BOND_STATUS_BONDED,
  BOND_STATUS_UNBONDING: BondStatus.BOND_STATUS_UNBONDING,
  BOND_STATUS_UNBONDED: BondStatus.BOND_STATUS_UNBONDED,
};

/** JSON form of a validator. */
export function validatorToJson(v: Validator): GenesisValidatorRecord {
  return {
    operatorAddress: v.operator,
    consensusPubkey: Buffer.from(v.consPubKey).toString("base64"),
    jailed: v.jailed,
    status: bondStatusToJSON(v.status),
    tokens: v.tokens.toString(),
    delegatorShares: decToString(v.delegatorShares),
    description: Description.fromPartial(v.description),
    unbondingHeight: v.unbondingHeight.toString(),
    unbondingTime: formatTimeNs(v.unbondingTimeNs),
    commission: {
      rate: decToString(v.commission.rate),
      maxRate: decToString(v.commission.maxRate),
      maxChangeRate: decToString(v.commission.maxChangeRate),
      updateTime: formatTimeNs(v.commission.updateTimeNs),
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
  };
}

/**
 * A validator from its JSON form.
 * @throws SdkError(invalidRequest) for a malformed field.
 */
export function validatorFromJson(j: GenesisValidatorRecord): Validator {
  const consPubKey = new Uint8Array(Buffer.from(j.consensusPubkey ?? "", "base64"));
  // [REJECT] the consensus key is a 32-byte ed25519 key
  if (consPubKey.length !== 32)
    throw invalid(`validator ${j.operatorAddress}: consensus key must be 32 bytes`);
  const status = STATUSES[j.status];
  // [REJECT] a validator is bonded, unbonding or unbonded
  if (status === undefined)
    throw invalid(`validator ${j.operatorAddress}: status ${JSON.stringify(j.status)}`);
  return {
    operator: normOperator(j.operatorAddress),
    consPubKey,
    jailed: j.jailed === true,
    status,
    tokens: parseUint(j.tokens, "tokens"),
    delegatorShares: decFromString(j.delegatorShares),
    description: Description.fromPartial(j.description ?? {}),
    unbondingHeight: parseUint(j.unbondingHeight, "unbonding height"),
    unbondingTimeNs: parseTimeNs(j.unbondingTime),
    commission: {
      rate: decFromString(j.commission.rate),
      maxRate: decFromString(j.commission.maxRate),
      maxChangeRate: decFromString(j.commission.maxChangeRate),
      updateTimeNs: parseTimeNs(j.commission.updateTime),
    },
    minSelfDelegation: parseUint(j.minSelfDelegation, "min self delegation"),
  };
}

/** JSON form of a delegation. */
export function delegationToJson(d: Delegation): GenesisDelegation {
  return { delegatorAddress: d.delegator, validatorAddress: d.operator, shares: decToString(d.shares) };
}

/** A delegation from its JSON form. */
export function delegationFromJson(j: GenesisDelegation): Delegation {
  return {
    delegator: normAccount(j.delegatorAddress),
    operator: normOperator(j.validatorAddress),
    shares: decFromString(j.shares),
  };
}

/** JSON form of an unbonding delegation. */
export function unbondingToJson(u: UnbondingDelegation): GenesisUnbondingDelegation {
  return {
    delegatorAddress: u.delegator,
    validatorAddress: u.operator,
    entries: u.entries.map((e) => ({
      creationHeight: e.creationHeight.toString(),
      completionTime: formatTimeNs(e.completionTimeNs),
      initialBalance: e.initialBalance.toString(),
      balance: e.balance.toString(),
    })),
  };
}

/** An unbonding delegation from its JSON form. */
export function unbondingFromJson(j: GenesisUnbondingDelegation): UnbondingDelegation {
  return {
    delegator: normAccount(j.delegatorAddress),
    operator: normOperator(j.validatorAddress),
    entries: j.entries.map((e) => ({
      creationHeight: parseUint(e.creationHeight, "creation height"),
      completionTimeNs: parseTimeNs(e.completionTime),
      initialBalance: parseUint(e.initialBalance, "initial balance"),
      balance: parseUint(e.balance, "balance"),
    })),
  };
}

/** JSON form of a redelegation. */
export function redelegationToJson(r: Redelegation): GenesisRedelegation {
  return {
    delegatorAddress: r.delegator,
    validatorSrcAddress: r.src,
    validatorDstAddress: r.dst,
    entries: r.entries.map((e) => ({
      creationHeight: e.creationHeight.toString(),
      completionTime: formatTimeNs(e.completionTimeNs),
      initialBalance: e.initialBalance.toString(),
      sharesDst: decToString(e.sharesDst),
    })),
  };
}

/** A redelegation from its JSON form. */
export function redelegationFromJson(j: GenesisRedelegation): Redelegation {
  return {
    delegator: normAccount(j.delegatorAddress),
    src: normOperator(j.validatorSrcAddress),
    dst: normOperator(j.validatorDstAddress),
    entries: j.entries.map((e) => ({
      creationHeight: parseUint(e.creationHeight, "creation height"),
      completionTimeNs: parseTimeNs(e.completionTime),
      initialBalance: parseUint(e.initialBalance, "initial balance"),
      sharesDst: decFromString(e.sharesDst),
    })),
  };
}
