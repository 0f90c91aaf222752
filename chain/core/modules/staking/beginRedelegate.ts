import { MsgBeginRedelegate, MsgBeginRedelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { MsgHandler } from "../../app/module.js";
import { beginRedelegation, sharesForAmount } from "./bonding.js";
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

/** `MsgBeginRedelegate`: moves a delegation to another validator without waiting to unbond. */
export function beginRedelegateHandler(d: StakingDeps): MsgHandler<MsgBeginRedelegate> {
  return {
    typeUrl: MsgBeginRedelegate.typeUrl,
    decode: (bytes) => MsgBeginRedelegate.decode(bytes),
    validateBasic(msg) {
      checkAccount(msg.delegatorAddress);
      checkOperator(msg.validatorSrcAddress);
      checkOperator(msg.validatorDstAddress);
      parseAmount(msg.amount, "shares");
    },
    signers: (msg) => [msg.delegatorAddress],
    execute(ctx, msg) {
      const delegator = normAccount(msg.delegatorAddress);
      const src = normOperator(msg.validatorSrcAddress);
      const dst = normOperator(msg.validatorDstAddress);
      const { denom, amount } = parseAmount(msg.amount, "shares");
      const shares = sharesForAmount(ctx, delegator, src, amount);
      assertBondDenom(denom, stakingStore.getParams(ctx).bondDenom);
      const completionTimeNs = beginRedelegation(d, ctx, delegator, src, dst, shares);
      ctx.events.emit("redelegate", {
        source_validator: src,
        destination_validator: dst,
        delegator,
        amount: `${amount}${denom}`,
        completion_time: formatTimeNs(completionTimeNs),
      });
      return {
        typeUrl: MsgBeginRedelegateResponse.typeUrl,
        value: MsgBeginRedelegateResponse.encode({
          completionTime: timestampFromNs(completionTimeNs),
        }).finish(),
      };
    },
  };
}
