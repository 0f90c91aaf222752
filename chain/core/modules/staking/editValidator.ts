import type { Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgEditValidator, MsgEditValidatorResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { MsgHandler } from "../../app/module.js";
import { accountOf } from "./codec.js";
import { DEC_ONE, decFromWire, decToString } from "./decimal.js";
import { runHooks, type StakingDeps } from "./deps.js";
import { StakingCode, StakingError } from "./errors.js";
import { stakingStore } from "./store.js";
import {
  checkOperator,
  ensureDescriptionLength,
  isEmptyDescription,
  normOperator,
  validateNewRate,
} from "./validation.js";

/** The SDK's sentinel for "leave this description field as it is". */
export const DO_NOT_MODIFY = "[do-not-modify]";

function updateDescription(old: Description, next: Description): Description {
  const pick = (field: keyof Description) => (next[field] === DO_NOT_MODIFY ? old[field] : next[field]);
  return {
    moniker: pick("moniker"),
    identity: pick("identity"),
    website: pick("website"),
    securityContact: pick("securityContact"),
    details: pick("details"),
  };
}

/** `MsgEditValidator`: updates description, commission rate (once per 24 h) and minimum self-delegation. */
export function editValidatorHandler(d: StakingDeps): MsgHandler<MsgEditValidator> {
  return {
    typeUrl: MsgEditValidator.typeUrl,
    decode: (bytes) => MsgEditValidator.decode(bytes),
    validateBasic(msg) {
      checkOperator(msg.validatorAddress);
      // [REJECT] the description must not be empty (clients send [do-not-modify] to keep fields)
      if (isEmptyDescription(msg.description))
        throw new SdkError(SdkCode.invalidRequest, "empty description");
      // [REJECT] a new minimum self-delegation must be a positive integer
      if (
        msg.minSelfDelegation &&
        (!/^[0-9]{1,78}$/.test(msg.minSelfDelegation) || BigInt(msg.minSelfDelegation) <= 0n)
      )
        throw new SdkError(SdkCode.invalidRequest, "minimum self delegation must be a positive integer");
      if (msg.commissionRate) {
        const rate = decFromWire(msg.commissionRate);
        // [REJECT] a new commission rate must be within [0, 1]
        if (rate < 0n || rate > DEC_ONE)
          throw new SdkError(SdkCode.invalidRequest, "commission rate must be between 0 and 1 (inclusive)");
      }
    },
    signers: (msg) => [accountOf(msg.validatorAddress)],
    execute(ctx, msg) {
      const operator = normOperator(msg.validatorAddress);
      const validator = stakingStore.getValidator(ctx, operator);
      // [REJECT] the validator must exist
      if (!validator) throw new StakingError(StakingCode.noValidatorFound, `validator ${operator}`);
      const description = updateDescription(validator.description, msg.description);
      ensureDescriptionLength(description);
      let commission = validator.commission;
      if (msg.commissionRate) {
        const rate = decFromWire(msg.commissionRate);
        validateNewRate(commission, rate, ctx.block.timeNs);
        // [REJECT] the new rate must not be below the chain's minimum
        if (rate < stakingStore.getParams(ctx).minCommissionRate)
          throw new StakingError(
            StakingCode.commissionLTMinRate,
            "cannot set validator commission to less than minimum rate",
          );
        runHooks(d, "beforeValidatorModified", ctx, operator);
        commission = { ...commission, rate, updateTimeNs: ctx.block.timeNs };
      }
      let minSelfDelegation = validator.minSelfDelegation;
      if (msg.minSelfDelegation) {
        const next = BigInt(msg.minSelfDelegation);
        // [REJECT] the minimum self-delegation can only rise
        if (next <= minSelfDelegation) throw new StakingError(StakingCode.minSelfDelegationDecreased);
        // [REJECT] and not above the validator's tokens
        if (next > validator.tokens) throw new StakingError(StakingCode.selfDelegationBelowMinimum);
        minSelfDelegation = next;
      }
      stakingStore.setValidator(ctx, { ...validator, description, commission, minSelfDelegation });
      ctx.events.emit("edit_validator", {
        commission_rate: decToString(commission.rate),
        min_self_delegation: minSelfDelegation.toString(),
      });
      return {
        typeUrl: MsgEditValidatorResponse.typeUrl,
        value: MsgEditValidatorResponse.encode({}).finish(),
      };
    },
  };
}
