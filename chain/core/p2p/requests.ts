import { P2PError, P2PErrorCode } from "./errors.js";
import { ResponseStatus } from "./messageCodec.js";

/**
 * The requests this node has sent to one peer and not yet seen answered: ids, timeouts, and the
 * bound on how many may be outstanding at once.
 */

interface Pending {
  readonly resolve: (body: Uint8Array) => void;
  readonly reject: (err: P2PError) => void;
  readonly timer: NodeJS.Timeout;
  readonly channel: number;
}

/** Outstanding requests to one peer over one link. */
export class OutstandingRequests {
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;

  /** @param max - most requests outstanding at once */
  constructor(private readonly max: number) {}

  /** Requests awaiting a response. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Allocates a request id and a promise for its response; the promise rejects with
   * `requestTimeout` after `timeoutMs`.
   * @throws P2PError `tooManyRequests` when `max` requests are already outstanding.
   */
  open(channel: number, timeoutMs: number): { id: number; response: Promise<Uint8Array> } {
    if (this.pending.size >= this.max) {
      throw new P2PError(
        P2PErrorCode.tooManyRequests,
        `already ${this.max} requests outstanding to this peer`,
      );
    }
    // Ids are u32 and wrap; skipping ids still in use keeps them unique among outstanding requests.
    let id = this.lastId;
    do id = (id + 1) >>> 0;
    while (this.pending.has(id));
    this.lastId = id;
    let settle!: Pick<Pending, "resolve" | "reject">;
    const response = new Promise<Uint8Array>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const timer = setTimeout(() => {
      this.pending.delete(id);
      settle.reject(
        new P2PError(P2PErrorCode.requestTimeout, `no response within ${timeoutMs} ms`, {
          channel,
          timeoutMs,
        }),
      );
    }, timeoutMs);
    this.pending.set(id, { ...settle, timer, channel });
    return { id, response };
  }

  /**
   * Settles request `id` with a response. Returns false when no such request is outstanding
   * (answered already, timed out, or never sent).
   */
  settle(id: number, status: ResponseStatus, body: Uint8Array): boolean {
    const entry = this.pending.get(id);
    if (entry === undefined) return false;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (status === ResponseStatus.ok) {
      entry.resolve(body);
    } else {
      const reason = Buffer.from(body).toString("utf8");
      entry.reject(
        new P2PError(P2PErrorCode.remoteError, `peer answered with an error: ${reason}`, {
          channel: entry.channel,
          reason,
        }),
      );
    }
    return true;
  }

  /** Rejects request `id` (e.g. it could not be sent). */
  fail(id: number, err: P2PError): void {
    const entry = this.pending.get(id);
    if (entry === undefined) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    entry.reject(err);
  }

  /** Rejects every outstanding request (the link closed). */
  failAll(err: P2PError): void {
    for (const id of [...this.pending.keys()]) this.fail(id, err);
  }
}
