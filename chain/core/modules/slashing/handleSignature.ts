import type { Context } from "../../app/context.js";
import { consAddressString, decRound } from "../staking/index.js";
import type { StakingKeeper } from "./expectedKeepers.js";
import { slashingStore } from "./store.js";

/**
 * Liveness tracking (the SDK's `HandleValidatorSignature`): a sliding window of the last
 * `signed_blocks_window` blocks per validator. A validator that misses more than
 * `window − min_signed_per_window × window` of them, once it has been bonded a full window, is
 * slashed `slash_fraction_downtime` and jailed for `downtime_jail_duration`.
 */
export function handleValidatorSignature(
  staking: StakingKeeper,
  ctx: Context,
  consAddress: Uint8Array,
  power: bigint,
  signed: boolean,
): void {
  const validator = staking.validatorByConsAddr(ctx, consAddress);
  // Unknown keys (genesis-only validators) and jailed validators are not tracked.
  if (!validator || validator.jailed) return;
  const info = slashingStore.getSigningInfo(ctx, consAddress);
  if (!info) return;
  const params = slashingStore.getParams(ctx);
  const height = BigInt(ctx.block.height);
  const window = params.signedBlocksWindow;

  const index = info.indexOffset % window;
  info.indexOffset += 1n;
  const previous = slashingStore.getMissed(ctx, consAddress, index);
  const missed = !signed;
  if (!previous && missed) {
    slashingStore.setMissed(ctx, consAddress, index, true);
    info.missedBlocksCounter += 1n;
  } else if (previous && !missed) {
    slashingStore.setMissed(ctx, consAddress, index, false);
    info.missedBlocksCounter -= 1n;
  }
  const address = consAddressString(consAddress);
  if (missed) {
    ctx.events.emit("liveness", {
      address,
      missed_blocks: info.missedBlocksCounter.toString(),
      height: height.toString(),
    });
  }

  const minSigned = decRound(params.minSignedPerWindow * window);
  const maxMissed = window - minSigned;
  if (height > info.startHeight + window && info.missedBlocksCounter > maxMissed) {
    // The stake that signed the missed block is the one of height − 2 (update delay + last commit).
    const distributionHeight = height - 2n;
    const burned = staking.slash(ctx, consAddress, distributionHeight, power, params.slashFractionDowntime);
    staking.jail(ctx, consAddress);
    ctx.events.emit("slash", {
      address,
      power: power.toString(),
      reason: "missing_signature",
      jailed: address,
      burned_coins: burned.toString(),
    });
    info.jailedUntilNs = ctx.block.timeNs + params.downtimeJailDurationNs;
    // Start the window afresh so the validator is not slashed again right after it rebonds.
    info.missedBlocksCounter = 0n;
    info.indexOffset = 0n;
    slashingStore.clearMissed(ctx, consAddress);
    ctx.logger.info("slashing and jailing validator due to liveness fault", {
      height: ctx.block.height,
      validator: validator.operator,
      minHeight: (info.startHeight + window).toString(),
      threshold: minSigned.toString(),
    });
  }
  slashingStore.setSigningInfo(ctx, info);
}
