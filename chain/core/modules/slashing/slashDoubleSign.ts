import type { Context, Misbehavior } from "../../app/context.js";
import { BondStatus, consAddressString } from "../staking/index.js";
import type { StakingKeeper } from "./expectedKeepers.js";
import { slashingStore } from "./store.js";

/** Jail end of a tombstoned validator: 9999-12-31T23:59:59Z, the SDK's `DoubleSignJailEndTime`. */
export const DOUBLE_SIGN_JAIL_END_NS = 253402300799n * 1_000_000_000n;

/**
 * Evidence older than both of these is ignored (CometBFT's default evidence params; the node's
 * consensus engine enforces its own limits before evidence reaches a block).
 */
export const EVIDENCE_MAX_AGE_BLOCKS = 100_000n;
/** See {@link EVIDENCE_MAX_AGE_BLOCKS}: 48 hours. */
export const EVIDENCE_MAX_AGE_NS = 48n * 3600n * 1_000_000_000n;

/**
 * Punishes a duplicate vote (the SDK's `HandleEquivocationEvidence`): slashes
 * `slash_fraction_double_sign` of the stake at the infraction height — unbonding delegations and
 * redelegations created since then included — jails the validator forever and tombstones it, so
 * the same key can never sign again. Evidence for unknown, unbonded, already tombstoned
 * validators or too old is ignored.
 */
export function slashDoubleSign(staking: StakingKeeper, ctx: Context, evidence: Misbehavior): void {
  const consAddress = evidence.validatorAddress;
  const validator = staking.validatorByConsAddr(ctx, consAddress);
  if (!validator || validator.status === BondStatus.BOND_STATUS_UNBONDED) return;
  const info = slashingStore.getSigningInfo(ctx, consAddress);
  if (!info) return;
  // [REJECT] evidence of a height not yet reached is malformed
  if (evidence.height > ctx.block.height) return;
  const ageBlocks = BigInt(ctx.block.height - evidence.height);
  const ageNs = ctx.block.timeNs - evidence.timeNs;
  const address = consAddressString(consAddress);
  if (ageBlocks > EVIDENCE_MAX_AGE_BLOCKS && ageNs > EVIDENCE_MAX_AGE_NS) {
    ctx.logger.info("ignored equivocation; evidence too old", {
      validator: address,
      height: evidence.height,
    });
    return;
  }
  if (info.tombstoned) {
    ctx.logger.info("ignored equivocation; validator already tombstoned", { validator: address });
    return;
  }
  const params = slashingStore.getParams(ctx);
  // The stake that signed at height h was set at end-block h − 1 (one block of update delay).
  const distributionHeight = BigInt(evidence.height) - 1n;
  const burned = staking.slash(
    ctx,
    consAddress,
    distributionHeight,
    evidence.power,
    params.slashFractionDoubleSign,
  );
  ctx.events.emit("slash", {
    address,
    power: evidence.power.toString(),
    reason: "double_sign",
    burned_coins: burned.toString(),
  });
  if (!validator.jailed) staking.jail(ctx, consAddress);
  slashingStore.setSigningInfo(ctx, { ...info, jailedUntilNs: DOUBLE_SIGN_JAIL_END_NS, tombstoned: true });
  ctx.logger.info("confirmed equivocation", { validator: address, height: evidence.height });
}
