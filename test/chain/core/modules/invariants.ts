import assert from "node:assert/strict";
import {
  QueryCommunityPoolResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import {
  QueryValidatorsRequest,
  QueryValidatorsResponse,
  QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { moduleAddress } from "../../../../chain/core/modules/auth/index.js";
import type { TestChain } from "./helpers.js";

/**
 * The SDK's crisis invariants, checked through queries: the bonded pool holds exactly the tokens
 * of bonded validators; the not-bonded pool those of the others plus pending unbondings; the
 * distribution account holds the (truncated) outstanding rewards plus the community pool.
 */
export function assertInvariants(chain: TestChain): void {
  const validators = chain.query(
    "/cosmos.staking.v1beta1.Query/Validators",
    QueryValidatorsRequest.encode({ status: "" }).finish(),
    QueryValidatorsResponse.decode,
  ).validators;
  let bonded = 0n;
  let notBonded = 0n;
  let outstanding = 0n;
  for (const v of validators) {
    if (v.status === BondStatus.BOND_STATUS_BONDED) bonded += BigInt(v.tokens);
    else notBonded += BigInt(v.tokens);
    const ubds = chain.query(
      "/cosmos.staking.v1beta1.Query/ValidatorUnbondingDelegations",
      QueryValidatorUnbondingDelegationsRequest.encode({ validatorAddr: v.operatorAddress }).finish(),
      QueryValidatorUnbondingDelegationsResponse.decode,
    ).unbondingResponses;
    for (const u of ubds) for (const e of u.entries) notBonded += BigInt(e.balance);
    const rewards = chain.query(
      "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards",
      QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: v.operatorAddress }).finish(),
      QueryValidatorOutstandingRewardsResponse.decode,
    ).rewards.rewards;
    for (const r of rewards) outstanding += BigInt(r.amount);
  }
  assert.equal(
    chain.balance(moduleAddress("bonded_tokens_pool")),
    bonded,
    "bonded pool = bonded validators' tokens",
  );
  assert.equal(
    chain.balance(moduleAddress("not_bonded_tokens_pool")),
    notBonded,
    "not-bonded pool = other validators' tokens + unbonding balances",
  );
  const pool = chain.query(
    "/cosmos.distribution.v1beta1.Query/CommunityPool",
    new Uint8Array(),
    QueryCommunityPoolResponse.decode,
  ).pool;
  for (const c of pool) outstanding += BigInt(c.amount);
  assert.equal(
    chain.balance(moduleAddress("distribution")),
    outstanding / 10n ** 18n,
    "distribution account = outstanding rewards + community pool (truncated)",
  );
}
