import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryDelegatorValidatorRequest,
  QueryDelegatorValidatorResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryHistoricalInfoRequest,
  QueryParamsResponse,
  QueryPoolResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorDelegationsRequest,
  QueryValidatorDelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
  QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import type { DelegationResponse, RedelegationResponse } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { bondStatusFromJSON } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../app/context.js";
import { grpcInvalidArgument, grpcNotFound } from "../../app/grpcErrors.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import {
  delegationToProto,
  operatorBytes,
  paramsToProto,
  redelegationToProto,
  unbondingToProto,
  validatorToProto,
} from "./codec.js";
import { decTruncate } from "./decimal.js";
import { POOL_PERMISSIONS, type StakingDeps } from "./deps.js";
import { StakingCode, StakingError } from "./errors.js";
import { tokensFromShares } from "./shares.js";
import { stakingStore } from "./store.js";
import { BONDED_POOL, BondStatus, type Delegation, NOT_BONDED_POOL, type Redelegation } from "./types.js";
import { normAccount, normOperator } from "./validation.js";

const P = "/cosmos.staking.v1beta1.Query/";

function queryDelegator(address: string): string {
  if (!address) throw grpcInvalidArgument("delegator address cannot be empty");
  try {
    return normAccount(address);
  } catch (err) {
    throw grpcInvalidArgument((err as Error).message);
  }
}

function queryOperator(address: string): string {
  if (!address) throw grpcInvalidArgument("validator address cannot be empty");
  try {
    operatorBytes(address);
    return normOperator(address);
  } catch (err) {
    throw grpcInvalidArgument((err as Error).message);
  }
}

function delegationResponse(ctx: Context, d: Delegation): DelegationResponse {
  const v = stakingStore.getValidator(ctx, d.operator);
  if (!v) throw new StakingError(StakingCode.noValidatorFound, `validator ${d.operator}`);
  return {
    delegation: delegationToProto(d),
    balance: {
      denom: stakingStore.getParams(ctx).bondDenom,
      amount: decTruncate(tokensFromShares(v, d.shares)).toString(),
    },
  };
}

function redelegationResponse(ctx: Context, r: Redelegation): RedelegationResponse {
  const dst = stakingStore.getValidator(ctx, r.dst);
  if (!dst) throw new StakingError(StakingCode.noValidatorFound, `validator ${r.dst}`);
  const proto = redelegationToProto(r);
  return {
    redelegation: proto,
    entries: proto.entries.map((entry, i) => ({
      redelegationEntry: entry,
      balance: decTruncate(tokensFromShares(dst, r.entries[i]!.sharesDst)).toString(),
    })),
  };
}

