/** Keys of the models module's store (`models/` namespace). Retired numbers are never reused. */
export enum ModelsKey {
  /** 0x01 ‖ id (`name@version`, UTF-8) -> ModelVersion (protobuf `strata.models.v1.ModelVersion`) */
  model = 0x01,
  /**
   * 0x02 ‖ name (UTF-8) ‖ 0x00 ‖ publication sequence (u64 BE) -> id (UTF-8): the versions of a name
   * in publication order (`ModelHistory`). Names never contain 0x00, so one name's range holds
   * only its own versions.
   */
  history = 0x02,
  /** 0x03 -> next publication sequence (u64 BE) */
  nextSequence = 0x03,
}

/** Concatenates a key byte and parts. */
export function key(prefix: ModelsKey, ...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from([prefix, ...parts.flatMap((p) => [...p])]);
}
