import type { StakingHooks } from "../staking/index.js";
import type { StakingKeeper } from "./expectedKeepers.js";
import { slashingHooks } from "./hooks.js";

/**
 * Creates the slashing keeper over the staking keeper it drives. `hooks` are the receivers the
 * app registers with staking (they only touch slashing's own store, so registering them after
 * this keeper exists is safe).
 */
export function createSlashingKeeper(staking: StakingKeeper) {
  return { staking, hooks: slashingHooks() as StakingHooks };
}

/** The slashing keeper's type. */
export type SlashingKeeper = ReturnType<typeof createSlashingKeeper>;
