import {
  MsgWithdrawValidatorCommission,
  MsgWithdrawValidatorCommissionResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { toProtoCoins } from "../../app/coins.js";
import type { MsgHandler } from "../../app/module.js";
import { accountOf, operatorBytes } from "../staking/index.js";
import { type DistributionDeps, withdrawValidatorCommission } from "./rewards.js";
import { canonicalOperator } from "./validation.js";

/** `MsgWithdrawValidatorCommission`: pays the validator's accumulated commission to its operator. */
export function withdrawValidatorCommissionHandler(
  d: DistributionDeps,
): MsgHandler<MsgWithdrawValidatorCommission> {
  return {
    typeUrl: MsgWithdrawValidatorCommission.typeUrl,
    decode: (bytes) => MsgWithdrawValidatorCommission.decode(bytes),
    validateBasic(msg) {
      // [REJECT] the validator address must be a valid stratavaloper address
      operatorBytes(msg.validatorAddress);
    },
    signers: (msg) => [accountOf(msg.validatorAddress)],
    execute(ctx, msg) {
      const amount = withdrawValidatorCommission(d, ctx, canonicalOperator(msg.validatorAddress));
      return {
        typeUrl: MsgWithdrawValidatorCommissionResponse.typeUrl,
        value: MsgWithdrawValidatorCommissionResponse.encode({ amount: toProtoCoins(amount) }).finish(),
      };
    },
  };
}
