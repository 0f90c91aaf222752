import { MsgDelegate, MsgDelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { MsgHandler } from "../../app/module.js";
import { delegate } from "./bonding.js";
import { decToString } from "./decimal.js";
import type { StakingDeps } from "./deps.js";
import { StakingCode, StakingError } from "./errors.js";
import { stakingStore } from "./store.js";
import { BondStatus } from "./types.js";
import {
  assertBondDenom,
  checkAccount,
  checkOperator,
  normAccount,
  normOperator,
  parseAmount,
} from "./validation.js";

/** `MsgDelegate`: bonds tokens from the delegator's account to a validator. */
export function delegateHandler(d: StakingDeps): MsgHandler<MsgDelegate> {
  return {
    typeUrl: MsgDelegate.typeUrl,
    decode: (bytes) => MsgDelegate.decode(bytes),
    validateBasic(msg) {
      checkAccount(msg.delegatorAddress);
      checkOperator(msg.validatorAddress);
      parseAmount(msg.amount);
    },
    signers: (msg) => [msg.delegatorAddress],
    execute(ctx, msg) {
      const delegator = normAccount(msg.delegatorAddress);
      const operator = normOperator(msg.validatorAddress);
      const { denom, amount } = parseAmount(msg.amount);
      const validator = stakingStore.getValidator(ctx, operator);
      // [REJECT] the validator must exist
      if (!validator) throw new StakingError(StakingCode.noValidatorFound, `validator ${operator}`);
      assertBondDenom(denom, stakingStore.getParams(ctx).bondDenom);
      const shares = delegate(d, ctx, delegator, amount, BondStatus.BOND_STATUS_UNBONDED, validator, true);
      ctx.events.emit("delegate", {
        validator: operator,
        delegator,
        amount: `${amount}${denom}`,
        new_shares: decToString(shares),
      });
      return { typeUrl: MsgDelegateResponse.typeUrl, value: MsgDelegateResponse.encode({}).finish() };
    },
  };
}