/** Query handlers of the staking module by gRPC path (what cosmjs's staking extension calls). */
export function stakingQueries(d: StakingDeps): Record<string, QueryHandler> {
  return {
    [`${P}Validators`]: (ctx, req) => {
      const { status, pagination } = QueryValidatorsRequest.decode(req);
      let want: BondStatus | undefined;
      if (status) {
        want = bondStatusFromJSON(status);
        if (want === BondStatus.UNRECOGNIZED || want === BondStatus.BOND_STATUS_UNSPECIFIED)
          throw grpcInvalidArgument(`invalid validator status ${status}`);
      }
      const all = [...stakingStore.iterateValidators(ctx)].filter(
        (v) => want === undefined || v.status === want,
      );
      const { items, page } = paginate(all, pagination);
      return QueryValidatorsResponse.encode({
        validators: items.map(validatorToProto),
        pagination: page,
      }).finish();
    },
    [`${P}Validator`]: (ctx, req) => {
      const operator = queryOperator(QueryValidatorRequest.decode(req).validatorAddr);
      const v = stakingStore.getValidator(ctx, operator);
      if (!v) throw grpcNotFound(`validator ${operator} not found`);
      return QueryValidatorResponse.encode({ validator: validatorToProto(v) }).finish();
    },
    [`${P}ValidatorDelegations`]: (ctx, req) => {
      const { validatorAddr, pagination } = QueryValidatorDelegationsRequest.decode(req);
      const operator = queryOperator(validatorAddr);
      const { items, page } = paginate([...stakingStore.validatorDelegations(ctx, operator)], pagination);
      return QueryValidatorDelegationsResponse.encode({
        delegationResponses: items.map((x) => delegationResponse(ctx, x)),
        pagination: page,
      }).finish();
    },
    [`${P}ValidatorUnbondingDelegations`]: (ctx, req) => {
      const { validatorAddr, pagination } = QueryValidatorUnbondingDelegationsRequest.decode(req);
      const operator = queryOperator(validatorAddr);
      const { items, page } = paginate([...stakingStore.validatorUnbondings(ctx, operator)], pagination);
      return QueryValidatorUnbondingDelegationsResponse.encode({
        unbondingResponses: items.map(unbondingToProto),
        pagination: page,
      }).finish();
    },
    [`${P}Delegation`]: (ctx, req) => {
      const r = QueryDelegationRequest.decode(req);
      const [delegator, operator] = [queryDelegator(r.delegatorAddr), queryOperator(r.validatorAddr)];
      const found = stakingStore.getDelegation(ctx, delegator, operator);
      if (!found)
        throw grpcNotFound(`delegation with delegator ${delegator} not found for validator ${operator}`);
      return QueryDelegationResponse.encode({ delegationResponse: delegationResponse(ctx, found) }).finish();
    },
    [`${P}UnbondingDelegation`]: (ctx, req) => {
      const r = QueryUnbondingDelegationRequest.decode(req);
      const [delegator, operator] = [queryDelegator(r.delegatorAddr), queryOperator(r.validatorAddr)];
      const ubd = stakingStore.getUnbonding(ctx, delegator, operator);
      if (!ubd)
        throw grpcNotFound(
          `unbonding delegation with delegator ${delegator} not found for validator ${operator}`,
        );
      return QueryUnbondingDelegationResponse.encode({ unbond: unbondingToProto(ubd) }).finish();
    },
    [`${P}DelegatorDelegations`]: (ctx, req) => {
      const { delegatorAddr, pagination } = QueryDelegatorDelegationsRequest.decode(req);
      const delegator = queryDelegator(delegatorAddr);
      const { items, page } = paginate([...stakingStore.delegatorDelegations(ctx, delegator)], pagination);
      return QueryDelegatorDelegationsResponse.encode({
        delegationResponses: items.map((x) => delegationResponse(ctx, x)),
        pagination: page,
      }).finish();
    },
    [`${P}DelegatorUnbondingDelegations`]: (ctx, req) => {
      const { delegatorAddr, pagination } = QueryDelegatorUnbondingDelegationsRequest.decode(req);
      const delegator = queryDelegator(delegatorAddr);
      const { items, page } = paginate([...stakingStore.delegatorUnbondings(ctx, delegator)], pagination);
      return QueryDelegatorUnbondingDelegationsResponse.encode({
        unbondingResponses: items.map(unbondingToProto),
        pagination: page,
      }).finish();
    },
    [`${P}Redelegations`]: (ctx, req) => {
      const r = QueryRedelegationsRequest.decode(req);
      const src = r.srcValidatorAddr ? queryOperator(r.srcValidatorAddr) : undefined;
      const dst = r.dstValidatorAddr ? queryOperator(r.dstValidatorAddr) : undefined;
      let all: Redelegation[];
      if (r.delegatorAddr) {
        const delegator = queryDelegator(r.delegatorAddr);
        if (src && dst) {
          const one = stakingStore.getRedelegation(ctx, delegator, src, dst);
          if (!one)
            throw grpcNotFound(
              `redelegation not found for delegator address ${delegator} from validator address ${src}`,
            );
          all = [one];
        } else {
          all = [...stakingStore.delegatorRedelegations(ctx, delegator)].filter(
            (x) => (!src || x.src === src) && (!dst || x.dst === dst),
          );
        }
      } else if (src) {
        all = [...stakingStore.redelegationsFromSrc(ctx, src)].filter((x) => !dst || x.dst === dst);
      } else {
        all = [...stakingStore.allRedelegations(ctx)].filter((x) => !dst || x.dst === dst);
      }
      const { items, page } = paginate(all, r.pagination);
      return QueryRedelegationsResponse.encode({
        redelegationResponses: items.map((x) => redelegationResponse(ctx, x)),
        pagination: page,
      }).finish();
    },
    [`${P}DelegatorValidators`]: (ctx, req) => {
      const { delegatorAddr, pagination } = QueryDelegatorValidatorsRequest.decode(req);
      const delegator = queryDelegator(delegatorAddr);
      const validators = [...stakingStore.delegatorDelegations(ctx, delegator)]
        .map((x) => stakingStore.getValidator(ctx, x.operator))
        .filter((v) => v !== undefined);
      const { items, page } = paginate(validators, pagination);
      return QueryDelegatorValidatorsResponse.encode({
        validators: items.map(validatorToProto),
        pagination: page,
      }).finish();
    },
    [`${P}DelegatorValidator`]: (ctx, req) => {
      const r = QueryDelegatorValidatorRequest.decode(req);
      const [delegator, operator] = [queryDelegator(r.delegatorAddr), queryOperator(r.validatorAddr)];
      if (!stakingStore.getDelegation(ctx, delegator, operator))
        throw new StakingError(StakingCode.noDelegation);
      const v = stakingStore.getValidator(ctx, operator);
      if (!v) throw new StakingError(StakingCode.noValidatorFound, `validator ${operator}`);
      return QueryDelegatorValidatorResponse.encode({ validator: validatorToProto(v) }).finish();
    },
    // Historical headers and sets are not kept (historical_entries is 0); IBC will need them.
    [`${P}HistoricalInfo`]: (_ctx, req) => {
      const { height } = QueryHistoricalInfoRequest.decode(req);
      throw grpcNotFound(`historical info for height ${height} not found`);
    },
    [`${P}Pool`]: (ctx) => {
      const denom = stakingStore.getParams(ctx).bondDenom;
      const balance = (pool: string) =>
        d.bank
          .getBalance(ctx, d.accounts.moduleAccount(ctx, pool, POOL_PERMISSIONS).address, denom)
          .toString();
      return QueryPoolResponse.encode({
        pool: { bondedTokens: balance(BONDED_POOL), notBondedTokens: balance(NOT_BONDED_POOL) },
      }).finish();
    },
    [`${P}Params`]: (ctx) =>
      QueryParamsResponse.encode({ params: paramsToProto(stakingStore.getParams(ctx)) }).finish(),
  };
}
