import type { AbciEvent } from "../types/index.js";

/** Collects the events of one tx or block hook, in emission order. */
export class EventManager {
  readonly events: AbciEvent[] = [];

  /**
   * Emits an event; attribute values are stringified. Attributes are indexed for `tx_search`
   * unless `unindexed` is set (for values nobody searches by, such as signatures).
   */
  emit(type: string, attributes: Record<string, string | number | bigint>, unindexed = false): void {
    this.events.push({
      type,
      attributes: Object.entries(attributes).map(([key, value]) => ({
        key,
        value: String(value),
        index: !unindexed,
      })),
    });
  }

  /** Appends already-built events (from a nested scope that succeeded). */
  append(events: readonly AbciEvent[]): void {
    for (const e of events) this.events.push(e);
  }
}
