/** Keys of the scores module's store (`scores/` namespace). Retired numbers are never reused. */
export enum ScoresKey {
  /** 0x01 ‖ task id (32 bytes) -> TaskScoring (protobuf `strata.scores.v1.TaskScoring`) */
  scoring = 0x01,
  /** 0x02 -> Params (protobuf `strata.scores.v1.Params`) */
  params = 0x02,
  /**
   * 0x03 ‖ score deadline (u64 BE) ‖ task id (32 bytes) -> empty: a task without a verdict whose
   * scoring window closes at the end-block of that height (end-block reads only the entries due).
   */
  deadlineQueue = 0x03,
  /**
   * 0x04 ‖ guard address length (1 byte) ‖ guard address bytes ‖ task id (32 bytes) -> empty: a task
   * waiting for that guard's score (removed when it scores or the verdict is reached).
   */
  pending = 0x04,
}

/** Concatenates a key byte and parts. */
export function key(prefix: ScoresKey, ...parts: Uint8Array[]): Uint8Array {
  let length = 1;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  out[0] = prefix;
  let offset = 1;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
