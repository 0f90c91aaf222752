import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import {
  Delegation as ProtoDelegation,
  Params as ProtoParams,
  Redelegation as ProtoRedelegation,
  UnbondingDelegation as ProtoUnbondingDelegation,
  Validator as ProtoValidator,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { SdkCode, SdkError } from "../../app/errors.js";
import { ADDRESS_PREFIX, VALCONS_PREFIX, VALOPER_PREFIX } from "../../crypto/address.js";
import { addressBytes, addressFromPubKey, toAddress } from "../../crypto/index.js";
import { decFromWire, decToWire } from "./decimal.js";
import type { Delegation, Redelegation, StakingParams, UnbondingDelegation, Validator } from "./types.js";

/** Type URL of an ed25519 consensus key inside an `Any`. */
export const ED25519_PUBKEY_TYPE = "/cosmos.crypto.ed25519.PubKey";

const NS_PER_S = 1_000_000_000n;

/** A protobuf `Timestamp` from ns since the epoch. */
export function timestampFromNs(ns: bigint): Timestamp {
  return { seconds: ns / NS_PER_S, nanos: Number(ns % NS_PER_S) };
}

/** ns since the epoch of a protobuf `Timestamp` (undefined reads as 0). */
export function nsFromTimestamp(t: Timestamp | undefined): bigint {
  return t ? t.seconds * NS_PER_S + BigInt(t.nanos) : 0n;
}

/** A protobuf `Duration` from ns. */
export function durationFromNs(ns: bigint): Duration {
  return { seconds: ns / NS_PER_S, nanos: Number(ns % NS_PER_S) };
}

/** ns of a protobuf `Duration`. */
export function nsFromDuration(d: Duration | undefined): bigint {
  return d ? d.seconds * NS_PER_S + BigInt(d.nanos) : 0n;
}

/**
 * Parses a duration written as seconds with an `s` suffix (`"1814400s"`, `"0.5s"`), the
 * SDK's JSON form, or a bare number of seconds.
 * @throws SdkError(invalidRequest) on other text.
 */
export function parseDurationNs(text: string): bigint {
  const m = /^([0-9]+)(?:\.([0-9]{1,9}))?s?$/.exec(text);
  // [REJECT] durations are non-negative seconds with at most nanosecond precision
  if (!m) throw new SdkError(SdkCode.invalidRequest, `invalid duration ${JSON.stringify(text)}`);
  return BigInt(m[1]!) * NS_PER_S + BigInt((m[2] ?? "").padEnd(9, "0"));
}

/** `"1814400s"`: a duration in the SDK's JSON form. */
export function formatDuration(ns: bigint): string {
  const s = ns / NS_PER_S;
  const frac = ns % NS_PER_S;
  return frac === 0n ? `${s}s` : `${s}.${frac.toString().padStart(9, "0").replace(/0+$/, "")}s`;
}

/** Operator address (`stratavaloper…`) of an account address. */
export function operatorOf(account: string): string {
  return toAddress(addressBytes(account), VALOPER_PREFIX);
}

/** Account address (`strata…`) of an operator address. */
export function accountOf(operator: string): string {
  return toAddress(addressBytes(operator, VALOPER_PREFIX), ADDRESS_PREFIX);
}

/**
 * Bytes of an operator address.
 * @throws InvalidAddressError when it is not a `stratavaloper` address.
 */
export function operatorBytes(operator: string): Uint8Array {
  return addressBytes(operator, VALOPER_PREFIX);
}

/** Consensus address bytes of an ed25519 key. */
export function consAddressOf(pubKey: Uint8Array): Uint8Array {
  return addressFromPubKey(pubKey);
}

/** bech32 `stratavalcons…` of consensus address bytes. */
export function consAddressString(consAddress: Uint8Array): string {
  return toAddress(consAddress, VALCONS_PREFIX);
}

/** An ed25519 consensus key as the `Any` the SDK stores and cosmjs encodes. */
export function encodeConsPubKey(pubKey: Uint8Array): Any {
  return { typeUrl: ED25519_PUBKEY_TYPE, value: Ed25519PubKey.encode({ key: pubKey }).finish() };
}

/**
 * The raw key of a consensus-key `Any`.
 * @throws StakingError-compatible SdkError when the Any is not a 32-byte ed25519 key.
 */
export function decodeConsPubKey(any: Any): Uint8Array {
  // [REJECT] consensus keys are ed25519 (the only key type the BFT engine verifies)
  if (any.typeUrl !== ED25519_PUBKEY_TYPE) {
    throw new SdkError(SdkCode.invalidPubKey, `consensus key type ${any.typeUrl} is not supported`);
  }
  let key: Uint8Array;
  try {
    key = Ed25519PubKey.decode(any.value).key;
  } catch (err) {
    throw new SdkError(SdkCode.invalidPubKey, `malformed ed25519 key: ${(err as Error).message}`);
  }
  // [REJECT] an ed25519 public key is 32 bytes
  if (key.length !== 32)
    throw new SdkError(SdkCode.invalidPubKey, `ed25519 key must be 32 bytes, got ${key.length}`);
  return key;
}

/** Protobuf form of a validator (what the store holds and queries return). */
export function validatorToProto(v: Validator): ProtoValidator {
  return {
    operatorAddress: v.operator,
    consensusPubkey: encodeConsPubKey(v.consPubKey),
    jailed: v.jailed,
    status: v.status,
    tokens: v.tokens.toString(),
    delegatorShares: decToWire(v.delegatorShares),
    description: v.description,
    unbondingHeight: v.unbondingHeight,
    unbondingTime: timestampFromNs(v.unbondingTimeNs),
    commission: {
      commissionRates: {
        rate: decToWire(v.commission.rate),
        maxRate: decToWire(v.commission.maxRate),
        maxChangeRate: decToWire(v.commission.maxChangeRate),
      },
      updateTime: timestampFromNs(v.commission.updateTimeNs),
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

/** Encodes a validator record. */
export function encodeValidator(v: Validator): Uint8Array {
  return ProtoValidator.encode(validatorToProto(v)).finish();
}

/** Decodes a stored validator record. */
export function decodeValidator(bytes: Uint8Array): Validator {
  const p = ProtoValidator.decode(bytes);
  const rates = p.commission.commissionRates;
  return {
    operator: p.operatorAddress,
    consPubKey: decodeConsPubKey(p.consensusPubkey!),
    jailed: p.jailed,
    status: p.status,
    tokens: BigInt(p.tokens || "0"),
    delegatorShares: decFromWire(p.delegatorShares || "0"),
    description: p.description,
    unbondingHeight: p.unbondingHeight,
    unbondingTimeNs: nsFromTimestamp(p.unbondingTime),
    commission: {
      rate: decFromWire(rates.rate || "0"),
      maxRate: decFromWire(rates.maxRate || "0"),
      maxChangeRate: decFromWire(rates.maxChangeRate || "0"),
      updateTimeNs: nsFromTimestamp(p.commission.updateTime),
    },
    minSelfDelegation: BigInt(p.minSelfDelegation || "0"),
  };
}

/** Protobuf form of a delegation. */
export function delegationToProto(d: Delegation): ProtoDelegation {
  return { delegatorAddress: d.delegator, validatorAddress: d.operator, shares: decToWire(d.shares) };
}

/** Encodes a delegation record. */
export function encodeDelegation(d: Delegation): Uint8Array {
  return ProtoDelegation.encode(delegationToProto(d)).finish();
}

/** Decodes a stored delegation record. */
export function decodeDelegation(bytes: Uint8Array): Delegation {
  const p = ProtoDelegation.decode(bytes);
  return { delegator: p.delegatorAddress, operator: p.validatorAddress, shares: decFromWire(p.shares) };
}

/** Protobuf form of an unbonding delegation. */
export function unbondingToProto(u: UnbondingDelegation): ProtoUnbondingDelegation {
  return {
    delegatorAddress: u.delegator,
    validatorAddress: u.operator,
    entries: u.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: timestampFromNs(e.completionTimeNs),
      initialBalance: e.initialBalance.toString(),
      balance: e.balance.toString(),
      unbondingId: 0n,
      unbondingOnHoldRefCount: 0n,
    })),
  };
}

/** Encodes an unbonding delegation record. */
export function encodeUnbonding(u: UnbondingDelegation): Uint8Array {
  return ProtoUnbondingDelegation.encode(unbondingToProto(u)).finish();
}

/** Decodes a stored unbonding delegation record. */
export function decodeUnbonding(bytes: Uint8Array): UnbondingDelegation {
  const p = ProtoUnbondingDelegation.decode(bytes);
  return {
    delegator: p.delegatorAddress,
    operator: p.validatorAddress,
    entries: p.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTimeNs: nsFromTimestamp(e.completionTime),
      initialBalance: BigInt(e.initialBalance),
      balance: BigInt(e.balance),
    })),
  };
}

