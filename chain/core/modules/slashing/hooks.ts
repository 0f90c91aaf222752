import type { StakingHooks } from "../staking/index.js";
import { slashingStore } from "./store.js";

/**
 * Slashing's receivers of staking hooks: a validator that bonds gets a signing info (or a new
 * start height when it returns), so liveness is judged only over blocks it was bonded for.
 */
export function slashingHooks(): StakingHooks {
  return {
    afterValidatorBonded(ctx, consAddress) {
      const height = BigInt(ctx.block.height);
      const info = slashingStore.getSigningInfo(ctx, consAddress);
      slashingStore.setSigningInfo(
        ctx,
        info
          ? { ...info, startHeight: height }
          : {
              address: consAddress,
              startHeight: height,
              indexOffset: 0n,
              jailedUntilNs: 0n,
              tombstoned: false,
              missedBlocksCounter: 0n,
            },
      );
    },
  };
}
