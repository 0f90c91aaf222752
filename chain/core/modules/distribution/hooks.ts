import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import type { StakingHooks } from "../staking/index.js";
import type { RewardedValidator } from "./expectedKeepers.js";
import {
  type DistributionDeps,
  incrementValidatorPeriod,
  initializeDelegation,
  initializeValidator,
  removeValidatorRewards,
  updateValidatorSlashFraction,
  withdrawDelegationRewards,
} from "./rewards.js";

function mustValidator(d: DistributionDeps, ctx: Context, operator: string): RewardedValidator {
  const v = d.staking.validator(ctx, operator);
  if (!v) throw new SdkError(SdkCode.logic, `staking hook for a missing validator ${operator}`);
  return v;
}

/**
 * Distribution's receivers of staking hooks: they keep reward periods in step with every change
 * of a validator's tokens or a delegation's shares, so rewards are always computed over the
 * stake that earned them.
 */
export function distributionHooks(d: DistributionDeps): StakingHooks {
  return {
    afterValidatorCreated: (ctx, operator) => initializeValidator(ctx, operator),
    afterValidatorRemoved: (ctx, _cons, operator) => removeValidatorRewards(d, ctx, operator),
    // A new delegation starts from a freshly closed period.
    beforeDelegationCreated: (ctx, _delegator, operator) => {
      incrementValidatorPeriod(ctx, mustValidator(d, ctx, operator));
    },
    // Any change to a delegation first pays out what it earned so far.
    beforeDelegationSharesModified: (ctx, delegator, operator) => {
      const delegation = d.staking.delegation(ctx, delegator, operator);
      if (!delegation) return;
      withdrawDelegationRewards(d, ctx, mustValidator(d, ctx, operator), delegator, delegation.shares);
    },
    afterDelegationModified: (ctx, delegator, operator) => initializeDelegation(d, ctx, operator, delegator),
    beforeValidatorSlashed: (ctx, operator, fraction) =>
      updateValidatorSlashFraction(d, ctx, operator, fraction),
  };
}
