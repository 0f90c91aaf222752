import {
  MsgSetWithdrawAddress,
  MsgSetWithdrawAddressResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { MsgHandler } from "../../app/module.js";
import { addressBytes } from "../../crypto/index.js";
import { DistributionCode, DistributionError } from "./errors.js";
import type { DistributionDeps } from "./rewards.js";
import { distributionStore } from "./store.js";
import { canonicalAccount } from "./validation.js";

/** `MsgSetWithdrawAddress`: sends the delegator's future rewards (and commission) elsewhere. */
export function setWithdrawAddressHandler(d: DistributionDeps): MsgHandler<MsgSetWithdrawAddress> {
  return {
    typeUrl: MsgSetWithdrawAddress.typeUrl,
    decode: (bytes) => MsgSetWithdrawAddress.decode(bytes),
    validateBasic(msg) {
      // [REJECT] both addresses must be valid accounts
      addressBytes(msg.delegatorAddress);
      addressBytes(msg.withdrawAddress);
    },
    signers: (msg) => [msg.delegatorAddress],
    execute(ctx, msg) {
      const delegator = canonicalAccount(msg.delegatorAddress);
      const withdraw = canonicalAccount(msg.withdrawAddress);
      // [REJECT] only when the chain allows withdraw addresses
      if (!distributionStore.getParams(ctx).withdrawAddrEnabled)
        throw new DistributionError(DistributionCode.setWithdrawAddrDisabled);
      // [REJECT] module accounts cannot receive rewards: bank's blocked addresses (declared even
      // before the account exists) and any other existing module account
      if (d.bank.isBlockedAddr(withdraw) || d.accounts.getAccount(ctx, withdraw)?.moduleName !== undefined)
        throw new SdkError(SdkCode.unauthorized, `${withdraw} is not allowed to receive funds`);
      if (withdraw === delegator) distributionStore.deleteWithdrawAddress(ctx, delegator);
      else distributionStore.setWithdrawAddress(ctx, delegator, withdraw);
      ctx.events.emit("set_withdraw_address", { withdraw_address: withdraw });
      return {
        typeUrl: MsgSetWithdrawAddressResponse.typeUrl,
        value: MsgSetWithdrawAddressResponse.encode({}).finish(),
      };
    },
  };
}
