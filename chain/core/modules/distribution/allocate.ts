import type { Context } from "../../app/context.js";
import { FEE_COLLECTOR } from "../auth/index.js";
import { DEC_ONE, decFromInt, decQuoTruncate } from "../staking/index.js";
import type { DecCoin } from "./decCoins.js";
import * as dc from "./decCoins.js";
import type { RewardedValidator } from "./expectedKeepers.js";
import type { DistributionDeps } from "./rewards.js";
import { DISTRIBUTION_MODULE, distributionStore as store } from "./store.js";

/**
 * Begin-block allocation (the SDK's `x/distribution/keeper/allocation.go`): the fee collector's
 * balance (plus the block reward, minted first) moves to the distribution account; the community
 * tax and every truncation remainder go to the community pool; the rest is split among the
 * validators of the last commit by power, then between commission and delegators.
 */

/** A validator to reward and its power in the last commit. */
interface Vote {
  validator: RewardedValidator | undefined;
  power: bigint;
}

/**
 * Validators to reward. The last commit's votes when the node reports them (every validator of
 * the commit, signed or not, as the SDK does); until the node feeds `lastCommit`, the bonded set
 * of the last end-block stands in for it.
 */
function lastVotes(d: DistributionDeps, ctx: Context): Vote[] {
  const commit = ctx.block.lastCommit;
  if (commit !== undefined) {
    return commit.map((v) => ({
      validator: d.staking.validatorByConsAddr(ctx, v.validatorAddress),
      power: v.power,
    }));
  }
  return d.staking
    .lastValidatorPowers(ctx)
    .map(({ operator, power }) => ({ validator: d.staking.validator(ctx, operator), power }));
}

/**
 * Credits `tokens` to a validator: commission at its rate, the rest to its delegators' period.
 * The validator's reward records must exist (staking's creation hook makes them).
 */
export function allocateTokensToValidator(
  ctx: Context,
  v: RewardedValidator,
  tokens: readonly DecCoin[],
): void {
  const commission = dc.mulDec(tokens, v.commission.rate);
  const shared = dc.sub(tokens, commission);
  store.setCommission(ctx, v.operator, dc.add(store.getCommission(ctx, v.operator), commission));
  const current = store.getCurrent(ctx, v.operator)!;
  store.setCurrent(ctx, v.operator, dc.add(current.rewards, shared), current.period);
  store.setOutstanding(ctx, v.operator, dc.add(store.getOutstanding(ctx, v.operator), tokens));
  ctx.events.emit("commission", { amount: dc.format(commission), validator: v.operator });
  ctx.events.emit("rewards", { amount: dc.format(tokens), validator: v.operator });
}

/**
 * Mints the block reward and distributes everything the fee collector holds, once staking has
 * a bonded set.
 */
export function allocateTokens(d: DistributionDeps, ctx: Context): void {
  // Block 1 has no previous commit to reward (CometBFT-dependent, as in the SDK).
  if (ctx.block.height <= 1) return;
  // Without a bonded staking set (a consensus-only genesis) distribution stays dormant: fees
  // stay in the fee collector and nothing is minted, as before staking existed.
  if (d.staking.lastTotalPower(ctx) === 0n) return;
  const params = store.getParams(ctx);
  const collector = d.accounts.moduleAccount(ctx, FEE_COLLECTOR).address;
  if (params.blockReward > 0n) {
    d.bank.mint(ctx, collector, [{ denom: d.staking.params(ctx).bondDenom, amount: params.blockReward }]);
  }
  const fees = d.bank.getAllBalances(ctx, collector);
  if (fees.length === 0) return;
  d.bank.sendToModule(ctx, collector, DISTRIBUTION_MODULE, fees);
  const collected = dc.fromCoins(fees);

  const votes = lastVotes(d, ctx);
  let totalPower = 0n;
  for (const v of votes) totalPower += v.power;
  let pool = store.getCommunityPool(ctx);
  if (totalPower === 0n) {
    store.setCommunityPool(ctx, dc.add(pool, collected));
    return;
  }
  let remaining = collected;
  const forValidators = dc.mulDecTruncate(collected, DEC_ONE - params.communityTax);
  for (const { validator, power } of votes) {
    // A vote from a key staking does not know (a genesis-only validator) earns nothing; its
    // share stays in `remaining` and goes to the community pool.
    if (!validator || !store.getCurrent(ctx, validator.operator)) continue;
    const fraction = decQuoTruncate(decFromInt(power), decFromInt(totalPower));
    const reward = dc.mulDecTruncate(forValidators, fraction);
    allocateTokensToValidator(ctx, validator, reward);
    remaining = dc.sub(remaining, reward);
  }
  pool = dc.add(pool, remaining);
  store.setCommunityPool(ctx, pool);
}