/** Protobuf form of a redelegation. */
export function redelegationToProto(r: Redelegation): ProtoRedelegation {
  return {
    delegatorAddress: r.delegator,
    validatorSrcAddress: r.src,
    validatorDstAddress: r.dst,
    entries: r.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: timestampFromNs(e.completionTimeNs),
      initialBalance: e.initialBalance.toString(),
      sharesDst: decToWire(e.sharesDst),
      unbondingId: 0n,
      unbondingOnHoldRefCount: 0n,
    })),
  };
}

/** Encodes a redelegation record. */
export function encodeRedelegation(r: Redelegation): Uint8Array {
  return ProtoRedelegation.encode(redelegationToProto(r)).finish();
}

/** Decodes a stored redelegation record. */
export function decodeRedelegation(bytes: Uint8Array): Redelegation {
  const p = ProtoRedelegation.decode(bytes);
  return {
    delegator: p.delegatorAddress,
    src: p.validatorSrcAddress,
    dst: p.validatorDstAddress,
    entries: p.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTimeNs: nsFromTimestamp(e.completionTime),
      initialBalance: BigInt(e.initialBalance),
      sharesDst: decFromWire(e.sharesDst),
    })),
  };
}

/** Protobuf form of the params. */
export function paramsToProto(p: StakingParams): ProtoParams {
  return {
    unbondingTime: durationFromNs(p.unbondingTimeNs),
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: decToWire(p.minCommissionRate),
  };
}

/** Decodes stored params. */
export function decodeParams(bytes: Uint8Array): StakingParams {
  const p = ProtoParams.decode(bytes);
  return {
    unbondingTimeNs: nsFromDuration(p.unbondingTime),
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: decFromWire(p.minCommissionRate || "0"),
  };
}

/** Encodes params. */
export function encodeParams(p: StakingParams): Uint8Array {
  return ProtoParams.encode(paramsToProto(p)).finish();
}
