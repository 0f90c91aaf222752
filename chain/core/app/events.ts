import type { AbciEvent } from "../types/index.js";

/**
 * Attribute keys that are never indexed for `tx_search`: amounts, fees, signatures and message
 * positions identify nothing a client searches by, and indexing them would double the index
 * (every indexed attribute costs a LevelDB key per tx). Accounts and actions stay indexed.
 */
export const UNINDEXED_ATTRIBUTES: ReadonlySet<string> = new Set(["amount", "fee", "signature", "msg_index"]);

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
}
