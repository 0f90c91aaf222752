/**
 * `strata tx staking delegate|unbond|redelegate` and `strata tx distribution withdraw-rewards`:
 * the Cosmos staking and distribution messages of every layer, sent by the unmodified cosmjs
 * `SigningStargateClient` (`delegateTokens`, `undelegateTokens`, `withdrawRewards`,
 * `signAndBroadcast` for a redelegation or several withdrawals).
 */
import { fromBech32 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { type DeliverTxResponse, QueryClient, setupStakingExtension } from "@cosmjs/stargate";
import { type Command, InvalidArgumentError } from "commander";
import { MsgWithdrawDelegatorReward } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import {
  MsgBeginRedelegate,
  MsgBeginRedelegateResponse,
  MsgDelegate,
  MsgUndelegate,
  MsgUndelegateResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { StrataError } from "../../../chain/core/errors/index.js";
import { addTxOptions, parseUstra, runCosmjsTx } from "./common.js";

const DENOM = "ustra";

/** Error codes of the staking commands (codespace `cli`; numbers 40–49 are theirs). */
export enum StakingCommandCode {
  /** `withdraw-rewards` without a validator, from a key that delegates to none. */
  noDelegations = 40,
}

/** A validator operator address flag (`stratavaloper1…`). */
export function parseValoper(value: string): string {
  let prefix: string;
  try {
    prefix = fromBech32(value.trim(), 90).prefix;
  } catch {
    throw new InvalidArgumentError("expected a validator operator address (stratavaloper1…)");
  }
  if (prefix !== "stratavaloper")
    throw new InvalidArgumentError(
      `expected a validator operator address (stratavaloper1…), got a ${prefix}1… address`,
    );
  return value.trim();
}

/** A protobuf timestamp as ISO 8601 (UTC). */
export function isoTime(t: Timestamp | undefined): string {
  if (t === undefined) return "";
  return new Date(Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6)).toISOString();
}

// The completion time a MsgUndelegate / MsgBeginRedelegate response carries.
function completionOf(r: DeliverTxResponse, decode: (bytes: Uint8Array) => { completionTime?: Timestamp }) {
  const response = r.msgResponses[0];
  return response ? isoTime(decode(response.value).completionTime) : "";
}

// Sum of the `withdraw_rewards` event amounts (ustra) of a transaction.
function withdrawn(r: DeliverTxResponse): string {
  let total = 0n;
  for (const e of r.events) {
    if (e.type !== "withdraw_rewards") continue;
    const amount = e.attributes.find((a) => a.key === "amount")?.value ?? "";
    for (const coin of amount.split(",")) {
      const m = /^([0-9]+)ustra$/.exec(coin.trim());
      if (m) total += BigInt(m[1]!);
    }
  }
  return total.toString();
}

/** Registers `tx staking …` and `tx distribution …` on the `tx` command. */
export function registerStakingTx(tx: Command): void {
  const staking = tx.command("staking").description("staking transactions: delegate, unbond, redelegate");

  addTxOptions(
    staking
      .command("delegate")
      .description("bond ustra from a keyring key to a validator")
      .argument("<from>", "keyring key of the delegator")
      .argument("<validator>", "validator operator address (stratavaloper1…)", parseValoper)
      .argument("<amount>", "ustra to bond, e.g. 1000000 or 1000000ustra", parseUstra),
  ).action(async (from: string, validator: string, amount: string, _opts, cmd: Command) => {
    await runCosmjsTx(
      cmd,
      from,
      (delegator) => [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgDelegate",
          value: MsgDelegate.fromPartial({
            delegatorAddress: delegator,
            validatorAddress: validator,
            amount: { denom: DENOM, amount },
          }),
        },
      ],
      ({ signing, sender, fee, memo }) =>
        signing.delegateTokens(sender, validator, { denom: DENOM, amount }, fee, memo),
      () => ({
        fields: { validator, amount },
        text: [`delegated ${amount}${DENOM} to ${validator}`],
      }),
    );
  });

  addTxOptions(
    staking
      .command("unbond")
      .description("unbond ustra from a validator; it returns to the key after the unbonding time")
      .argument("<from>", "keyring key of the delegator")
      .argument("<validator>", "validator operator address (stratavaloper1…)", parseValoper)
      .argument("<amount>", "ustra to unbond, e.g. 1000000 or 1000000ustra", parseUstra),
  ).action(async (from: string, validator: string, amount: string, _opts, cmd: Command) => {
    await runCosmjsTx(
      cmd,
      from,
      (delegator) => [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate",
          value: MsgUndelegate.fromPartial({
            delegatorAddress: delegator,
            validatorAddress: validator,
            amount: { denom: DENOM, amount },
          }),
        },
      ],
      ({ signing, sender, fee, memo }) =>
        signing.undelegateTokens(sender, validator, { denom: DENOM, amount }, fee, memo),
      (r) => {
        const completionTime = completionOf(r, (b) => MsgUndelegateResponse.decode(b));
        return {
          fields: { validator, amount, completionTime },
          text: [`unbonding ${amount}${DENOM} from ${validator}; completes at ${completionTime}`],
        };
      },
    );
  });

  addTxOptions(
    staking
      .command("redelegate")
      .description("move bonded ustra from one validator to another at once (no unbonding wait)")
      .argument("<from>", "keyring key of the delegator")
      .argument("<src-validator>", "validator it leaves (stratavaloper1…)", parseValoper)
      .argument("<dst-validator>", "validator it joins (stratavaloper1…)", parseValoper)
      .argument("<amount>", "ustra to move, e.g. 1000000 or 1000000ustra", parseUstra),
  ).action(async (from: string, src: string, dst: string, amount: string, _opts, cmd: Command) => {
    await runCosmjsTx(
      cmd,
      from,
      (delegator) => [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
          value: MsgBeginRedelegate.fromPartial({
            delegatorAddress: delegator,
            validatorSrcAddress: src,
            validatorDstAddress: dst,
            amount: { denom: DENOM, amount },
          }),
        },
      ],
      // cosmjs has no redelegate method: the same signAndBroadcast its methods use.
      ({ signing, sender, messages, fee, memo }) => signing.signAndBroadcast(sender, messages, fee, memo),
      (r) => {
        const completionTime = completionOf(r, (b) => MsgBeginRedelegateResponse.decode(b));
        return {
          fields: { srcValidator: src, dstValidator: dst, amount, completionTime },
          text: [`redelegated ${amount}${DENOM} from ${src} to ${dst}; matures at ${completionTime}`],
        };
      },
    );
  });

  const distribution = tx.command("distribution").description("distribution transactions: withdraw rewards");
  addTxOptions(
    distribution
      .command("withdraw-rewards")
      .description(
        "withdraw a key's staking rewards from one validator, or from every validator it delegates to",
      )
      .argument("<from>", "keyring key of the delegator")
      .argument(
        "[validator]",
        "validator operator address (default: all of the key's delegations)",
        parseValoper,
      ),
  ).action(async (from: string, validator: string | undefined, _opts, cmd: Command) => {
    await runCosmjsTx(
      cmd,
      from,
      async (delegator, client): Promise<EncodeObject[]> => {
        let validators = validator ? [validator] : [];
        if (!validator) {
          const q = QueryClient.withExtensions(client.comet, setupStakingExtension);
          const { delegationResponses } = await q.staking.delegatorDelegations(delegator);
          validators = delegationResponses.map((d) => d.delegation.validatorAddress);
          if (validators.length === 0)
            throw new StrataError(
              "cli",
              StakingCommandCode.noDelegations,
              `${delegator} delegates to no validator`,
            );
        }
        return validators.map((v) => ({
          typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
          value: MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: delegator, validatorAddress: v }),
        }));
      },
      ({ signing, sender, messages, fee, memo }) =>
        validator
          ? signing.withdrawRewards(sender, validator, fee, memo)
          : signing.signAndBroadcast(sender, messages, fee, memo),
      (r) => {
        const amount = withdrawn(r);
        return { fields: { amount }, text: [`withdrew ${amount}${DENOM} of rewards`] };
      },
    );
  });
}
