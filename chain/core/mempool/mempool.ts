import { SdkCode, SdkError } from "../app/errors.js";

/** A transaction admitted by CheckTx. */
export interface MempoolTx {
  bytes: Uint8Array;
  /** sha256(bytes) as hex, the dedupe key. */
  hashHex: string;
}

/** Options of {@link Mempool}. */
export interface MempoolOptions {
  /** Most transactions held at once. */
  maxTxs: number;
  /** Most bytes held at once. */
  maxBytes: number;
}

/**
 * Transactions waiting for a block, in arrival order (per sender, that is sequence order, which
 * the next block needs). Admission (CheckTx) is the node's job; the pool only bounds and orders.
 */
export class Mempool {
  private readonly txs = new Map<string, MempoolTx>();
  private bytes = 0;

  constructor(private readonly opts: MempoolOptions) {}

  get size(): number {
    return this.txs.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  has(hashHex: string): boolean {
    return this.txs.has(hashHex);
  }

  /**
   * Checks that a tx could be admitted (not a duplicate, room left) before CheckTx runs.
   * @throws SdkError(txInMempoolCache | mempoolIsFull)
   */
  assertRoom(hashHex: string, size: number): void {
    // [REJECT] the same tx twice
    if (this.txs.has(hashHex)) throw new SdkError(SdkCode.txInMempoolCache, "");
    // [REJECT] a full pool: the client should retry later
    if (this.txs.size >= this.opts.maxTxs || this.bytes + size > this.opts.maxBytes) {
      throw new SdkError(SdkCode.mempoolIsFull, `mempool is full: ${this.txs.size} txs, ${this.bytes} bytes`);
    }
  }

  /** Adds a tx that passed CheckTx (call {@link assertRoom} first). */
  add(tx: MempoolTx): void {
    this.txs.set(tx.hashHex, tx);
    this.bytes += tx.bytes.length;
  }

  /** Up to `maxTxs` txs totalling at most `maxBytes`, oldest first, for the next block. */
  reap(maxTxs: number, maxBytes: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let size = 0;
    for (const tx of this.txs.values()) {
      if (out.length >= maxTxs || size + tx.bytes.length > maxBytes) break;
      out.push(tx.bytes);
      size += tx.bytes.length;
    }
    return out;
  }

  /** Removes txs by hash (committed in a block, or failing recheck). */
  remove(hashHexes: Iterable<string>): void {
    for (const h of hashHexes) {
      const tx = this.txs.get(h);
      if (tx) {
        this.txs.delete(h);
        this.bytes -= tx.bytes.length;
      }
    }
  }

  /** All txs in order (recheck after a commit, `unconfirmed_txs`). */
  list(): MempoolTx[] {
    return [...this.txs.values()];
  }
}
