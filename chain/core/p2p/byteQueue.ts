/**
 * A FIFO of received bytes. TCP delivers arbitrary chunks; the reader asks for exact lengths.
 * Chunks are kept as they came and joined only when a read spans several, so a large record
 * arriving in many small chunks costs one copy, not one per chunk.
 */
export class ByteQueue {
  private chunks: Buffer[] = [];
  private total = 0;

  /** Bytes held. */
  get length(): number {
    return this.total;
  }

  /** Appends a received chunk. */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.total += chunk.length;
  }

  /**
   * The first `n` bytes without removing them.
   * @throws RangeError when fewer than `n` bytes are held.
   */
  peek(n: number): Buffer {
    if (n > this.total) throw new RangeError(`only ${this.total} bytes queued, ${n} asked`);
    const first = this.chunks[0];
    if (first !== undefined && first.length >= n) return first.subarray(0, n);
    this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!.subarray(0, n);
  }

  /**
   * Removes and returns the first `n` bytes.
   * @throws RangeError when fewer than `n` bytes are held.
   */
  take(n: number): Buffer {
    const out = this.peek(n);
    const first = this.chunks[0]!;
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.total -= n;
    return out;
  }

  /** Drops everything held. */
  clear(): void {
    this.chunks = [];
    this.total = 0;
  }
}
