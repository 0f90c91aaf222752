/** Keys of the nodes module's store (`nodes/` namespace). Retired numbers are never reused. */
export enum NodesKey {
  /**
   * 0x01 ‖ operator address (bech32 text, UTF-8) -> Node (protobuf `strata.nodes.v1.Node`). Keyed by
   * the text so store order is operator order (`activeNodes`, `Nodes`).
   */
  node = 0x01,
  /** 0x02 -> Params (protobuf `strata.nodes.v1.Params`) */
  params = 0x02,
  /**
   * 0x03 ‖ unbonding height (u64 BE) ‖ operator (UTF-8) -> empty: an UNBONDING node whose stake
   * returns at the end-block of that height (end-block reads only the entries due).
   */
  unbondingQueue = 0x03,
}

/** Concatenates a key byte and parts. */
export function key(prefix: NodesKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
