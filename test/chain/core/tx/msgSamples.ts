/**
 * One fully populated value (every field set, repeated fields twice) of each Cosmos message the
 * chain handles, encoded by `cosmjs-types`: the reference the hand-written schemas are checked
 * against.
 */
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import {
  MsgFundCommunityPool,
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawValidatorCommission,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import {
  MsgBeginRedelegate,
  MsgCancelUnbondingDelegation,
  MsgCreateValidator,
  MsgDelegate,
  MsgEditValidator,
  MsgUndelegate,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";

const coins = [
  { denom: "ustra", amount: "1" },
  { denom: "uatom", amount: "2" },
];
const description = { moniker: "m", identity: "i", website: "w", securityContact: "s", details: "d" };

/** Encoded samples by type URL. */
export function cosmosMsgSamples(): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const add = <T>(
    codec: { typeUrl: string; encode(m: T): { finish(): Uint8Array }; fromPartial(o: object): T },
    o: object,
  ) => out.set(codec.typeUrl, codec.encode(codec.fromPartial(o)).finish());
  add(MsgSend, { fromAddress: "a", toAddress: "b", amount: coins });
  add(MsgMultiSend, {
    inputs: [
      { address: "a", coins },
      { address: "b", coins },
    ],
    outputs: [
      { address: "c", coins },
      { address: "d", coins },
    ],
  });
  add(MsgCreateValidator, {
    description,
    commission: { rate: "1", maxRate: "2", maxChangeRate: "3" },
    minSelfDelegation: "1",
    delegatorAddress: "a",
    validatorAddress: "v",
    pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Uint8Array.of(0x0a, 2, 1, 2) },
    value: coins[0],
  });
  add(MsgEditValidator, { description, validatorAddress: "v", commissionRate: "1", minSelfDelegation: "2" });
  add(MsgDelegate, { delegatorAddress: "a", validatorAddress: "v", amount: coins[0] });
  add(MsgUndelegate, { delegatorAddress: "a", validatorAddress: "v", amount: coins[0] });
  add(MsgBeginRedelegate, {
    delegatorAddress: "a",
    validatorSrcAddress: "v",
    validatorDstAddress: "w",
    amount: coins[0],
  });
  add(MsgCancelUnbondingDelegation, {
    delegatorAddress: "a",
    validatorAddress: "v",
    amount: coins[0],
    creationHeight: 5n,
  });
  add(MsgSetWithdrawAddress, { delegatorAddress: "a", withdrawAddress: "b" });
  add(MsgWithdrawDelegatorReward, { delegatorAddress: "a", validatorAddress: "v" });
  add(MsgWithdrawValidatorCommission, { validatorAddress: "v" });
  add(MsgFundCommunityPool, { amount: coins, depositor: "a" });
  add(MsgUnjail, { validatorAddr: "v" });
  return out;
}
