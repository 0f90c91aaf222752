import type { Context } from "../../app/context.js";
import { VALOPER_PREFIX } from "../../crypto/address.js";
import { toAddress } from "../../crypto/index.js";
import type { ExportedStakingGenesis } from "./genesis.js";
import { delegationToJson, redelegationToJson, unbondingToJson, validatorToJson } from "./genesisJson.js";
import { stakingParamsToJson } from "./params.js";
import { stakingStore } from "./store.js";

/**
 * The whole staking state in its exported genesis form: params, the last bonded set and its total
 * power, every validator, delegation, unbonding delegation and redelegation, in store order.
 * Indexes and queues are derived from these records, so they are not listed.
 */
export function exportStakingGenesis(ctx: Context): ExportedStakingGenesis {
  return {
    exported: true,
    params: stakingParamsToJson(stakingStore.getParams(ctx)),
    ...(stakingStore.hasLastTotalPower(ctx)
      ? { lastTotalPower: stakingStore.getLastTotalPower(ctx).toString() }
      : {}),
    lastValidatorPowers: stakingStore.getLastValidatorPowers(ctx).map(({ operator, power }) => ({
      address: toAddress(operator, VALOPER_PREFIX),
      power: power.toString(),
    })),
    validators: [...stakingStore.iterateValidators(ctx)].map(validatorToJson),
    delegations: [...stakingStore.allDelegations(ctx)].map(delegationToJson),
    unbondingDelegations: [...stakingStore.allUnbondings(ctx)].map(unbondingToJson),
    redelegations: [...stakingStore.allRedelegations(ctx)].map(redelegationToJson),
  };
}
