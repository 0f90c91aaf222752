import { P2PError, P2PErrorCode } from "./errors.js";
import { PING } from "./messageCodec.js";
import { OutstandingRequests } from "./requests.js";
import type { SecureConnection } from "./secureConnection.js";
import type { PeerInfo } from "./types.js";

/**
 * A connected peer as the switch keeps it: its open link, the requests sent to it, the requests
 * of its being served, and the keep-alive that notices a dead link.
 */

/** Options of a {@link Peer}. */
export interface PeerOptions {
  /** Most requests outstanding in each direction. */
  readonly maxOutstandingRequests: number;
  /** Keep-alive period, ms. */
  readonly pingIntervalMs: number;
  /** Silent periods before the link counts as dead. */
  readonly maxMissedPings: number;
}

/** One connected peer (one open link). */
export class Peer {
  /** Requests this node sent over this link. */
  readonly requests: OutstandingRequests;
  /** Requests of this peer being served now. */
  serving = 0;
  private keepalive: NodeJS.Timeout | undefined;
  private heard = true;
  private silentPeriods = 0;

  /**
   * @param conn - the open link (this peer owns it)
   * @param info - what the switch reports about the peer
   */
  constructor(
    readonly conn: SecureConnection,
    readonly info: PeerInfo,
    private readonly opts: PeerOptions,
  ) {
    this.requests = new OutstandingRequests(opts.maxOutstandingRequests);
  }

  /** Notes that something arrived from the peer (any record proves the link is alive). */
  heardFrom(): void {
    this.heard = true;
  }

  /**
   * Starts the keep-alive: a ping every period; `onDead` after `maxMissedPings` silent periods.
   * Counting periods (rather than reading a clock) keeps the injected clock for scores only.
   */
  startKeepalive(onDead: () => void): void {
    this.keepalive = setInterval(() => {
      this.silentPeriods = this.heard ? 0 : this.silentPeriods + 1;
      this.heard = false;
      if (this.silentPeriods >= this.opts.maxMissedPings) {
        onDead();
        return;
      }
      this.conn.send(PING);
    }, this.opts.pingIntervalMs);
  }

  /** Stops the keep-alive and fails the outstanding requests (the link closed for `reason`). */
  stop(reason: P2PError): void {
    clearInterval(this.keepalive);
    this.keepalive = undefined;
    this.requests.failAll(
      reason.reason === P2PErrorCode.closed
        ? reason
        : new P2PError(P2PErrorCode.closed, `link closed: ${reason.message}`, { cause: reason.reason }),
    );
  }
}
