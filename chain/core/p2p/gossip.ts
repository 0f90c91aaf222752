import { errorMessage } from "../errors/index.js";
import type { NodeId } from "./nodeId.js";
import type { Severity } from "./peerScore.js";
import { SeenCache } from "./seenCache.js";
import type { ChannelMessage, P2P } from "./types.js";

/**
 * Flood gossip on one channel: every message is delivered to the handler once however many peers
 * relay it (a {@link SeenCache} of payload digests), and, when the handler accepts it, relayed to
 * every peer except the one it came from. The handler's verdict follows gossipsub's: `accept`
 * (deliver onward), `ignore` (drop quietly), `reject` (drop and score the sender down), plus
 * `defer` (drop quietly and forget it: the consumer cannot use it yet, e.g. a consensus message of
 * a height it has not reached, so an identical re-send must be delivered again, not de-duplicated).
 */

/** A handler's verdict on a gossiped message. */
export type GossipVerdict = "accept" | "ignore" | "reject" | "defer";

/**
 * Validates and consumes a first-seen gossip message; `undefined` means `accept`. It may be async
 * (the relay waits for the verdict). A throw counts as `ignore` and is reported through `onError`.
 */
export type GossipHandler = (
  message: ChannelMessage,
) => GossipVerdict | undefined | Promise<GossipVerdict | undefined>;

/** What gossip needs from the p2p layer (the consumer owns this interface). */
export type GossipTransport = Pick<P2P, "handle" | "broadcast" | "misbehaved">;

/** Options of {@link createGossip}. */
export interface GossipOptions {
  /** Channel the messages travel on. */
  readonly channel: number;
  /** Most digests remembered (default 20,000). */
  readonly maxSeen?: number;
  /** Relay accepted messages to the other peers (default true). */
  readonly relay?: boolean;
  /** Severity reported for a `reject` (default `medium`). */
  readonly rejectSeverity?: Severity;
  /** Called when the handler throws (default: nothing; the message is dropped). */
  readonly onError?: (err: unknown, from: NodeId) => void;
}

/** Counters of one gossip channel. */
export interface GossipStats {
  /** First-seen messages handed to the handler. */
  delivered: number;
  /** Copies dropped because they were already seen (relays, echoes of our own). */
  duplicates: number;
  /** Messages relayed onward (each counts once, whatever the number of peers). */
  relayed: number;
  /** Messages the handler rejected. */
  rejected: number;
  /** Messages the handler deferred (forgotten, so a re-send is delivered again). */
  deferred: number;
}

/** A gossip channel. */
export interface Gossip {
  /** Publishes our own message to every peer (marked seen, so echoes are not delivered to us). */
  publish(payload: Uint8Array): number;
  /** Live counters. */
  readonly stats: Readonly<GossipStats>;
}

/**
 * Registers flood gossip on `opts.channel` (the channel's message handler is taken).
 * @throws P2PError `invalidConfig` when the channel already has a handler.
 */
export function createGossip(
  transport: GossipTransport,
  opts: GossipOptions,
  handler: GossipHandler,
): Gossip {
  const seen = new SeenCache(opts.maxSeen ?? 20_000);
  const relay = opts.relay ?? true;
  const stats: GossipStats = { delivered: 0, duplicates: 0, relayed: 0, rejected: 0, deferred: 0 };

  const settle = (message: ChannelMessage, verdict: GossipVerdict | undefined): void => {
    if (verdict === "defer") {
      stats.deferred += 1;
      seen.delete(message.payload);
    } else if (verdict === "reject") {
      stats.rejected += 1;
      transport.misbehaved(
        message.from,
        `gossip rejected on channel ${opts.channel}`,
        opts.rejectSeverity ?? "medium",
      );
    } else if ((verdict ?? "accept") === "accept" && relay) {
      stats.relayed += 1;
      transport.broadcast(opts.channel, message.payload, { except: message.from });
    }
  };
  const failed = (message: ChannelMessage, err: unknown): void => {
    opts.onError?.(err instanceof Error ? err : new Error(errorMessage(err)), message.from);
  };

  transport.handle(opts.channel, (message) => {
    if (!seen.add(message.payload)) {
      stats.duplicates += 1;
      return;
    }
    stats.delivered += 1;
    let verdict: ReturnType<GossipHandler>;
    try {
      verdict = handler(message);
    } catch (err) {
      failed(message, err);
      return;
    }
    if (verdict instanceof Promise) {
      verdict
        .then(
          (v) => settle(message, v),
          (err: unknown) => failed(message, err),
        )
        .catch((err: unknown) => failed(message, err));
    } else {
      settle(message, verdict);
    }
  });

  return {
    publish(payload) {
      seen.add(payload);
      return transport.broadcast(opts.channel, payload);
    },
    stats,
  };
}
