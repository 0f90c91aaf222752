import {
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { toProtoCoins } from "../../app/coins.js";
import type { MsgHandler } from "../../app/module.js";
import { addressBytes } from "../../crypto/index.js";
import { operatorBytes } from "../staking/index.js";
import { DistributionCode, DistributionError } from "./errors.js";
import { type DistributionDeps, initializeDelegation, withdrawDelegationRewards } from "./rewards.js";
import { canonicalAccount, canonicalOperator } from "./validation.js";

/** `MsgWithdrawDelegatorReward`: pays a delegation's rewards to the delegator's withdraw address. */
export function withdrawDelegatorRewardHandler(d: DistributionDeps): MsgHandler<MsgWithdrawDelegatorReward> {
  return {
    typeUrl: MsgWithdrawDelegatorReward.typeUrl,
    decode: (bytes) => MsgWithdrawDelegatorReward.decode(bytes),
    validateBasic(msg) {
      // [REJECT] both addresses must be valid (account and stratavaloper)
      addressBytes(msg.delegatorAddress);
      operatorBytes(msg.validatorAddress);
    },
    signers: (msg) => [msg.delegatorAddress],
    execute(ctx, msg) {
      const delegator = canonicalAccount(msg.delegatorAddress);
      const operator = canonicalOperator(msg.validatorAddress);
      const validator = d.staking.validator(ctx, operator);
      // [REJECT] the validator must exist
      if (!validator) throw new DistributionError(DistributionCode.noValidatorDistInfo);
      const delegation = d.staking.delegation(ctx, delegator, operator);
      // [REJECT] the delegation must exist
      if (!delegation) throw new DistributionError(DistributionCode.emptyDelegationDistInfo);
      const amount = withdrawDelegationRewards(d, ctx, validator, delegator, delegation.shares);
      initializeDelegation(d, ctx, operator, delegator);
      return {
        typeUrl: MsgWithdrawDelegatorRewardResponse.typeUrl,
        value: MsgWithdrawDelegatorRewardResponse.encode({
          amount: toProtoCoins(amount.filter((c) => c.amount > 0n)),
        }).finish(),
      };
    },
  };
}
