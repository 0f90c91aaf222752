import {
  QueryCommunityPoolResponse,
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryDelegatorWithdrawAddressRequest,
  QueryDelegatorWithdrawAddressResponse,
  QueryParamsResponse,
  QueryValidatorCommissionRequest,
  QueryValidatorCommissionResponse,
  QueryValidatorDistributionInfoRequest,
  QueryValidatorDistributionInfoResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
  QueryValidatorSlashesRequest,
  QueryValidatorSlashesResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import type { Context } from "../../app/context.js";
import { grpcInvalidArgument } from "../../app/grpcErrors.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { accountOf, decToWire } from "../staking/index.js";
import type { DecCoin } from "./decCoins.js";
import * as dc from "./decCoins.js";
import { DistributionCode, DistributionError } from "./errors.js";
import type { RewardedValidator } from "./expectedKeepers.js";
import { calculateDelegationRewards, type DistributionDeps, incrementValidatorPeriod } from "./rewards.js";
import { distributionStore as store } from "./store.js";
import { canonicalAccount, canonicalOperator } from "./validation.js";

const P = "/cosmos.distribution.v1beta1.Query/";

function queryAccount(address: string): string {
  if (!address) throw grpcInvalidArgument("empty delegator address");
  try {
    return canonicalAccount(address);
  } catch (err) {
    throw grpcInvalidArgument((err as Error).message);
  }
}

function queryOperator(address: string): string {
  if (!address) throw grpcInvalidArgument("empty validator address");
  try {
    return canonicalOperator(address);
  } catch (err) {
    throw grpcInvalidArgument((err as Error).message);
  }
}

function mustValidator(d: DistributionDeps, ctx: Context, operator: string): RewardedValidator {
  const v = d.staking.validator(ctx, operator);
  if (!v) throw new DistributionError(DistributionCode.noValidatorExists, operator);
  return v;
}

// Queries run on a throwaway branch, so closing the open period here changes nothing stored.
function pendingRewards(ctx: Context, v: RewardedValidator, delegator: string, shares: bigint): DecCoin[] {
  const ending = incrementValidatorPeriod(ctx, v);
  return calculateDelegationRewards(ctx, v, delegator, shares, ending);
}

/** Query handlers of the distribution module by gRPC path (what cosmjs's extension calls). */
export function distributionQueries(d: DistributionDeps): Record<string, QueryHandler> {
  return {
    [`${P}Params`]: (ctx) => {
      const p = store.getParams(ctx);
      return QueryParamsResponse.encode({
        params: {
          communityTax: decToWire(p.communityTax),
          baseProposerReward: "0",
          bonusProposerReward: "0",
          withdrawAddrEnabled: p.withdrawAddrEnabled,
        },
      }).finish();
    },
    [`${P}ValidatorOutstandingRewards`]: (ctx, req) => {
      const operator = queryOperator(QueryValidatorOutstandingRewardsRequest.decode(req).validatorAddress);
      mustValidator(d, ctx, operator);
      return QueryValidatorOutstandingRewardsResponse.encode({
        rewards: { rewards: dc.toProto(store.getOutstanding(ctx, operator)) },
      }).finish();
    },
    [`${P}ValidatorCommission`]: (ctx, req) => {
      const operator = queryOperator(QueryValidatorCommissionRequest.decode(req).validatorAddress);
      mustValidator(d, ctx, operator);
      return QueryValidatorCommissionResponse.encode({
        commission: { commission: dc.toProto(store.getCommission(ctx, operator)) },
      }).finish();
    },
    [`${P}ValidatorDistributionInfo`]: (ctx, req) => {
      const operator = queryOperator(QueryValidatorDistributionInfoRequest.decode(req).validatorAddress);
      const v = mustValidator(d, ctx, operator);
      const self = d.staking.delegation(ctx, accountOf(operator), operator);
      if (!self) throw new DistributionError(DistributionCode.noDelegationExists);
      const commission = store.getCommission(ctx, operator);
      return QueryValidatorDistributionInfoResponse.encode({
        operatorAddress: accountOf(operator),
        selfBondRewards: dc.toProto(pendingRewards(ctx, v, accountOf(operator), self.shares)),
        commission: dc.toProto(commission),
      }).finish();
    },
    [`${P}ValidatorSlashes`]: (ctx, req) => {
      const r = QueryValidatorSlashesRequest.decode(req);
      const operator = queryOperator(r.validatorAddress);
      if (r.startingHeight > r.endingHeight)
        throw grpcInvalidArgument("starting height greater than ending height");
      const events = store.slashEvents(ctx, operator, r.startingHeight, r.endingHeight);
      const { items, page } = paginate(events, r.pagination);
      return QueryValidatorSlashesResponse.encode({
        slashes: items.map((e) => ({ validatorPeriod: e.period, fraction: decToWire(e.fraction) })),
        pagination: page,
      }).finish();
    },
    [`${P}DelegationRewards`]: (ctx, req) => {
      const r = QueryDelegationRewardsRequest.decode(req);
      const [delegator, operator] = [queryAccount(r.delegatorAddress), queryOperator(r.validatorAddress)];
      const v = mustValidator(d, ctx, operator);
      const delegation = d.staking.delegation(ctx, delegator, operator);
      if (!delegation) throw new DistributionError(DistributionCode.noDelegationExists);
      return QueryDelegationRewardsResponse.encode({
        rewards: dc.toProto(pendingRewards(ctx, v, delegator, delegation.shares)),
      }).finish();
    },
    [`${P}DelegationTotalRewards`]: (ctx, req) => {
      const delegator = queryAccount(QueryDelegationTotalRewardsRequest.decode(req).delegatorAddress);
      let total: DecCoin[] = [];
      const rewards = d.staking.delegatorDelegations(ctx, delegator).map((x) => {
        const reward = pendingRewards(ctx, mustValidator(d, ctx, x.operator), delegator, x.shares);
        total = dc.add(total, reward);
        return { validatorAddress: x.operator, reward: dc.toProto(reward) };
      });
      return QueryDelegationTotalRewardsResponse.encode({ rewards, total: dc.toProto(total) }).finish();
    },
    [`${P}DelegatorValidators`]: (ctx, req) => {
      const delegator = queryAccount(QueryDelegatorValidatorsRequest.decode(req).delegatorAddress);
      return QueryDelegatorValidatorsResponse.encode({
        validators: d.staking.delegatorDelegations(ctx, delegator).map((x) => x.operator),
      }).finish();
    },
    [`${P}DelegatorWithdrawAddress`]: (ctx, req) => {
      const delegator = queryAccount(QueryDelegatorWithdrawAddressRequest.decode(req).delegatorAddress);
      return QueryDelegatorWithdrawAddressResponse.encode({
        withdrawAddress: store.getWithdrawAddress(ctx, delegator),
      }).finish();
    },
    [`${P}CommunityPool`]: (ctx) =>
      QueryCommunityPoolResponse.encode({ pool: dc.toProto(store.getCommunityPool(ctx)) }).finish(),
  };
}
