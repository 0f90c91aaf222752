import { MsgUndelegate, MsgUndelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { MsgHandler } from "../../app/module.js";
import { sharesForAmount, undelegate } from "./bonding.js";
import { timestampFromNs } from "./codec.js";
import type { StakingDeps } from "./deps.js";
import { stakingStore } from "./store.js";
import {
  assertBondDenom,
  checkAccount,
  checkOperator,
  formatTimeNs,
  normAccount,
  normOperator,
  parseAmount,
} from "./validation.js";

/** `MsgUndelegate`: unbonds tokens; they are paid out when the unbonding time has passed. */
export function undelegateHandler(d: StakingDeps): MsgHandler<MsgUndelegate> {
  return {
    typeUrl: MsgUndelegate.typeUrl,
    decode: (bytes) => MsgUndelegate.decode(bytes),
    validateBasic(msg) {
      checkAccount(msg.delegatorAddress);
      checkOperator(msg.validatorAddress);
      parseAmount(msg.amount, "shares");
    },
    signers: (msg) => [msg.delegatorAddress],
    execute(ctx, msg) {
      const delegator = normAccount(msg.delegatorAddress);
      const operator = normOperator(msg.validatorAddress);
      const { denom, amount } = parseAmount(msg.amount, "shares");
      const shares = sharesForAmount(ctx, delegator, operator, amount);
      assertBondDenom(denom, stakingStore.getParams(ctx).bondDenom);
      const done = undelegate(d, ctx, delegator, operator, shares);
      ctx.events.emit("unbond", {
        validator: operator,
        delegator,
        amount: `${done.amount}${denom}`,
        completion_time: formatTimeNs(done.completionTimeNs),
      });
      return {
        typeUrl: MsgUndelegateResponse.typeUrl,
        value: MsgUndelegateResponse.encode({
          completionTime: timestampFromNs(done.completionTimeNs),
          amount: { denom, amount: done.amount.toString() },
        }).finish(),
      };
    },
  };
}
