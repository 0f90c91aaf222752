import { MsgUnjail, MsgUnjailResponse } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import type { Context } from "../../app/context.js";
import type { MsgHandler } from "../../app/module.js";
import { VALOPER_PREFIX } from "../../crypto/address.js";
import { toAddress } from "../../crypto/index.js";
import { accountOf, consAddressOf, decQuo, decTruncate, operatorBytes } from "../staking/index.js";
import { SlashingCode, SlashingError } from "./errors.js";
import type { StakingKeeper } from "./expectedKeepers.js";
import { slashingStore } from "./store.js";

/**
 * Releases a jailed validator (the SDK's `Keeper.Unjail`) once its jail time has passed and its
 * self-delegation covers its minimum; a tombstoned validator stays jailed forever.
 * @throws SlashingError with the SDK's code for the first broken rule.
 */
export function unjail(staking: StakingKeeper, ctx: Context, operator: string): void {
  const validator = staking.validator(ctx, operator);
  // [REJECT] the validator must exist
  if (!validator) throw new SlashingError(SlashingCode.noValidatorForAddress);
  const self = staking.delegation(ctx, accountOf(operator), operator);
  // [REJECT] the operator must still self-delegate
  if (!self) throw new SlashingError(SlashingCode.missingSelfDelegation);
  const tokens =
    validator.delegatorShares === 0n
      ? 0n
      : decTruncate(decQuo(self.shares * validator.tokens, validator.delegatorShares));
  // [REJECT] the self-delegation must cover the minimum
  if (tokens < validator.minSelfDelegation) {
    throw new SlashingError(
      SlashingCode.selfDelegationTooLowToUnjail,
      `${tokens} less than ${validator.minSelfDelegation}`,
    );
  }
  // [REJECT] only a jailed validator can be unjailed
  if (!validator.jailed) throw new SlashingError(SlashingCode.validatorNotJailed);
  const consAddress = consAddressOf(validator.consPubKey);
  const info = slashingStore.getSigningInfo(ctx, consAddress);
  // A validator jailed without a signing info was never bonded (it fell below its minimum).
  if (info) {
    // [REJECT] a tombstoned validator can never return
    if (info.tombstoned) throw new SlashingError(SlashingCode.validatorJailed, "validator is tombstoned");
    // [REJECT] not before the jail time has passed
    if (ctx.block.timeNs < info.jailedUntilNs) throw new SlashingError(SlashingCode.validatorJailed);
  }
  staking.unjail(ctx, consAddress);
}

/** `MsgUnjail`: the operator asks to return to the validator set after downtime jail. */
export function unjailHandler(staking: StakingKeeper): MsgHandler<MsgUnjail> {
  return {
    typeUrl: MsgUnjail.typeUrl,
    decode: (bytes) => MsgUnjail.decode(bytes),
    validateBasic(msg) {
      // [REJECT] the validator address must be a valid stratavaloper address
      operatorBytes(msg.validatorAddr);
    },
    signers: (msg) => [accountOf(msg.validatorAddr)],
    execute(ctx, msg) {
      const operator = toAddress(operatorBytes(msg.validatorAddr), VALOPER_PREFIX);
      unjail(staking, ctx, operator);
      ctx.events.emit("unjail", { validator: operator });
      return { typeUrl: MsgUnjailResponse.typeUrl, value: MsgUnjailResponse.encode({}).finish() };
    },
  };
}
