import type { Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgCreateValidator, MsgCreateValidatorResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { MsgHandler } from "../../app/module.js";
import { delegate } from "./bonding.js";
import { accountOf, consAddressOf, decodeConsPubKey } from "./codec.js";
import { type Dec, decFromWire } from "./decimal.js";
import { runHooks, type StakingDeps } from "./deps.js";
import { StakingCode, StakingError } from "./errors.js";
import { stakingStore } from "./store.js";
import { BondStatus, type Validator } from "./types.js";
import {
  assertBondDenom,
  checkAccount,
  checkOperator,
  ensureDescriptionLength,
  isEmptyDescription,
  normOperator,
  parseAmount,
  validateCommissionRates,
} from "./validation.js";

/** Everything needed to create a validator (from a message or from genesis). */
export interface NewValidator {
  operator: string;
  consPubKey: Uint8Array;
  description: Description;
  rate: Dec;
  maxRate: Dec;
  maxChangeRate: Dec;
  minSelfDelegation: bigint;
  /** Self-delegation in the bond denom, taken from the operator's account. */
  selfDelegation: bigint;
}

/**
 * Creates a validator (unbonded until the next end-block ranks it) and its self-delegation from
 * the operator's account.
 * @throws StakingError for a taken operator or key, a bad commission; SdkError(insufficientFunds)
 *   when the operator cannot pay the self-delegation.
 */
export function createValidator(d: StakingDeps, ctx: Context, input: NewValidator): Validator {
  const params = stakingStore.getParams(ctx);
  // [REJECT] commission below the chain's minimum rate
  if (input.rate < params.minCommissionRate) {
    throw new StakingError(
      StakingCode.commissionLTMinRate,
      "cannot set validator commission to less than minimum rate",
    );
  }
  // [REJECT] one validator per operator
  if (stakingStore.getValidator(ctx, input.operator))
    throw new StakingError(StakingCode.validatorOwnerExists);
  // [REJECT] one validator per consensus key
  if (stakingStore.getValidatorByConsAddr(ctx, consAddressOf(input.consPubKey)))
    throw new StakingError(StakingCode.validatorPubKeyExists);
  ensureDescriptionLength(input.description);
  validateCommissionRates(input.rate, input.maxRate, input.maxChangeRate);
  // [REJECT] the self-delegation must cover the declared minimum
  if (input.selfDelegation < input.minSelfDelegation)
    throw new StakingError(StakingCode.selfDelegationBelowMinimum);

  const validator: Validator = {
    operator: input.operator,
    consPubKey: input.consPubKey,
    jailed: false,
    status: BondStatus.BOND_STATUS_UNBONDED,
    tokens: 0n,
    delegatorShares: 0n,
    description: input.description,
    unbondingHeight: 0n,
    unbondingTimeNs: 0n,
    commission: {
      rate: input.rate,
      maxRate: input.maxRate,
      maxChangeRate: input.maxChangeRate,
      updateTimeNs: ctx.block.timeNs,
    },
    minSelfDelegation: input.minSelfDelegation,
  };
  stakingStore.setValidator(ctx, validator);
  stakingStore.setValidatorByConsAddr(ctx, validator);
  stakingStore.setPowerIndex(ctx, validator);
  runHooks(d, "afterValidatorCreated", ctx, validator.operator);
  delegate(
    d,
    ctx,
    accountOf(input.operator),
    input.selfDelegation,
    BondStatus.BOND_STATUS_UNBONDED,
    validator,
    true,
  );
  ctx.events.emit("create_validator", {
    validator: input.operator,
    amount: `${input.selfDelegation}${params.bondDenom}`,
  });
  return stakingStore.getValidator(ctx, input.operator)!;
}

function parseRates(msg: MsgCreateValidator): { rate: Dec; maxRate: Dec; maxChangeRate: Dec } {
  const c = msg.commission;
  // [REJECT] commission rates must be present
  if (!c || (!c.rate && !c.maxRate && !c.maxChangeRate))
    throw new SdkError(SdkCode.invalidRequest, "empty commission");
  return {
    rate: decFromWire(c.rate),
    maxRate: decFromWire(c.maxRate),
    maxChangeRate: decFromWire(c.maxChangeRate),
  };
}

function parseMinSelf(text: string): bigint {
  // [REJECT] minimum self delegation must be a positive integer
  if (!/^[0-9]{1,78}$/.test(text) || BigInt(text) <= 0n) {
    throw new SdkError(SdkCode.invalidRequest, "minimum self delegation must be a positive integer");
  }
  return BigInt(text);
}

/** `MsgCreateValidator`: registers a validator with an ed25519 consensus key and a self-delegation. */
export function createValidatorHandler(d: StakingDeps): MsgHandler<MsgCreateValidator> {
  return {
    typeUrl: MsgCreateValidator.typeUrl,
    decode: (bytes) => MsgCreateValidator.decode(bytes),
    validateBasic(msg) {
      checkOperator(msg.validatorAddress);
      // [REJECT] a deprecated delegator address, when given, must be the operator's account
      if (msg.delegatorAddress) {
        checkAccount(msg.delegatorAddress);
        if (msg.delegatorAddress !== accountOf(msg.validatorAddress))
          throw new SdkError(
            SdkCode.invalidRequest,
            "delegator address must be the validator operator's account",
          );
      }
      // [REJECT] the consensus key is required and must be ed25519
      if (!msg.pubkey) throw new StakingError(StakingCode.emptyValidatorPubKey);
      decodeConsPubKey(msg.pubkey);
      const value = parseAmount(msg.value);
      // [REJECT] the description must not be empty
      if (isEmptyDescription(msg.description))
        throw new SdkError(SdkCode.invalidRequest, "empty description");
      const { rate, maxRate, maxChangeRate } = parseRates(msg);
      validateCommissionRates(rate, maxRate, maxChangeRate);
      const minSelf = parseMinSelf(msg.minSelfDelegation);
      // [REJECT] the self-delegation must cover the declared minimum
      if (value.amount < minSelf) throw new StakingError(StakingCode.selfDelegationBelowMinimum);
    },
    signers: (msg) => [accountOf(msg.validatorAddress)],
    execute(ctx, msg) {
      const value = parseAmount(msg.value);
      assertBondDenom(value.denom, stakingStore.getParams(ctx).bondDenom);
      createValidator(d, ctx, {
        operator: normOperator(msg.validatorAddress),
        consPubKey: decodeConsPubKey(msg.pubkey!),
        description: msg.description,
        ...parseRates(msg),
        minSelfDelegation: parseMinSelf(msg.minSelfDelegation),
        selfDelegation: value.amount,
      });
      return {
        typeUrl: MsgCreateValidatorResponse.typeUrl,
        value: MsgCreateValidatorResponse.encode({}).finish(),
      };
    },
  };
}
