/**
 * Keys of the child-side bridge module's store (`bridge/` namespace). Retired numbers are never
 * reused. Key 0x01 is part of the rollup contract: the parent reads the commitment at
 * `bridge/` ‖ 0x01 (`COMMITMENT_STATE_KEY`, chain/core/rollup/types.ts) through a state proof.
 */
export enum BridgeKey {
  /** 0x01 -> RollupCommitment (SSZ `RollupCommitment` bytes): withdrawal root and count, deposit cursor and accumulator */
  commitment = 0x01,
  /** 0x02 -> Params (protobuf `strata.l2bridge.v1.Params`) */
  params = 0x02,
  /** 0x03 -> the withdrawal tree's branch nodes 0 … L−1 (32 bytes each, L = bit length of the count); absent when empty */
  branch = 0x03,
  /** 0x04 -> total minted from deposits (decimal text) */
  totalMinted = 0x04,
  /** 0x05 -> total burned by withdrawals (decimal text) */
  totalBurned = 0x05,
  /** 0x06 ‖ nonce (u64 BE) -> MintedDeposit (protobuf `strata.l2bridge.v1.MintedDeposit`) */
  minted = 0x06,
  /** 0x07 ‖ index (u64 BE) -> Withdrawal (protobuf `strata.l2bridge.v1.Withdrawal`) */
  withdrawal = 0x07,
  /** 0x08 ‖ address (20 bytes) ‖ index (u64 BE) -> empty: withdrawals sent by or to an address (queries) */
  byAddress = 0x08,
}

/** Concatenates a key byte and parts. */
export function key(prefix: BridgeKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
