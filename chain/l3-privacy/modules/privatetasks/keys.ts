/** Keys of the privatetasks module's store (`privatetasks/` namespace). Retired numbers are never reused. */
export enum PrivateTasksKey {
  /** 0x01 ‖ task id (UTF-8) -> PrivateTask (protobuf `strata.l3.v1.PrivateTask`) */
  task = 0x01,
  /** 0x02 ‖ seq (u64 BE) -> task id (UTF-8): recording order */
  bySeq = 0x02,
  /** 0x03 -> last seq (u64 BE); absent means 0 */
  lastSeq = 0x03,
  /** 0x04 ‖ requester (UTF-8) ‖ 0x00 ‖ seq (u64 BE) -> task id (UTF-8): a requester's tasks */
  byRequester = 0x04,
}

/** Concatenates a key byte and parts. */
export function key(prefix: PrivateTasksKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
