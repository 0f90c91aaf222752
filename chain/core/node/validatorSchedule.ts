import type { ValidatorUpdate } from "../app/context.js";
import type { ValidatorSet } from "../consensus/index.js";

/**
 * The validator set of every height, derived deterministically from the genesis set and the
 * validator updates each block's end-block returned. As in CometBFT, updates returned by block h
 * take effect at height h+2 (block h+1 was already proposed by the set of h+1), and proposer
 * priorities advance by one step per height: set(h) = set(h−1).withChanges(updates(h−2))
 * .incrementProposerPriority(1).
 */
export class ValidatorSchedule {
  private readonly updates = new Map<number, ValidatorUpdate[]>();
  private readonly cache = new Map<number, ValidatorSet>();

  constructor(private readonly genesis: ValidatorSet) {}

  /** Records the updates block `height` returned (an empty list is not stored). */
  record(height: number, updates: readonly ValidatorUpdate[]): void {
    if (updates.length === 0) return;
    this.updates.set(height, [...updates]);
    // Sets from height+2 on were derived without these updates.
    for (const h of [...this.cache.keys()]) if (h >= height + 2) this.cache.delete(h);
  }

  /** The validator set that votes at `height` (≥ 1). */
  setAt(height: number): ValidatorSet {
    const hit = this.cache.get(height);
    if (hit) return hit;
    // Walk down to the nearest known set, then forward one height at a time.
    let from = height;
    while (from > 1 && !this.cache.has(from)) from--;
    let set = from === 1 ? (this.cache.get(1) ?? this.genesis) : this.cache.get(from)!;
    this.cache.set(from, set);
    for (let h = from + 1; h <= height; h++) {
      const changes = this.updates.get(h - 2);
      set = (
        changes ? set.withChanges(changes.map((u) => ({ pubKey: u.pubKey, votingPower: u.power }))) : set
      ).incrementProposerPriority(1);
      this.cache.set(h, set);
    }
    // Keep the cache small: the tip, its neighbours and height 1 are what callers ask for.
    if (this.cache.size > 64) {
      const keep = new Set([1, height - 2, height - 1, height, height + 1, height + 2]);
      for (const h of this.cache.keys()) if (!keep.has(h)) this.cache.delete(h);
    }
    return set;
  }
}
