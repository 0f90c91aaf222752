import type { IndexedTx } from "../rpc/backend.js";
import { NodeError, NodeErrorCode } from "./genesis.js";

/**
 * Callers waiting for a tx to be committed (`broadcast_tx_commit`), by tx hash. The node resolves
 * them as it commits; each wait gives up after its own timeout.
 */
export class TxWaiters {
  private readonly waiters = new Map<string, ((tx: IndexedTx) => void)[]>();

  /**
   * Resolves once {@link resolve} is called for `hashHex` (lowercase hex of the tx hash).
   * @throws NodeError(txTimeout) after `timeoutMs`.
   */
  wait(hashHex: string, timeoutMs: number): Promise<IndexedTx> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const list = this.waiters.get(hashHex)?.filter((f) => f !== done) ?? [];
        if (list.length > 0) this.waiters.set(hashHex, list);
        else this.waiters.delete(hashHex);
        reject(
          new NodeError(
            NodeErrorCode.txTimeout,
            `timed out after ${timeoutMs} ms waiting for tx ${hashHex.toUpperCase()} to be committed`,
          ),
        );
      }, timeoutMs);
      const done = (itx: IndexedTx) => {
        clearTimeout(timer);
        resolve(itx);
      };
      this.waiters.set(hashHex, [...(this.waiters.get(hashHex) ?? []), done]);
    });
  }

  /** Hands the committed tx to everyone waiting for `hashHex`. */
  resolve(hashHex: string, tx: IndexedTx): void {
    for (const done of this.waiters.get(hashHex) ?? []) done(tx);
    this.waiters.delete(hashHex);
  }
}
