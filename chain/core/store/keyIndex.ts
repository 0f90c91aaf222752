/** Largest chunk before it is split in two. */
const MAX_CHUNK = 1024;
/** Size of the chunks built from an already sorted list. */
const HALF_CHUNK = MAX_CHUNK / 2;

/**
 * A sorted set of binary-string keys: a list of sorted chunks plus each chunk's last key.
 *
 * Inserts and removals touch one chunk of at most {@link MAX_CHUNK} keys, so they stay cheap at
 * millions of keys, while lookups are two binary searches. `next` remembers the position of its
 * last answer, so stepping through the keys in order, or a merge that asks with a key from
 * another layer, costs O(1) per step while the set is unchanged.
 */
export class KeyIndex {
  private chunks: string[][] = [];
  private lasts: string[] = [];
  private count = 0;
  /** Bumped on every insert or removal; invalidates the remembered position. */
  private version = 0;
  private memoVersion = -1;
  private memoChunk = 0;
  private memoPos = 0;

  /** Builds an index from keys already in strictly ascending order. */
  static fromSorted(keys: readonly string[]): KeyIndex {
    const index = new KeyIndex();
    for (let i = 0; i < keys.length; i += HALF_CHUNK) {
      const chunk = keys.slice(i, i + HALF_CHUNK);
      index.chunks.push(chunk);
      index.lasts.push(chunk[chunk.length - 1]!);
    }
    index.count = keys.length;
    return index;
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /** Adds `key`; adding a present key is a no-op. */
  insert(key: string): void {
    if (this.chunks.length === 0) {
      this.chunks.push([key]);
      this.lasts.push(key);
      this.count = 1;
      this.version++;
      return;
    }
    let c = lowerBound(this.lasts, key);
    if (c === this.chunks.length) c--;
    const chunk = this.chunks[c]!;
    const p = lowerBound(chunk, key);
    if (chunk[p] === key) return;
    chunk.splice(p, 0, key);
    if (p === chunk.length - 1) this.lasts[c] = key;
    if (chunk.length > MAX_CHUNK) {
      const tail = chunk.splice(HALF_CHUNK);
      this.chunks.splice(c + 1, 0, tail);
      this.lasts.splice(c, 1, chunk[chunk.length - 1]!, tail[tail.length - 1]!);
    }
    this.count++;
    this.version++;
  }

  /** Removes `key`; returns whether it was present. */
  remove(key: string): boolean {
    const c = lowerBound(this.lasts, key);
    if (c === this.chunks.length) return false;
    const chunk = this.chunks[c]!;
    const p = lowerBound(chunk, key);
    if (chunk[p] !== key) return false;
    chunk.splice(p, 1);
    if (chunk.length === 0) {
      this.chunks.splice(c, 1);
      this.lasts.splice(c, 1);
    } else if (p === chunk.length) {
      this.lasts[c] = chunk[p - 1]!;
    }
    this.count--;
    this.version++;
    return true;
  }

  /** All keys in ascending order. */
  *keys(): IterableIterator<string> {
    for (const chunk of this.chunks) yield* chunk;
  }

  /**
   * The first key after `after` (before it when `reverse`) that lies in `[lo, hi)`; with
   * `after` undefined, the first (last) key of the range. `hi` undefined means unbounded.
   */
  next(after: string | undefined, lo: string, hi: string | undefined, reverse: boolean): string | undefined {
    return reverse ? this.prev(after, lo, hi) : this.forward(after, lo, hi);
  }

  private forward(after: string | undefined, lo: string, hi: string | undefined): string | undefined {
    let c: number;
    let p: number;
    const memo = this.memoVersion === this.version ? this.at(this.memoChunk, this.memoPos) : undefined;
    if (after !== undefined && after >= lo && memo !== undefined && memo >= after) {
      c = this.memoChunk;
      p = this.memoPos;
      if (memo === after) {
        // step to the successor
        if (++p === this.chunks[c]!.length) {
          c++;
          p = 0;
        }
      } else {
        // the remembered key is still the answer if nothing lies between `after` and it
        const before = this.before(c, p);
        if (before !== undefined && before > after) return this.seekForward(after, lo, hi);
      }
    } else {
      return this.seekForward(after, lo, hi);
    }
    return this.answer(c, p, lo, hi);
  }

  private seekForward(after: string | undefined, lo: string, hi: string | undefined): string | undefined {
    const [c, p] = after === undefined || after < lo ? this.lowerBoundPos(lo) : this.upperBoundPos(after);
    return this.answer(c, p, lo, hi);
  }

  private prev(after: string | undefined, lo: string, hi: string | undefined): string | undefined {
    const memo = this.memoVersion === this.version ? this.at(this.memoChunk, this.memoPos) : undefined;
    if (after !== undefined && (hi === undefined || after < hi) && memo !== undefined && memo <= after) {
      let c = this.memoChunk;
      let p = this.memoPos;
      if (memo === after) {
        if (--p < 0) {
          if (--c < 0) return undefined;
          p = this.chunks[c]!.length - 1;
        }
      } else {
        const following = this.after(c, p);
        if (following !== undefined && following < after) return this.seekBackward(after, lo, hi);
      }
      return this.answer(c, p, lo, hi);
    }
    return this.seekBackward(after, lo, hi);
  }

  private seekBackward(after: string | undefined, lo: string, hi: string | undefined): string | undefined {
    const bound = after === undefined || (hi !== undefined && after >= hi) ? hi : after;
    let c: number;
    let p: number;
    if (bound === undefined) {
      c = this.chunks.length - 1;
      if (c < 0) return undefined;
      p = this.chunks[c]!.length - 1;
    } else {
      [c, p] = this.lowerBoundPos(bound);
      // step back from the first key >= bound to the last key < bound
      if (--p < 0) {
        if (--c < 0) return undefined;
        p = this.chunks[c]!.length - 1;
      }
    }
    return this.answer(c, p, lo, hi);
  }

  /** Key at (c, p) if it is inside [lo, hi); remembers the position. */
  private answer(c: number, p: number, lo: string, hi: string | undefined): string | undefined {
    const key = this.at(c, p);
    if (key === undefined || key < lo || (hi !== undefined && key >= hi)) return undefined;
    this.memoVersion = this.version;
    this.memoChunk = c;
    this.memoPos = p;
    return key;
  }

  private at(c: number, p: number): string | undefined {
    return this.chunks[c]?.[p];
  }

  private before(c: number, p: number): string | undefined {
    if (p > 0) return this.chunks[c]![p - 1];
    return c > 0 ? this.lasts[c - 1] : undefined;
  }

  private after(c: number, p: number): string | undefined {
    const chunk = this.chunks[c]!;
    if (p + 1 < chunk.length) return chunk[p + 1];
    return this.chunks[c + 1]?.[0];
  }

  /** Position of the first key >= `key` ((chunks.length, 0) when none). */
  private lowerBoundPos(key: string): [number, number] {
    const c = lowerBound(this.lasts, key);
    if (c === this.chunks.length) return [c, 0];
    return [c, lowerBound(this.chunks[c]!, key)];
  }

  /** Position of the first key > `key`. */
  private upperBoundPos(key: string): [number, number] {
    const c = upperBound(this.lasts, key);
    if (c === this.chunks.length) return [c, 0];
    return [c, upperBound(this.chunks[c]!, key)];
  }
}

/** First index whose element is >= `key`. */
function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose element is > `key`. */
function upperBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
