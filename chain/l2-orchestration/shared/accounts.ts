/** Base denom of the strata token on L2 (the same token as on L1). */
export const L2_DENOM = "ustra";

/** Module account holding the bonded stake of L2 nodes. */
export const NODES_ACCOUNT = "nodes";

/** Module account holding session escrow. */
export const SESSIONS_ACCOUNT = "sessions";

/** Module account of the protocol treasury: its share, remainders and slashed stake. */
export const TREASURY_ACCOUNT = "treasury";

/**
 * Module account of the bridge: withdrawals pass through it to be burned (ROLLUP.md, [wd-1]), so
 * it holds nothing between transactions.
 */
export const BRIDGE_ACCOUNT = "bridge";

/**
 * The L2 module accounts bank refuses user sends to (RULES.md, "Module accounts"): funds there are
 * accounted per node, per session or per bridge record, and a stray transfer would break those
 * invariants.
 */
export const L2_MODULE_ACCOUNTS: readonly string[] = [
  NODES_ACCOUNT,
  SESSIONS_ACCOUNT,
  TREASURY_ACCOUNT,
  BRIDGE_ACCOUNT,
];

/** One `ustra` coin in the form bank keepers take. */
export function ustra(amount: bigint): { denom: string; amount: bigint }[] {
  return [{ denom: L2_DENOM, amount }];
}
