/**
 * `strata query staking validators|validator|delegations|delegation|unbonding` and
 * `strata query distribution rewards`: read through cosmjs's `QueryClient` staking and
 * distribution extensions. Decimals (shares, rates, rewards) are printed as decimals, times as
 * ISO 8601, statuses by name.
 */
import { Decimal } from "@cosmjs/math";
import {
  type DistributionExtension,
  QueryClient,
  type StakingExtension,
  setupDistributionExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { type Command, Option } from "commander";
import type { DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import {
  BondStatus,
  type DelegationResponse,
  type UnbondingDelegation,
  type Validator,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { isNotFoundError } from "../../../client/index.js";
import { connectNode } from "../../nodeUrl.js";
import { outputFormat, printResult } from "../../output.js";
import { isoTime, parseValoper } from "../tx/staking.js";
import { addNodeOption, lines, notFound } from "./common.js";

type Queries = QueryClient & StakingExtension & DistributionExtension;

/** Runs `fn` with the staking and distribution query extensions on `--node`, then disconnects. */
async function withQueries<T>(cmd: Command, fn: (q: Queries) => Promise<T>): Promise<T> {
  const comet = await connectNode((cmd.opts() as { node: string }).node);
  try {
    return await fn(QueryClient.withExtensions(comet, setupStakingExtension, setupDistributionExtension));
  } finally {
    comet.disconnect();
  }
}

/** Every page of a paginated cosmjs query. */
async function allPages<R extends { pagination?: { nextKey: Uint8Array } }, T>(
  page: (key?: Uint8Array) => Promise<R>,
  items: (r: R) => T[],
): Promise<T[]> {
  const out: T[] = [];
  let key: Uint8Array | undefined;
  do {
    const r = await page(key);
    out.push(...items(r));
    key = r.pagination?.nextKey && r.pagination.nextKey.length > 0 ? r.pagination.nextKey : undefined;
  } while (key !== undefined);
  return out;
}

/** An 18-decimal protobuf `Dec` (cosmjs gives its atomics) as a decimal string. */
function dec(atomics: string): string {
  return Decimal.fromAtomics(atomics || "0", 18).toString();
}

const STATUS: Record<string, string> = {
  bonded: "BOND_STATUS_BONDED",
  unbonding: "BOND_STATUS_UNBONDING",
  unbonded: "BOND_STATUS_UNBONDED",
  all: "",
};

function statusName(status: BondStatus): string {
  return status === BondStatus.BOND_STATUS_BONDED
    ? "BONDED"
    : status === BondStatus.BOND_STATUS_UNBONDING
      ? "UNBONDING"
      : status === BondStatus.BOND_STATUS_UNBONDED
        ? "UNBONDED"
        : "UNSPECIFIED";
}

/** A validator for output. */
function validatorView(v: Validator) {
  return {
    operatorAddress: v.operatorAddress,
    moniker: v.description?.moniker ?? "",
    status: statusName(v.status),
    jailed: v.jailed,
    tokens: v.tokens,
    delegatorShares: dec(v.delegatorShares),
    commissionRate: dec(v.commission?.commissionRates?.rate ?? ""),
    commissionMaxRate: dec(v.commission?.commissionRates?.maxRate ?? ""),
    commissionMaxChangeRate: dec(v.commission?.commissionRates?.maxChangeRate ?? ""),
    minSelfDelegation: v.minSelfDelegation,
    unbondingHeight: Number(v.unbondingHeight),
    unbondingTime: isoTime(v.unbondingTime),
    website: v.description?.website ?? "",
    details: v.description?.details ?? "",
  };
}

function validatorText(v: ReturnType<typeof validatorView>): string {
  return lines([
    ["operator", v.operatorAddress],
    ["moniker", v.moniker],
    ["status", `${v.status}${v.jailed ? " (jailed)" : ""}`],
    ["tokens", `${v.tokens} ustra`],
    ["delegator shares", v.delegatorShares],
    [
      "commission",
      `${v.commissionRate} (max ${v.commissionMaxRate}, max change ${v.commissionMaxChangeRate})`,
    ],
    ["min self delegation", v.minSelfDelegation],
    [
      "unbonding",
      v.status === "BONDED" ? undefined : `height ${v.unbondingHeight}, until ${v.unbondingTime}`,
    ],
  ]);
}

function delegationView(d: DelegationResponse) {
  return {
    delegator: d.delegation.delegatorAddress,
    validator: d.delegation.validatorAddress,
    shares: dec(d.delegation.shares),
    balance: d.balance?.amount ?? "0",
  };
}

function unbondingView(u: UnbondingDelegation) {
  return {
    delegator: u.delegatorAddress,
    validator: u.validatorAddress,
    entries: u.entries.map((e) => ({
      creationHeight: Number(e.creationHeight),
      completionTime: isoTime(e.completionTime),
      initialBalance: e.initialBalance,
      balance: e.balance,
    })),
  };
}

function unbondingText(list: ReturnType<typeof unbondingView>[]): string {
  if (list.every((u) => u.entries.length === 0)) return "no unbonding delegations";
  return list
    .flatMap((u) =>
      u.entries.map(
        (e) =>
          `${u.validator}  ${e.balance} ustra  completes ${e.completionTime} (since height ${e.creationHeight})`,
      ),
    )
    .join("\n");
}

function rewardCoins(coins: readonly DecCoin[]): { denom: string; amount: string }[] {
  return coins.map((c) => ({ denom: c.denom, amount: dec(c.amount) }));
}

function coinsText(coins: { denom: string; amount: string }[]): string {
  return coins.length === 0 ? "0" : coins.map((c) => `${c.amount}${c.denom}`).join(", ");
}

// The chain answers an unknown validator / delegation with gRPC NotFound; say what was missing.
async function orNotFound<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isNotFoundError(err)) throw notFound(what);
    throw err;
  }
}

