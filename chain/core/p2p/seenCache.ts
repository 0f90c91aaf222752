import { createHash } from "node:crypto";

/**
 * A bounded set of message digests: the gossip dedupe. When full, the oldest digest is forgotten
 * (a message older than `maxEntries` others may be delivered again, which gossip consumers must
 * tolerate anyway: they are idempotent on their own keys such as vote or tx hashes).
 */
export class SeenCache {
  private readonly digests = new Set<string>();

  /** @param maxEntries - most digests remembered (≥ 1) */
  constructor(private readonly maxEntries: number) {
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new RangeError("maxEntries must be ≥ 1");
  }

  /** The dedupe key of a payload: its SHA-256, base64. */
  static digest(payload: Uint8Array): string {
    return createHash("sha256").update(payload).digest("base64");
  }

  /** Digests remembered. */
  get size(): number {
    return this.digests.size;
  }

  /** True when `payload` was seen (and is still remembered). */
  has(payload: Uint8Array): boolean {
    return this.digests.has(SeenCache.digest(payload));
  }

  /** Forgets `payload` (a later copy is new again); returns true when it was remembered. */
  delete(payload: Uint8Array): boolean {
    return this.digests.delete(SeenCache.digest(payload));
  }

  /** Records `payload`; returns true when it is new, false when it was already seen. */
  add(payload: Uint8Array): boolean {
    const key = SeenCache.digest(payload);
    if (this.digests.has(key)) return false;
    this.digests.add(key);
    if (this.digests.size > this.maxEntries) {
      // A Set iterates in insertion order, so the first key is the oldest.
      const oldest = this.digests.values().next();
      if (!oldest.done) this.digests.delete(oldest.value);
    }
    return true;
  }
}
