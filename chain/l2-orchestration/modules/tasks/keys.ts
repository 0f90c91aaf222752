/** Keys of the tasks module's store (`tasks/` namespace). Retired numbers are never reused. */
export enum TasksKey {
  /** 0x01 ‖ task id (32 bytes) -> Task (protobuf `strata.tasks.v1.Task`) */
  task = 0x01,
  /** 0x02 -> Params (protobuf `strata.tasks.v1.Params`) */
  params = 0x02,
  /**
   * 0x03 ‖ reveal deadline (u64 BE) ‖ task id (32 bytes) -> empty: a COMMITTED task whose reveal
   * phase closes at the end-block of that height (end-block reads only the entries due).
   */
  revealQueue = 0x03,
  /** 0x04 ‖ session id (u64 BE) ‖ task id (32 bytes) -> empty: the tasks of a session (queries) */
  bySession = 0x04,
}

/** Concatenates a key byte and parts. */
export function key(prefix: TasksKey, ...parts: Uint8Array[]): Uint8Array {
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