/** Registers `query staking …` and `query distribution …` on the `query` command. */
export function registerStakingQuery(query: Command): void {
  const staking = query.command("staking").description("staking: validators, delegations, unbonding");

  addNodeOption(
    staking
      .command("validators")
      .description("validators (all, or those of one status)")
      .addOption(
        new Option("--status <status>", "only validators of this status")
          .choices(Object.keys(STATUS))
          .default("all"),
      ),
  ).action(async (opts, cmd: Command) => {
    const status = STATUS[opts.status as string]!;
    const validators = await withQueries(cmd, (q) =>
      allPages(
        (key) => q.staking.validators(status as Parameters<typeof q.staking.validators>[0], key),
        (r) => r.validators,
      ),
    );
    const result = { validators: validators.map(validatorView) };
    printResult(outputFormat(cmd), result, (r) =>
      r.validators.length === 0
        ? "no validators"
        : r.validators
            .map(
              (v) =>
                `${v.operatorAddress}  ${v.moniker}  ${v.status}${v.jailed ? " jailed" : ""}  ${v.tokens} ustra  commission ${v.commissionRate}`,
            )
            .join("\n"),
    );
  });

  addNodeOption(
    staking
      .command("validator")
      .description("one validator")
      .argument("<validator>", "operator address (stratavaloper1…)", parseValoper),
  ).action(async (validator: string, _opts, cmd: Command) => {
    const r = await withQueries(cmd, (q) =>
      orNotFound(`validator ${validator}`, () => q.staking.validator(validator)),
    );
    const view = validatorView(r.validator);
    printResult(outputFormat(cmd), view, validatorText);
  });

  addNodeOption(
    staking
      .command("delegations")
      .description("every delegation of a delegator, with its balance")
      .argument("<delegator>", "delegator address (strata1…)"),
  ).action(async (delegator: string, _opts, cmd: Command) => {
    const list = await withQueries(cmd, (q) =>
      allPages(
        (key) => q.staking.delegatorDelegations(delegator, key),
        (r) => r.delegationResponses,
      ),
    );
    const result = { delegator, delegations: list.map(delegationView) };
    printResult(outputFormat(cmd), result, (r) =>
      r.delegations.length === 0
        ? `${r.delegator} has no delegations`
        : r.delegations.map((d) => `${d.validator}  ${d.balance} ustra  (${d.shares} shares)`).join("\n"),
    );
  });

  addNodeOption(
    staking
      .command("delegation")
      .description("one delegation")
      .argument("<delegator>", "delegator address (strata1…)")
      .argument("<validator>", "operator address (stratavaloper1…)", parseValoper),
  ).action(async (delegator: string, validator: string, _opts, cmd: Command) => {
    const r = await withQueries(cmd, (q) =>
      orNotFound(`delegation of ${delegator} to ${validator}`, () =>
        q.staking.delegation(delegator, validator),
      ),
    );
    if (!r.delegationResponse) throw notFound(`delegation of ${delegator} to ${validator}`);
    const view = delegationView(r.delegationResponse);
    printResult(outputFormat(cmd), view, (d) =>
      lines([
        ["delegator", d.delegator],
        ["validator", d.validator],
        ["balance", `${d.balance} ustra`],
        ["shares", d.shares],
      ]),
    );
  });

  addNodeOption(
    staking
      .command("unbonding")
      .description("unbonding delegations of a delegator (all, or from one validator)")
      .argument("<delegator>", "delegator address (strata1…)")
      .argument("[validator]", "only from this validator (stratavaloper1…)", parseValoper),
  ).action(async (delegator: string, validator: string | undefined, _opts, cmd: Command) => {
    const list = await withQueries(cmd, async (q) =>
      validator
        ? [
            (
              await orNotFound(`unbonding delegation of ${delegator} from ${validator}`, () =>
                q.staking.unbondingDelegation(delegator, validator),
              )
            ).unbond,
          ]
        : allPages(
            (key) => q.staking.delegatorUnbondingDelegations(delegator, key),
            (r) => r.unbondingResponses,
          ),
    );
    const result = { delegator, unbonding: list.map(unbondingView) };
    printResult(outputFormat(cmd), result, (r) => unbondingText(r.unbonding));
  });

  const distribution = query.command("distribution").description("distribution: staking rewards");
  addNodeOption(
    distribution
      .command("rewards")
      .description("a delegator's unpaid rewards: per validator and in total, or from one validator")
      .argument("<delegator>", "delegator address (strata1…)")
      .argument("[validator]", "only from this validator (stratavaloper1…)", parseValoper),
  ).action(async (delegator: string, validator: string | undefined, _opts, cmd: Command) => {
    const result = await withQueries(cmd, async (q) => {
      if (validator) {
        const r = await orNotFound(`delegation of ${delegator} to ${validator}`, () =>
          q.distribution.delegationRewards(delegator, validator),
        );
        const total = rewardCoins(r.rewards);
        return { delegator, rewards: [{ validator, reward: total }], total };
      }
      const r = await q.distribution.delegationTotalRewards(delegator);
      return {
        delegator,
        rewards: r.rewards.map((x) => ({ validator: x.validatorAddress, reward: rewardCoins(x.reward) })),
        total: rewardCoins(r.total),
      };
    });
    printResult(outputFormat(cmd), result, (r) =>
      [
        ...r.rewards.map((x) => `${x.validator}  ${coinsText(x.reward)}`),
        `total: ${coinsText(r.total)}`,
      ].join("\n"),
    );
  });
}
